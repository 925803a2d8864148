// Why an uploaded file is refused before its rows are looked at. Each reason is a catalog key under
// `fileImport` (lib/i18n/messages/import.id.ts), shown on the upload's file field; the values fill its {placeholders}.
import { AppError } from "@/lib/errors";

export type ImportRefusalReason =
  | "uploadTooLarge"
  | "corrupt"
  | "inconsistent"
  | "tooManyEntries"
  | "entryTooLarge"
  | "unpackedTooLarge"
  | "compressionRatio"
  | "tooManyRows"
  | "tooManyColumns"
  | "csvCorrupt"
  | "noHeader"
  | "missingHeaders";

export class ImportRefusal extends AppError {
  constructor(
    readonly reason: ImportRefusalReason,
    values: Record<string, string | number> = {},
    /** For the log and tests, never shown: what exactly was wrong. */
    readonly detail?: string,
  ) {
    const key = `fileImport.${reason}`;
    super("VALIDATION", key, { file: [key] }, values);
    this.name = "ImportRefusal";
  }
}

export const isImportRefusal = (e: unknown): e is ImportRefusal => e instanceof ImportRefusal;
