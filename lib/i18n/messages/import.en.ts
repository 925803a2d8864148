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
};
