// Level 2 (learning): pre-test / post-test gain, the batch summary, and the checks on an imported score sheet.
// Pure: no I/O, no Prisma. Unit-tested in tests/unit/learning-rules.test.ts.

export const SCORE_MIN = 0;
export const SCORE_MAX = 100;
export const RATING_LEVELS = [1, 2, 3, 4, 5] as const;

/** post − pre; null when either score is missing. */
export function gain(pre: number | null, post: number | null): number | null {
  return pre === null || post === null ? null : post - pre;
}

export type LearningSummary = {
  /** Participants in the batch. */
  count: number;
  /** Averages over the participants who have that score; null when nobody has. */
  averagePre: number | null;
  averagePost: number | null;
  /** Over the participants with both scores. */
  averageGain: number | null;
  /** Share (0–1) of participants with both scores whose post-test is above their pre-test. */
  shareImproved: number | null;
  /** Participants with both scores. */
  paired: number;
};

const average = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

export function summarise(rows: readonly { preScore: number | null; postScore: number | null }[]): LearningSummary {
  const pres = rows.flatMap((r) => (r.preScore === null ? [] : [r.preScore]));
  const posts = rows.flatMap((r) => (r.postScore === null ? [] : [r.postScore]));
  const gains = rows.flatMap((r) => {
    const g = gain(r.preScore, r.postScore);
    return g === null ? [] : [g];
  });
  return {
    count: rows.length,
    averagePre: average(pres),
    averagePost: average(posts),
    averageGain: average(gains),
    shareImproved: gains.length ? gains.filter((g) => g > 0).length / gains.length : null,
    paired: gains.length,
  };
}

/** A NIP as typed: spaces (the display form `19800101 200501 1 001`) removed. */
export function normaliseNip(value: string): string {
  return value.replace(/\s+/g, "");
}

export type ScoreField = "pre" | "post";

/** A score cell: empty leaves the stored score as it is; otherwise an integer 0–100. */
export type ParsedScore = { ok: true; value: number | null } | { ok: false; shown: string };

export function parseScore(raw: unknown): ParsedScore {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  const text = typeof raw === "number" ? String(raw) : String(raw).trim();
  if (text === "") return { ok: true, value: null };
  const n = typeof raw === "number" ? raw : /^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(",", ".")) : NaN;
  if (!Number.isInteger(n) || n < SCORE_MIN || n > SCORE_MAX) return { ok: false, shown: text };
  return { ok: true, value: n };
}

/** One data row of the sheet as read: `row` is the spreadsheet row number the admin sees. */
export type RawScoreRow = { row: number; nip: string; pre: unknown; post: unknown };

export type RowErrorCode = "nipMissing" | "nipUnknown" | "notParticipant" | "duplicate" | "scoreRange";
export type RowError = { row: number; code: RowErrorCode; values: Record<string, string | number> };

export type ScoreUpdate = { row: number; enrolmentId: string; preScore: number | null; postScore: number | null };

export type ImportCheck = { ok: true; updates: ScoreUpdate[] } | { ok: false; errors: RowError[] };

/**
 * Checks every row before anything is written: the NIP must be an employee of the agency (`knownNips`) and a
 * confirmed participant of the batch (`participants`: NIP → enrolment), appear once, and each score must be
 * empty or an integer 0–100. Rows with neither NIP nor score are blank lines and skipped. Any error refuses
 * the whole sheet; the errors come back in row order.
 */
export function checkImport(
  rows: readonly RawScoreRow[],
  participants: ReadonlyMap<string, string>,
  knownNips: ReadonlySet<string>,
): ImportCheck {
  const errors: RowError[] = [];
  const updates: ScoreUpdate[] = [];
  const firstRow = new Map<string, number>();
  for (const r of rows) {
    const nip = normaliseNip(r.nip);
    const pre = parseScore(r.pre);
    const post = parseScore(r.post);
    const blank = nip === "" && pre.ok && pre.value === null && post.ok && post.value === null;
    if (blank) continue;
    if (nip === "") errors.push({ row: r.row, code: "nipMissing", values: { row: r.row } });
    else if (firstRow.has(nip)) errors.push({ row: r.row, code: "duplicate", values: { row: r.row, nip, first: firstRow.get(nip)! } });
    else if (!participants.has(nip)) errors.push({ row: r.row, code: knownNips.has(nip) ? "notParticipant" : "nipUnknown", values: { row: r.row, nip } });
    if (nip !== "" && !firstRow.has(nip)) firstRow.set(nip, r.row);
    for (const [field, parsed] of [["pre", pre], ["post", post]] as const) {
      if (!parsed.ok) errors.push({ row: r.row, code: "scoreRange", values: { row: r.row, field, value: parsed.shown } });
    }
    const enrolmentId = participants.get(nip);
    if (enrolmentId && pre.ok && post.ok && (pre.value !== null || post.value !== null)) {
      updates.push({ row: r.row, enrolmentId, preScore: pre.value, postScore: post.value });
    }
  }
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.row - b.row) };
  return { ok: true, updates };
}

/** The templates of the row messages, from the catalog (learning.import.rowErrors). */
export type RowErrorTexts = Record<RowErrorCode, string> & { field: Record<ScoreField, string> };

/** "Baris 7: nilai post-test 120 di luar 0–100". */
export function describeRowError(texts: RowErrorTexts, error: RowError): string {
  const values = { ...error.values };
  if (error.code === "scoreRange") values.field = texts.field[error.values.field as ScoreField];
  return texts[error.code].replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** XLSX is a ZIP file: it starts with the local file header `PK\x03\x04`. */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
