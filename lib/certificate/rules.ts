// Pure rules of certificates (STTPP): the number, the verification code, what the public page may show,
// and the small text helpers of the PDF. No I/O, no Prisma (see decision 0008).
import { formatJp } from "@/lib/ledger/rules";
import type { Locale } from "@/lib/i18n/format";
import { maskNip } from "@/lib/people/nip";

export const DEFAULT_CERTIFICATE_FORMAT = "{seq}/STTPP/BKPP/{year}";
export const FORMAT_MAX_LENGTH = 80;
const PLACEHOLDERS = ["seq", "year", "month"] as const;

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"] as const;

/** Months as Indonesian official letters write them in numbers: 1 → "I", 12 → "XII". */
export function romanMonth(month: number): string {
  const roman = ROMAN[month - 1];
  if (!Number.isInteger(month) || !roman) throw new RangeError(`month must be 1–12, got ${month}`);
  return roman;
}

/**
 * The agency's format with {seq} (zero-padded to 4; longer numbers are kept whole), {year} and {month}
 * (roman) replaced: "{seq}/STTPP/BKPP/{year}" → "0007/STTPP/BKPP/2025".
 */
export function formatCertificateNumber(format: string, parts: { seq: number; year: number; month: number }): string {
  if (!Number.isInteger(parts.seq) || parts.seq < 1) throw new RangeError("seq must be a positive integer");
  const values: Record<(typeof PLACEHOLDERS)[number], string> = {
    seq: String(parts.seq).padStart(4, "0"),
    year: String(parts.year),
    month: romanMonth(parts.month),
  };
  return format.replace(/\{(seq|year|month)\}/g, (_match, key: keyof typeof values) => values[key]);
}

export type FormatError = "empty" | "tooLong" | "missingSeq" | "missingYear" | "unknownPlaceholder" | "repeated" | "characters";

/**
 * A number format is valid when it has exactly one {seq} and one {year} (the sequence restarts every year,
 * so without the year two years' numbers would collide), at most one {month}, no other {placeholder}, and
 * only printable characters that survive a file name and a PDF's standard font.
 */
export function validateCertificateFormat(format: string): FormatError | null {
  const text = format.trim();
  if (!text) return "empty";
  if (text.length > FORMAT_MAX_LENGTH) return "tooLong";
  if (!/^[A-Za-z0-9 ./\-_{}:]+$/.test(text)) return "characters";
  const names = [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!);
  if (names.some((n) => !(PLACEHOLDERS as readonly string[]).includes(n))) return "unknownPlaceholder";
  if (/[{}]/.test(text.replace(/\{(seq|year|month)\}/g, ""))) return "unknownPlaceholder";
  const count = (n: string) => names.filter((x) => x === n).length;
  if (count("seq") === 0) return "missingSeq";
  if (count("year") === 0) return "missingYear";
  if (count("seq") > 1 || count("year") > 1 || count("month") > 1) return "repeated";
  return null;
}

// Verification codes: crypto-random, 20 characters of a 32-letter alphabet without the look-alikes
// 0/O and 1/I (L stays: with 1 and I gone it cannot be misread). 20 × 5 = 100 bits.
export const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const CODE_LENGTH = 20;
const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** Maps random bytes to a code: one character per byte, from its low 5 bits (uniform: 256 = 8 × 32). */
export function codeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < CODE_LENGTH) throw new RangeError(`need ${CODE_LENGTH} random bytes`);
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[bytes[i]! & 31];
  return code;
}

/** A code as someone typed it (lower case, spaces, dashes) to its stored form, or null when it cannot be one. */
export function normalizeCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, "").toUpperCase();
  return CODE_PATTERN.test(code) ? code : null;
}

/** "ABCD-EFGH-JKLM-NPQR-STUV": easier to read aloud or type from paper. */
export function groupCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

/** The absolute URL the QR code encodes. */
export function verificationUrl(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, "")}/verifikasi/${code}`;
}

/** BANGKOM_PUBLIC_URL when set (its origin), else the origin the request came in on. */
export function publicOrigin(configured: string | undefined, requestUrl: string): string {
  return new URL(configured || requestUrl).origin;
}

/** When the agency has not named its signatory: "Kepala BKPP" signs for the agency (decision 0008). */
export function signatoryOf(agency: { name: string; signatoryName: string | null; signatoryPosition: string | null }) {
  return {
    name: agency.signatoryName?.trim() || "Kepala BKPP",
    position: agency.signatoryPosition?.trim() || agency.name,
  };
}

/** "Kota Semarang" → "Semarang": the place line above the signature. */
export function placeOfIssue(region: string): string {
  return region.replace(/^(Kota|Kabupaten|Kab\.|Provinsi)\s+/i, "").trim() || region;
}

/** "11,33 JP (510 menit)". */
export function jpWithMinutes(minutes: number, locale: Locale = "id"): string {
  return `${formatJp(minutes, locale)} (${minutes} ${locale === "id" ? "menit" : "minutes"})`;
}

/** `sertifikat-0007-STTPP-BKPP-2025.pdf`: ASCII only, so no RFC 5987 form is needed. */
export function certificateFileName(number: string): string {
  const safe = number.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 100);
  return `sertifikat-${safe || "bangkom"}.pdf`;
}

// The public verification page.
export const VERIFY_BUCKET = "verify-certificate";
export const VERIFY_LIMIT = { max: 30, windowMs: 10 * 60_000 } as const;

export type PublicCertificate = {
  status: "valid" | "revoked";
  revokedAt: Date | null;
  holderName: string;
  maskedNip: string;
  programTitle: string;
  batchNumber: number;
  startDate: Date;
  endDate: Date;
  minutes: number;
};

/**
 * What anyone holding the code may see, and nothing else: no number, no full NIP, no reason of a
 * revocation, no ids.
 */
export function publicView(c: {
  revokedAt: Date | null; holderName: string; nip: string; programTitle: string; batchNumber: number;
  startDate: Date; endDate: Date; minutes: number;
}): PublicCertificate {
  return {
    status: c.revokedAt ? "revoked" : "valid",
    revokedAt: c.revokedAt,
    holderName: c.holderName,
    maskedNip: maskNip(c.nip),
    programTitle: c.programTitle,
    batchNumber: c.batchNumber,
    startDate: c.startDate,
    endDate: c.endDate,
    minutes: c.minutes,
  };
}

/**
 * Replaces what Helvetica's WinAnsi encoding cannot draw: accents are dropped (é → e), other characters
 * become "?", so a name never makes the PDF fail.
 */
export function winAnsiSafe(text: string): string {
  const extra = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
  return [...text.normalize("NFC")]
    .map((ch) => {
      const code = ch.codePointAt(0)!;
      if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || extra.includes(ch)) return ch;
      if (ch === "\t" || ch === "\n") return " ";
      const stripped = ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
      return /^[\x20-\x7e]+$/.test(stripped) ? stripped : "?";
    })
    .join("");
}
