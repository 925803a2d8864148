// NIP (Nomor Induk Pegawai) rules. One place for them, so the PPPK form can be corrected here only.
// PNS:  YYYYMMDD (birth) + YYYYMM (TMT CPNS) + gender digit (1 male, 2 female) + 3-digit sequence.
// PPPK: the same, with "21" where the TMT month would be.

export type NipKind = "PNS" | "PPPK";
export type NipError = "length" | "birthDate" | "tmtMonth" | "tmtYear" | "gender" | "sequence";

export type ParsedNip = {
  nip: string;
  kind: NipKind;
  birthDate: string; // ISO yyyy-mm-dd
  tmtYear: number;
  tmtMonth: number | null; // null for PPPK
  gender: "M" | "F";
  sequence: number;
};

export type NipResult = { ok: true; value: ParsedNip } | { ok: false; error: NipError };

const PPPK_MONTH_MARKER = "21";
const MIN_AGE_AT_TMT = 18;

/** Strips the separators people type (spaces, dots, dashes); everything else is kept so it fails validation. */
export function normalizeNip(input: string): string {
  return input.replace(/[\s.\-]/g, "");
}

function isValidDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function parseNip(input: string, today: Date = new Date()): NipResult {
  const nip = normalizeNip(input);
  if (!/^\d{18}$/.test(nip)) return { ok: false, error: "length" };

  const year = Number(nip.slice(0, 4));
  const month = Number(nip.slice(4, 6));
  const day = Number(nip.slice(6, 8));
  if (year < 1900 || !isValidDate(year, month, day) || Date.UTC(year, month - 1, day) > today.getTime()) {
    return { ok: false, error: "birthDate" };
  }

  const tmtYear = Number(nip.slice(8, 12));
  const tmtMonthText = nip.slice(12, 14);
  const kind: NipKind = tmtMonthText === PPPK_MONTH_MARKER ? "PPPK" : "PNS";
  const tmtMonth = kind === "PPPK" ? null : Number(tmtMonthText);
  if (tmtMonth !== null && (tmtMonth < 1 || tmtMonth > 12)) return { ok: false, error: "tmtMonth" };
  if (tmtYear < year + MIN_AGE_AT_TMT || tmtYear > today.getUTCFullYear() + 1) return { ok: false, error: "tmtYear" };

  const genderDigit = nip[14];
  if (genderDigit !== "1" && genderDigit !== "2") return { ok: false, error: "gender" };

  const sequence = Number(nip.slice(15, 18));
  if (sequence === 0) return { ok: false, error: "sequence" };

  return {
    ok: true,
    value: {
      nip,
      kind,
      birthDate: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
      tmtYear,
      tmtMonth,
      gender: genderDigit === "1" ? "M" : "F",
      sequence,
    },
  };
}

/** Display form: `19800101 200501 1 001`. Input that is not an 18-digit NIP is returned unchanged. */
export function formatNip(nip: string): string {
  const digits = normalizeNip(nip);
  if (!/^\d{18}$/.test(digits)) return nip;
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

/** Builds a NIP from its parts; used by the demo data and tests. */
export function composeNip(parts: {
  birthDate: string;
  tmtYear: number;
  tmtMonth: number | null;
  gender: "M" | "F";
  sequence: number;
}): string {
  const birth = parts.birthDate.replaceAll("-", "");
  const month = parts.tmtMonth === null ? PPPK_MONTH_MARKER : String(parts.tmtMonth).padStart(2, "0");
  return `${birth}${parts.tmtYear}${month}${parts.gender === "M" ? "1" : "2"}${String(parts.sequence).padStart(3, "0")}`;
}

/** Masks a NIP for public pages: only the birth year and the sequence stay, `1980**** ****** * 001`. */
export function maskNip(nip: string): string {
  const digits = normalizeNip(nip);
  if (!/^\d{18}$/.test(digits)) return "******";
  return `${digits.slice(0, 4)}**** ****** * ${digits.slice(15)}`;
}
