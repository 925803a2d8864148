// The compliance list's sort and "0 JP" parameters (lib/compliance/list-sort.ts) and how the list page's URLs
// carry them (components/compliance/params.ts). Pure: no database.
import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { ComplianceTable } from "@/components/compliance/compliance-table";
import { ListToolbar } from "@/components/compliance/list-toolbar";
import { id } from "@/lib/i18n/messages/id";
import { listParams, listQuery, pageQuery, withQuery, zeroJpListHref } from "@/components/compliance/params";
import {
  ariaSort,
  DEFAULT_LIST_SORT,
  isDefaultSort,
  LIST_SORT_KEYS,
  listSortQuery,
  nextSort,
  parseListSort,
  parseZeroJp,
} from "@/lib/compliance/list-sort";

describe("parseListSort", () => {
  it("defaults to the largest shortfall first", () => {
    expect(DEFAULT_LIST_SORT).toEqual({ key: "kekurangan", direction: "desc" });
    expect(parseListSort(undefined, undefined)).toEqual(DEFAULT_LIST_SORT);
    expect(parseListSort("", "naik")).toEqual(DEFAULT_LIST_SORT);
  });

  it("reads every column and both directions", () => {
    for (const key of LIST_SORT_KEYS) {
      expect(parseListSort(key, "naik")).toEqual({ key, direction: "asc" });
      expect(parseListSort(key, "turun")).toEqual({ key, direction: "desc" });
    }
    expect(parseListSort(" NAMA ", "Turun")).toEqual({ key: "nama", direction: "desc" });
    expect(parseListSort(["nip", "status"], ["naik", "turun"])).toEqual({ key: "nip", direction: "asc" });
  });

  it("falls back instead of failing: an unknown column is the default, an unknown direction the column's first", () => {
    expect(parseListSort("gaji", "naik")).toEqual(DEFAULT_LIST_SORT);
    expect(parseListSort("name; DROP TABLE", "turun")).toEqual(DEFAULT_LIST_SORT);
    expect(parseListSort("nama", "asc")).toEqual({ key: "nama", direction: "asc" });
    expect(parseListSort("target", "sideways")).toEqual({ key: "target", direction: "desc" });
    expect(parseListSort("jp", undefined)).toEqual({ key: "jp", direction: "asc" });
  });
});

describe("sort links", () => {
  it("turns the active column around and starts another in its first direction", () => {
    expect(nextSort(DEFAULT_LIST_SORT, "kekurangan")).toEqual({ key: "kekurangan", direction: "asc" });
    expect(nextSort({ key: "kekurangan", direction: "asc" }, "kekurangan")).toEqual(DEFAULT_LIST_SORT);
    expect(nextSort(DEFAULT_LIST_SORT, "nama")).toEqual({ key: "nama", direction: "asc" });
    expect(nextSort(DEFAULT_LIST_SORT, "target")).toEqual({ key: "target", direction: "desc" });
    expect(nextSort({ key: "nama", direction: "asc" }, "status")).toEqual({ key: "status", direction: "asc" });
  });

  it("gives aria-sort only to the sorted column", () => {
    expect(ariaSort(DEFAULT_LIST_SORT, "kekurangan")).toBe("descending");
    expect(ariaSort({ key: "nip", direction: "asc" }, "nip")).toBe("ascending");
    expect(ariaSort(DEFAULT_LIST_SORT, "nama")).toBeUndefined();
  });

  it("leaves the default out of the URL and writes any other sort", () => {
    expect(isDefaultSort(DEFAULT_LIST_SORT)).toBe(true);
    expect(listSortQuery(DEFAULT_LIST_SORT)).toEqual({});
    expect(listSortQuery({ key: "kekurangan", direction: "asc" })).toEqual({ urut: "kekurangan", arah: "naik" });
    expect(listSortQuery({ key: "unit", direction: "desc" })).toEqual({ urut: "unit", arah: "turun" });
  });
});

describe("the list page's parameters", () => {
  it("reads the sort and the 0 JP filter, and keeps the default sort implicit", () => {
    const p = listParams({ tahun: "2025", urut: "jp", arah: "naik", jp: "0" }, 2026);
    expect(p.sort).toEqual({ key: "jp", direction: "asc" });
    expect(p.zeroJp).toBe(true);
    expect(listParams({ tahun: "2025", urut: "kekurangan", arah: "turun" }, 2026).sort).toBeUndefined();
    expect(listParams({ tahun: "2025", jp: "1" }, 2026).zeroJp).toBeUndefined();
    expect(parseZeroJp(["0"])).toBe(true);
    expect(parseZeroJp("nol")).toBeUndefined();
  });

  it("keeps the sort in the page's links but not in the exports', and the 0 JP filter in both", () => {
    const p = listParams({ tahun: "2025", kind: "PNS", urut: "nama", arah: "turun", jp: "0", page: "2" }, 2026);
    expect(withQuery("/admin/kepatuhan/daftar", pageQuery(p))).toBe("/admin/kepatuhan/daftar?tahun=2025&kind=PNS&jp=0&urut=nama&arah=turun");
    expect(withQuery("/api/ekspor/kepatuhan", { ...listQuery(p), format: "csv" })).toBe("/api/ekspor/kepatuhan?tahun=2025&kind=PNS&jp=0&format=csv");
  });

  it("links the dashboard's 0 JP card to the filtered list of the same year and date", () => {
    expect(zeroJpListHref(2026)).toBe("/admin/kepatuhan/daftar?tahun=2026&jp=0");
    expect(zeroJpListHref(2026, new Date("2026-10-01T00:00:00Z"))).toBe("/admin/kepatuhan/daftar?tahun=2026&per=2026-10-01&jp=0");
  });
});

describe("the sortable table headers", () => {
  const links = (sort = DEFAULT_LIST_SORT) => ({
    sort,
    href: (next: typeof sort) => withQuery("/admin/kepatuhan/daftar", { tahun: "2025", ...listSortQuery(next) }),
    hints: id.complianceList.sort,
  });

  it("marks the sorted column with aria-sort and links every sortable column to its next order", () => {
    const html = renderToStaticMarkup(<ComplianceTable rows={[]} sort={links()} m={id} locale="id" />);
    expect(html.match(/aria-sort="[a-z]+"/g)).toEqual(['aria-sort="descending"']);
    expect(html).toMatch(/<th scope="col" aria-sort="descending"[^>]*><span><a data-testid="sort-kekurangan"[^>]* href="\/admin\/kepatuhan\/daftar\?tahun=2025&amp;urut=kekurangan&amp;arah=naik"/);
    for (const key of LIST_SORT_KEYS) expect(html).toContain(`data-testid="sort-${key}"`);
    expect(html).toContain('href="/admin/kepatuhan/daftar?tahun=2025&amp;urut=nama&amp;arah=naik"');
    expect(html).toContain('href="/admin/kepatuhan/daftar?tahun=2025&amp;urut=target&amp;arah=turun"');

    const byNip = renderToStaticMarkup(<ComplianceTable rows={[]} sort={links({ key: "nip", direction: "asc" })} m={id} locale="id" />);
    // Name and NIP share a header: it reports the active one.
    expect(byNip.match(/aria-sort="[a-z]+"/g)).toEqual(['aria-sort="ascending"']);
    expect(byNip).toContain('href="/admin/kepatuhan/daftar?tahun=2025&amp;urut=nip&amp;arah=turun"');
    // Back to the default: no sort in the URL.
    expect(byNip).toContain('href="/admin/kepatuhan/daftar?tahun=2025"');
  });

  it("offers the 0 JP toggle and the one-click default order, keeping the other filters", () => {
    const sorted = listParams({ tahun: "2025", kind: "PNS", urut: "nama" }, 2026);
    const html = renderToStaticMarkup(<ListToolbar params={sorted} m={id} />);
    expect(html).toContain('href="/admin/kepatuhan/daftar?tahun=2025&amp;kind=PNS&amp;jp=0&amp;urut=nama&amp;arah=naik"');
    expect(html).toMatch(/data-testid="sort-shortfall-first"[^>]* href="\/admin\/kepatuhan\/daftar\?tahun=2025&amp;kind=PNS"/);
    const zero = renderToStaticMarkup(<ListToolbar params={listParams({ tahun: "2025", jp: "0" }, 2026)} m={id} />);
    expect(zero).toMatch(/aria-current="true" data-testid="filter-zero-jp"[^>]* href="\/admin\/kepatuhan\/daftar\?tahun=2025"/);
    expect(zero).toContain("belum memperoleh JP sama sekali tahun 2025");
  });
});
