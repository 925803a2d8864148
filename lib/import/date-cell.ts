// What a date cell of an uploaded sheet means, as a calendar date "yyyy-mm-dd". Pure: no I/O, no time zone.
// Files saved from Excel carry dates in several shapes: the XLSX reader hands over a Date (see table.ts,
// which writes it as yyyy-mm-dd), a CSV holds what the user's locale printed ("31-12-2024", "31/12/2024",
// "2024-12-31"), and a cell formatted as a number holds Excel's serial day (45657 = 2024-12-31).

export type DateCell = { ok: true; date: string } | { ok: false };

/** Excel's day 0 is 1899-12-30 once its fictitious 29 February 1900 (serial 60) is accounted for. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serial days accepted: 1900-03-01 (61) to 2199-12-31 (109,574). Earlier serials are ambiguous (the 1900 bug). */
const MIN_SERIAL = 61;
const MAX_SERIAL = 109_574;
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The ISO date of a real calendar day, or null (31 February, month 13, year 99999). */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Excel's serial day (the fraction, a time of day, is ignored) as an ISO date. */
export function excelSerialDate(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (day < MIN_SERIAL || day > MAX_SERIAL) return null;
  return new Date(EXCEL_EPOCH_UTC + day * DAY_MS).toISOString().slice(0, 10);
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?)?$/;
const DAY_FIRST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;
const SERIAL = /^\d{2,6}(?:\.\d+)?$/;

/**
 * Reads a date cell: yyyy-mm-dd, dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy, or an Excel serial day. Day-first is the
 * Indonesian order; "03/04/2024" is 3 April. Anything else, or a day that does not exist, is not a date.
 */
export function parseDateCell(text: string): DateCell {
  const cell = text.trim();
  let date: string | null = null;
  const iso = ISO.exec(cell);
  const dayFirst = DAY_FIRST.exec(cell);
  if (iso) date = calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  else if (dayFirst) date = calendarDate(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]));
  else if (SERIAL.test(cell)) date = excelSerialDate(Number(cell));
  return date ? { ok: true, date } : { ok: false };
}
