// The records of an uploaded CSV, read as a stream by csv-parse (docs/decisions/0020-import-pipeline.md).
// Excel writes CSV in the user's locale: "CSV UTF-8" starts with a byte-order mark, and an Indonesian Windows
// separates with ";" (the decimal comma takes ","). The separator is taken from the header line; quoted
// fields may hold separators and line breaks. A file that is not UTF-8 is read as Windows-1252 (Excel's
// plain "CSV" on Windows), so a name with "é" is not refused.
import { Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import { megabytes, type ImportLimits } from "./limits";
import { ImportRefusal } from "./refusal";
import { columnLetters } from "./xlsx-stream";

export type CsvDialect = { bom: boolean; delimiter: ";" | "," | "\t"; encoding: "utf-8" | "windows-1252" };

const BOM = [0xef, 0xbb, 0xbf];

export const hasUtf8Bom = (bytes: Uint8Array) => BOM.every((b, i) => bytes[i] === b);

/** The separator of the header line: the most frequent of ";", "," and tab outside quotes (";" on a tie). */
export function detectDelimiter(text: string): CsvDialect["delimiter"] {
  const counts = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  for (const ch of text.replace(/^\uFEFF/, "")) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts] += 1;
  }
  if (counts["\t"] > counts[";"] && counts["\t"] > counts[","]) return "\t";
  return counts[","] > counts[";"] ? "," : ";";
}

/** The text of the file and how it was written. */
export function decodeCsv(bytes: Uint8Array): { text: string; dialect: CsvDialect } {
  const bom = hasUtf8Bom(bytes);
  let text: string;
  let encoding: CsvDialect["encoding"] = "utf-8";
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    encoding = "windows-1252";
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  return { text, dialect: { bom, delimiter: detectDelimiter(text), encoding } };
}

/** Every record, numbered as a spreadsheet shows it (the header is line 1; a quoted line break stays in its record). */
export async function* readCsvRecords(bytes: Uint8Array, limits: ImportLimits): AsyncGenerator<{ line: number; cells: string[] }> {
  if (bytes.length > limits.uploadBytes) throw new ImportRefusal("uploadTooLarge", { limit: megabytes(limits.uploadBytes) }, `${bytes.length} bytes`);
  const { text, dialect } = decodeCsv(bytes);
  const parser = Readable.from([text.replace(/^\uFEFF/, "")]).pipe(
    parse({ delimiter: dialect.delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, max_record_size: 1024 * 1024 }),
  );
  let line = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      line += 1;
      if (line > limits.rows) throw new ImportRefusal("tooManyRows", { row: line, limit: limits.rows }, `CSV record ${line}`);
      if (record.length > limits.columns) {
        throw new ImportRefusal("tooManyColumns", { column: columnLetters(record.length), limit: limits.columns }, `CSV record ${line}`);
      }
      yield { line, cells: record };
    }
  } catch (error) {
    if (error instanceof CsvError) throw new ImportRefusal("csvCorrupt", {}, `CSV: ${error.message}`);
    throw error;
  } finally {
    parser.destroy();
  }
}
