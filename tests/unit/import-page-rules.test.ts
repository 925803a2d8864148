import { describe, expect, it } from "vitest";
import { activeTab, attachmentDisposition, checkUpload, optionalIsoDate, slicePage, tabCounts } from "@/lib/import/page-rules";

const MB = 1024 * 1024;

describe("checkUpload", () => {
  it.each([
    [{ name: "pegawai.csv", size: 10 }, { ok: true }],
    [{ name: "PEGAWAI.XLSX", size: 10 }, { ok: true }],
    [{ name: "data ASN Desember.xlsx ", size: 5 * MB }, { ok: true }],
    [null, { ok: false, reason: "fileRequired" }],
    [{ name: "", size: 0 }, { ok: false, reason: "fileRequired" }],
    [{ name: "pegawai.xls", size: 10 }, { ok: false, reason: "fileType" }],
    [{ name: "pegawai.pdf", size: 10 }, { ok: false, reason: "fileType" }],
    [{ name: "csv", size: 10 }, { ok: false, reason: "fileType" }],
    [{ name: "kosong.csv", size: 0 }, { ok: false, reason: "fileEmpty" }],
    [{ name: "besar.csv", size: 5 * MB + 1 }, { ok: false, reason: "fileTooLarge" }],
  ])("%j → %j", (file, expected) => {
    expect(checkUpload(file, 5 * MB)).toEqual(expected);
  });
});

describe("activeTab", () => {
  const counts = { baru: 3, berubah: 0, hilang: 2, galat: 0, peringatan: 1 };
  it("shows the list asked for when it has rows", () => {
    expect(activeTab("hilang", counts)).toBe("hilang");
    expect(activeTab("peringatan", counts)).toBe("peringatan");
  });
  it("falls back to the first list with rows for an empty or unknown one", () => {
    expect(activeTab("berubah", counts)).toBe("baru");
    expect(activeTab("<script>", counts)).toBe("baru");
    expect(activeTab(undefined, { ...counts, baru: 0 })).toBe("hilang");
  });
  it("puts the errors first when there are any, unless another list is asked for", () => {
    const bad = { ...counts, galat: 4 };
    expect(activeTab(undefined, bad)).toBe("galat");
    expect(activeTab("baru", bad)).toBe("baru");
  });
  it("is the new records when every list is empty", () => {
    expect(activeTab(undefined, { baru: 0, berubah: 0, hilang: 0, galat: 0, peringatan: 0 })).toBe("baru");
  });
});

describe("tabCounts", () => {
  it("reads the plan's counts and the problem counts; a file with bad rows has no plan", () => {
    expect(tabCounts({ counts: { creates: 1, updates: 2, unchanged: 3, missing: 4 } }, { errors: 0, warnings: 5 })).toEqual({ baru: 1, berubah: 2, hilang: 4, galat: 0, peringatan: 5 });
    expect(tabCounts(null, { errors: 7, warnings: 0 })).toEqual({ baru: 0, berubah: 0, hilang: 0, galat: 7, peringatan: 0 });
  });
});

describe("slicePage", () => {
  const rows = Array.from({ length: 60 }, (_, i) => i + 1);
  it("cuts pages of the given size and clamps the page", () => {
    expect(slicePage(rows, 1, 25)).toMatchObject({ page: 1, pages: 3, from: 1, to: 25 });
    expect(slicePage(rows, 3, 25)).toMatchObject({ rows: rows.slice(50), page: 3, from: 51, to: 60 });
    expect(slicePage(rows, 99, 25).page).toBe(3);
    expect(slicePage(rows, 0, 25).page).toBe(1);
    expect(slicePage([], 2, 25)).toEqual({ rows: [], page: 1, pages: 1, from: 0, to: 0 });
  });
  it("reaches every row exactly once across its pages", () => {
    const seen = [1, 2, 3].flatMap((p) => slicePage(rows, p, 25).rows);
    expect(seen).toEqual(rows);
  });
});

describe("attachmentDisposition", () => {
  it("gives an ASCII name and the exact one", () => {
    expect(attachmentDisposition("data-kesalahan.csv")).toBe(`attachment; filename="data-kesalahan.csv"; filename*=UTF-8''data-kesalahan.csv`);
    const header = attachmentDisposition('Pegawai "Sekretariat"; Ãrsip.xlsx');
    expect(header).toMatch(/^attachment; filename="Pegawai _Sekretariat__ Arsip\.xlsx"; filename\*=UTF-8''/);
    expect(header).toContain("%C3%83rsip.xlsx");
  });
});

describe("optionalIsoDate", () => {
  it.each([
    ["", null], [null, null], [undefined, null], ["2026-12-31", "2026-12-31"], ["2024-02-29", "2024-02-29"],
    ["2026-02-30", false], ["31-12-2026", false], ["2026-1-1", false], [42, false],
  ])("%j → %j", (raw, expected) => {
    expect(optionalIsoDate(raw)).toBe(expected);
  });
});
