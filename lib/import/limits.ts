// The bounds every uploaded spreadsheet is held to before and while it is read (lib/import/ is the one import
// pipeline: docs/decisions/0013-import-limits-and-streaming.md). An XLSX is a ZIP of XML files, so a few
// hundred kilobytes can unpack to gigabytes, and one cell at row 1,048,576 makes a "small" sheet huge.
// Each import may tighten (or, for a job-run import, widen) a bound through `importLimits({ ... })`.

export type ImportLimits = {
  /** Bytes of the uploaded file itself. */
  uploadBytes: number;
  /** Bytes of all ZIP entries together, unpacked. */
  unpackedBytes: number;
  /** Bytes of any one ZIP entry, unpacked. */
  entryBytes: number;
  /** Unpacked bytes per packed byte of an entry (checked for entries above `ratioCheckedAboveBytes`). */
  compressionRatio: number;
  /** Small entries (a few kilobytes of repeated XML) may compress very well without being a bomb. */
  ratioCheckedAboveBytes: number;
  /** Entries in the ZIP's central directory. */
  zipEntries: number;
  /** The highest spreadsheet row number that may hold anything (the header counts). */
  rows: number;
  /** The highest column number that may hold anything. */
  columns: number;
};

const MB = 1024 * 1024;

export const MAX_UPLOAD_BYTES = 10 * MB;
/**
 * No kind may take a larger file (an ASN export of 50,000 rows is about 15 MB as CSV). The proxy buffers a request
 * body up to a bound of its own (next.config.ts proxyClientMaxBodySize), and cuts what is beyond it silently, so
 * that bound is set from this one.
 */
export const LARGEST_UPLOAD_BYTES = 30 * MB;
export const MAX_UNPACKED_BYTES = 50 * MB;
export const MAX_ENTRY_BYTES = 40 * MB;
export const MAX_COMPRESSION_RATIO = 100;
export const RATIO_CHECKED_ABOVE_BYTES = 1 * MB;
export const MAX_ZIP_ENTRIES = 500;
export const MAX_ROWS = 50_000;
export const MAX_COLUMNS = 200;

export const DEFAULT_IMPORT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  uploadBytes: MAX_UPLOAD_BYTES,
  unpackedBytes: MAX_UNPACKED_BYTES,
  entryBytes: MAX_ENTRY_BYTES,
  compressionRatio: MAX_COMPRESSION_RATIO,
  ratioCheckedAboveBytes: RATIO_CHECKED_ABOVE_BYTES,
  zipEntries: MAX_ZIP_ENTRIES,
  rows: MAX_ROWS,
  columns: MAX_COLUMNS,
});

/** The default limits with some of them overridden. */
export function importLimits(overrides: Partial<ImportLimits> = {}): ImportLimits {
  const limits = { ...DEFAULT_IMPORT_LIMITS, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`Import limit ${name} must be a positive integer, got ${value}`);
  }
  return limits;
}

/** Whole megabytes for messages ("2 MB"); at least 1. */
export const megabytes = (bytes: number) => Math.max(1, Math.ceil(bytes / MB));
