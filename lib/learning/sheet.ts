import "server-only";
// Reading the score sheet (the template from app/api/angkatan/[batchId]/nilai) through the import pipeline
// (lib/import/): size and row limits first, then the first sheet's rows as a stream. The header row is the
// first row (within the first ten) whose first cell says "NIP"; the data rows follow, numbered as the
// spreadsheet shows them.
import { importLimits } from "@/lib/import/limits";
import { isImportRefusal } from "@/lib/import/refusal";
import { readSheetRows } from "@/lib/import/xlsx-stream";
import { MAX_IMPORT_BYTES, type RawScoreRow } from "./rules";

export const SHEET_COLUMNS = ["NIP", "Nama", "Pre-test", "Post-test"] as const;

/** A batch never has this many participants; a longer sheet is refused before it is read to the end. */
export const MAX_SHEET_ROWS = 5_000;
export const SCORE_SHEET_LIMITS = importLimits({ uploadBytes: MAX_IMPORT_BYTES, rows: MAX_SHEET_ROWS, columns: 50 });
const HEADER_WITHIN_ROWS = 10;

const header = (value: unknown) => String(value ?? "").trim().toLowerCase();

/**
 * The data rows, or null when the file is not a readable workbook with the expected columns. A file over the
 * limits (lib/import/limits.ts) throws its ImportRefusal, whose message says which limit.
 */
export async function readScoreSheet(bytes: Uint8Array): Promise<RawScoreRow[] | null> {
  const rows: RawScoreRow[] = [];
  let columns: Map<string, number> | null = null;
  try {
    for await (const { number, values } of readSheetRows(bytes, SCORE_SHEET_LIMITS)) {
      if (!columns) {
        if (number > HEADER_WITHIN_ROWS) return null;
        if (header(values[0]) === "nip") columns = new Map(values.map((v, i) => [header(v), i] as const));
        continue;
      }
      const nipCol = columns.get("nip")!, preCol = columns.get("pre-test"), postCol = columns.get("post-test");
      if (preCol === undefined || postCol === undefined) return null;
      const nip = values[nipCol] ?? null;
      rows.push({
        row: number,
        // An 18-digit NIP typed as a number has lost its last digits; written out it will not match anyone.
        nip: typeof nip === "number" ? nip.toLocaleString("fullwide", { useGrouping: false }) : String(nip ?? ""),
        pre: values[preCol] ?? null,
        post: values[postCol] ?? null,
      });
    }
  } catch (error) {
    if (isImportRefusal(error) && error.reason === "corrupt") return null;
    throw error;
  }
  if (!columns || !columns.has("pre-test") || !columns.has("post-test")) return null;
  return rows;
}
