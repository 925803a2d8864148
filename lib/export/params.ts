// Query parameters of the export routes (/api/ekspor/*), checked before anything is read. Pure.
import { isUuid } from "@/lib/uuid";

export type ExportFormat = "xlsx" | "csv";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["xlsx", "csv"];

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export type BaseParams = { year: number; format: ExportFormat };

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * `tahun` (a four-digit year; the current year when absent) and `format` (xlsx, the default, or csv), plus the
 * route's own parameter names. Any other name, a repeated name or a bad value is refused with a clear message.
 */
export function parseBaseParams(search: URLSearchParams, extraNames: readonly string[], currentYear: number): Parsed<BaseParams> {
  const allowed = ["tahun", "format", ...extraNames];
  for (const name of new Set(search.keys())) {
    if (!allowed.includes(name)) return { ok: false, message: `Parameter tidak dikenal: "${name}". Yang diterima: ${allowed.join(", ")}.` };
    if (search.getAll(name).length > 1) return { ok: false, message: `Parameter "${name}" hanya boleh diberikan sekali.` };
  }
  const tahun = search.get("tahun")?.trim();
  let year = currentYear;
  if (tahun) {
    if (!/^\d{4}$/.test(tahun) || Number(tahun) < MIN_YEAR || Number(tahun) > MAX_YEAR) {
      return { ok: false, message: `Parameter "tahun" harus tahun empat digit antara ${MIN_YEAR} dan ${MAX_YEAR}, misalnya tahun=${currentYear}.` };
    }
    year = Number(tahun);
  }
  const format = (search.get("format")?.trim().toLowerCase() || "xlsx") as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) return { ok: false, message: `Parameter "format" harus "xlsx" atau "csv".` };
  return { ok: true, value: { year, format } };
}

/** An optional parameter that must be one of the given values (empty means absent). */
export function oneOf<T extends string>(search: URLSearchParams, name: string, values: readonly T[]): Parsed<T | undefined> {
  const raw = search.get(name)?.trim();
  if (!raw) return { ok: true, value: undefined };
  if (!values.includes(raw as T)) return { ok: false, message: `Nilai "${raw}" tidak dikenal untuk parameter "${name}". Yang diterima: ${values.join(", ")}.` };
  return { ok: true, value: raw as T };
}


/** An optional id parameter, which must be a UUID. */
export function optionalId(search: URLSearchParams, name: string): Parsed<string | undefined> {
  const raw = search.get(name)?.trim();
  if (!raw) return { ok: true, value: undefined };
  if (!isUuid(raw)) return { ok: false, message: `Parameter "${name}" bukan id yang valid.` };
  return { ok: true, value: raw.toLowerCase() };
}

export const MAX_SEARCH_LENGTH = 100;

const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/** An optional free-text search parameter. */
export function optionalText(search: URLSearchParams, name: string): Parsed<string | undefined> {
  const raw = search.get(name)?.trim();
  if (!raw) return { ok: true, value: undefined };
  if (raw.length > MAX_SEARCH_LENGTH) return { ok: false, message: `Parameter "${name}" terlalu panjang (paling banyak ${MAX_SEARCH_LENGTH} karakter).` };
  // PostgreSQL refuses a NUL in text, so the search would fail as a 500; no search box sends control characters.
  if (CONTROL_CHARACTER.test(raw)) return { ok: false, message: `Parameter "${name}" berisi karakter yang tidak sah.` };
  return { ok: true, value: raw };
}


type ValueOf<P> = P extends { ok: true; value: infer V } ? V : never;

/** Several parsed parameters as one: the first refusal, or every value under its name. */
export function collect<T extends Record<string, Parsed<unknown>>>(parts: T): Parsed<{ [K in keyof T]: ValueOf<T[K]> }> {
  const value: Record<string, unknown> = {};
  for (const [name, part] of Object.entries(parts)) {
    if (!part.ok) return part;
    value[name] = part.value;
  }
  return { ok: true, value: value as { [K in keyof T]: ValueOf<T[K]> } };
}
