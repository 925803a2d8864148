import type { Widen } from "./widen";
import type { importId } from "./import.id";

export const importEn: Widen<typeof importId> = {
  uploadTooLarge: "The file is larger than {limit} MB.",
  corrupt: "The file is not a complete XLSX file and cannot be read.",
  inconsistent: "The file's content does not match its own table of contents. It is damaged or built to overload the server; save it again from your spreadsheet application.",
  tooManyEntries: "The file holds too many parts ({count}; the limit is {limit}).",
  entryTooLarge: "The file is too large once unpacked: part {name} is {size} MB (the limit is {limit} MB).",
  unpackedTooLarge: "The file is too large once unpacked: {size} MB (the limit is {limit} MB).",
  compressionRatio: "The file is compressed abnormally (part {name}, {ratio} times; the limit is {limit} times). Save it again from your spreadsheet application.",
  tooManyRows: "The sheet is too long: row {row} holds a value or formatting, and the limit is {limit} rows. Delete the unused rows, then upload again.",
  tooManyColumns: "The sheet is too wide: column {column} holds a value or formatting, and the limit is {limit} columns. Delete the unused columns, then upload again.",
  csvCorrupt: "The CSV file cannot be read (an unclosed quote or a line that is too long). Save it again from the spreadsheet program.",
  noHeader: "The file is empty: no header row was found.",
  missingHeaders: "Required columns not found: {headers}.",
  runNotReady: "This import cannot be applied: its check has not finished, a row is wrong, or it has already been applied.",
  runChangedSinceCheck: "The data changed since the check (line {line}: {problem}). Upload the file again to check it anew.",
};
