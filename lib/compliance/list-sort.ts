// How the compliance list (/admin/kepatuhan/daftar) may be sorted, as it appears in the URL. Pure, unit-tested:
// the SQL side (lib/compliance/list-sql.ts) maps each key to a fixed column, never to text from the URL.
//
// `?urut=<key>&arah=naik|turun`. Absent, or anything unknown, is the default: the largest shortfall first,
// which is what an admin writing to OPD heads wants to see first. The default is left out of the URL.

/** The sortable columns, by their URL names. */
export const LIST_SORT_KEYS = ["nama", "nip", "unit", "jp", "target", "kekurangan", "status"] as const;
export type ListSortKey = (typeof LIST_SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";
export type ListSort = { key: ListSortKey; direction: SortDirection };

const DIRECTION_NAMES: Record<SortDirection, string> = { asc: "naik", desc: "turun" };

/** "Kekurangan terbesar dulu": the list's default and its one-click reset. */
export const DEFAULT_LIST_SORT: ListSort = { key: "kekurangan", direction: "desc" };

/**
 * The direction a column takes on its first click: names, NIPs and units A→Z, status furthest behind first,
 * JP lowest first (who has least), target and shortfall largest first.
 */
export const FIRST_DIRECTION: Record<ListSortKey, SortDirection> = {
  nama: "asc",
  nip: "asc",
  unit: "asc",
  jp: "asc",
  target: "desc",
  kekurangan: "desc",
  status: "asc",
};

type Raw = string | string[] | undefined;
const first = (raw: Raw) => (Array.isArray(raw) ? raw[0] : raw)?.trim().toLowerCase() ?? "";

/** The sort from `urut` and `arah`; an unknown key is the default, an unknown direction the column's first one. */
export function parseListSort(rawKey: Raw, rawDirection: Raw): ListSort {
  const key = first(rawKey);
  if (!(LIST_SORT_KEYS as readonly string[]).includes(key)) return DEFAULT_LIST_SORT;
  const sortKey = key as ListSortKey;
  const direction = first(rawDirection);
  if (direction === DIRECTION_NAMES.asc) return { key: sortKey, direction: "asc" };
  if (direction === DIRECTION_NAMES.desc) return { key: sortKey, direction: "desc" };
  return { key: sortKey, direction: FIRST_DIRECTION[sortKey] };
}

export function isDefaultSort(sort: ListSort): boolean {
  return sort.key === DEFAULT_LIST_SORT.key && sort.direction === DEFAULT_LIST_SORT.direction;
}

/** The sort as URL parameters; the default is left out so the URL stays short. */
export function listSortQuery(sort: ListSort): { urut?: string; arah?: string } {
  if (isDefaultSort(sort)) return {};
  return { urut: sort.key, arah: DIRECTION_NAMES[sort.direction] };
}

/** What a click on a column header does: the active column turns around, another starts in its first direction. */
export function nextSort(current: ListSort, key: ListSortKey): ListSort {
  if (current.key === key) return { key, direction: current.direction === "asc" ? "desc" : "asc" };
  return { key, direction: FIRST_DIRECTION[key] };
}

/** The header's aria-sort: only the sorted column has a direction. */
export function ariaSort(current: ListSort, key: ListSortKey): "ascending" | "descending" | undefined {
  if (current.key !== key) return undefined;
  return current.direction === "asc" ? "ascending" : "descending";
}

/** `?jp=0`: only the ASN with an obligation this year and no JP credited (the dashboard's "ASN dengan 0 JP"). */
export function parseZeroJp(raw: Raw): true | undefined {
  return first(raw) === "0" ? true : undefined;
}
