import { describe, it, expect } from "vitest";
import { pageParam, pageWindow } from "@/lib/ui/pagination";

const rows = (n: number, start = 1) => Array.from({ length: n }, (_, i) => start + i);

describe("pageWindow", () => {
  it("describes an empty list as one page showing 0–0", () => {
    expect(pageWindow([], 0, 1, 20)).toEqual({ rows: [], total: 0, page: 1, pages: 1, pageSize: 20, from: 0, to: 0 });
  });

  it("describes the first full page", () => {
    const r = rows(20);
    expect(pageWindow(r, 45, 1, 20)).toEqual({ rows: r, total: 45, page: 1, pages: 3, pageSize: 20, from: 1, to: 20 });
  });

  it("describes a middle page", () => {
    expect(pageWindow(rows(20, 21), 45, 2, 20)).toMatchObject({ page: 2, pages: 3, from: 21, to: 40 });
  });

  it("describes the last, partial page", () => {
    const r = rows(5, 41);
    expect(pageWindow(r, 45, 3, 20)).toEqual({ rows: r, total: 45, page: 3, pages: 3, pageSize: 20, from: 41, to: 45 });
  });

  it.each<[number, number, number]>([
    [1, 20, 1],
    [19, 20, 1],
    [20, 20, 1],
    [21, 20, 2],
    [40, 20, 2],
    [41, 20, 3],
    [1000, 25, 40],
    [1001, 25, 41],
  ])("total %i with page size %i → %i pages", (total, pageSize, pages) => {
    expect(pageWindow([], total, 1, pageSize).pages).toBe(pages);
  });

  it("covers every row exactly once when walking all pages", () => {
    const total = 53;
    const pageSize = 10;
    const seen: number[] = [];
    const { pages } = pageWindow([], total, 1, pageSize);
    for (let page = 1; page <= pages; page++) {
      const count = Math.min(pageSize, total - (page - 1) * pageSize);
      const w = pageWindow(rows(count, (page - 1) * pageSize + 1), total, page, pageSize);
      expect(w.to - w.from + 1).toBe(count);
      for (let i = w.from; i <= w.to; i++) seen.push(i);
    }
    expect(seen).toEqual(rows(total));
  });

  // A page past the end (e.g. ?page=9 edited into the URL, or a stale link after rows were removed) yields no rows.
  // The "Menampilkan {from}–{to} dari {total}" line must then not claim rows beyond the total.
  it("never reports a range beyond the total for a page past the end", () => {
    const w = pageWindow([], 45, 9, 20);
    expect(w.rows).toEqual([]);
    expect(w.pages).toBe(3);
    expect(w.from).toBeLessThanOrEqual(w.total);
    expect(w.to).toBeLessThanOrEqual(w.total);
  });

  it("returns the rows it was given as-is", () => {
    const r = [{ id: "a" }, { id: "b" }];
    expect(pageWindow(r, 2, 1, 20).rows).toBe(r);
  });
});

describe("pageParam", () => {
  it.each<[string | string[] | undefined, number]>([
    [undefined, 1],
    ["", 1],
    ["0", 1],
    ["-1", 1],
    ["-3", 1],
    ["abc", 1],
    ["2.5", 1],
    ["1.0000001", 1],
    ["NaN", 1],
    ["Infinity", 1],
    ["4", 4],
    ["1", 1],
    ["120", 120],
    [["3"], 3],
    [["3", "9"], 3],
    [["abc", "3"], 1],
    [[], 1],
  ])("%j → %i", (raw, expected) => {
    expect(pageParam(raw)).toBe(expected);
  });

  it("always returns a positive whole number", () => {
    for (const raw of ["x", "-0", "0.5", "1e-3", "  ", "null", "true", "[]"]) {
      const page = pageParam(raw);
      expect(Number.isInteger(page)).toBe(true);
      expect(page).toBeGreaterThanOrEqual(1);
    }
  });
});
