// Reading the plan pages' URL parts: the year of /admin/rencana/[year] and ?versi=n.
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

/** A four-digit year in 2000–2100, else null (the page answers 404). */
export function planYearParam(raw: string): number | null {
  if (!/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= 2000 && year <= 2100 ? year : null;
}

/** The version number of ?versi=n, or undefined (the page picks the open version, else the latest approved). */
export function versionParam(raw: string | string[] | undefined): number | undefined {
  const value = one(raw);
  return /^\d{1,3}$/.test(value) ? Number(value) : undefined;
}
