// Which column of an uploaded file holds which field. One spec per import kind lists, per field, the header
// texts it is known by ("NIP BARU", "NIP", …); a file's headers are matched after normalising (case, spaces,
// underscores, dots, dashes, a byte-order mark), so "Nip_Baru", "nip baru" and "NIP.BARU" are the same column.
// Pure: no I/O.

export type HeaderSpec<F extends string = string> = readonly {
  field: F;
  /** The names this field goes by; the first is the one shown to users (in messages and templates). */
  headers: readonly string[];
  required: boolean;
}[];

export type HeaderMatch<F extends string = string> = {
  /** The 0-based column of each field found in the file. */
  columns: Partial<Record<F, number>>;
  /** The display name (first header) of each required field the file lacks. */
  missing: string[];
  /** The file's headers no field claimed (shown in the dry run, otherwise ignored). */
  ignored: string[];
  /** The file's header text of each column, as received (for messages naming a column). */
  names: string[];
};

/** "\uFEFFNip_Baru " → "nipbaru". */
export function normaliseHeader(text: string): string {
  return text.replace(/^\uFEFF/, "").normalize("NFKC").toLowerCase().replace(/[\s_.\-]+/g, "");
}

/** Matches a file's header row against a spec. The first column matching a field wins; a later one is ignored. */
export function matchHeaders<F extends string>(spec: HeaderSpec<F>, headerCells: readonly string[]): HeaderMatch<F> {
  const byName = new Map<string, F>();
  for (const { field, headers } of spec) for (const h of headers) byName.set(normaliseHeader(h), field);
  const columns: Partial<Record<F, number>> = {};
  const ignored: string[] = [];
  headerCells.forEach((cell, index) => {
    const normalised = normaliseHeader(cell);
    if (!normalised) return;
    const field = byName.get(normalised);
    if (field !== undefined && columns[field] === undefined) columns[field] = index;
    else ignored.push(cell.replace(/^\uFEFF/, "").trim());
  });
  const missing = spec.filter((s) => s.required && columns[s.field] === undefined).map((s) => s.headers[0]!);
  return { columns, missing, ignored, names: headerCells.map((c) => c.replace(/^\uFEFF/, "").trim()) };
}

/** The display name of a field (its first header). */
export function fieldLabel<F extends string>(spec: HeaderSpec<F>, field: F): string {
  return spec.find((s) => s.field === field)?.headers[0] ?? field;
}
