// Pure pagination arithmetic shared by every list.

export type Page<T> = { rows: T[]; total: number; page: number; pages: number; pageSize: number; from: number; to: number };

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** A requested page past the end (an old link, a typed URL) shows the last page instead. */
export function clampPage(requested: number, total: number, pageSize: number): number {
  return Math.min(Math.max(1, requested), pageCount(total, pageSize));
}

export function pageWindow<T>(rows: T[], total: number, requestedPage: number, pageSize: number): Page<T> {
  const page = clampPage(requestedPage, total, pageSize);
  const from = rows.length === 0 ? 0 : (page - 1) * pageSize + 1;
  return { rows, total, page, pages: pageCount(total, pageSize), pageSize, from, to: rows.length === 0 ? 0 : from + rows.length - 1 };
}

/** Reads `?page=` safely: anything that is not a positive whole number is page 1. */
export function pageParam(raw: string | string[] | undefined): number {
  const text = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  return /^\d{1,6}$/.test(text) && Number(text) > 0 ? Number(text) : 1;
}

/** Counts, clamps the page, then fetches only that page. */
export async function paginate<T>(
  requestedPage: number,
  pageSize: number,
  count: () => Promise<number>,
  fetch: (skip: number, take: number) => Promise<T[]>,
): Promise<Page<T>> {
  const total = await count();
  const page = clampPage(requestedPage, total, pageSize);
  const rows = total ? await fetch((page - 1) * pageSize, pageSize) : [];
  return pageWindow(rows, total, page, pageSize);
}
