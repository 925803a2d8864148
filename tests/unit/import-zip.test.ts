// lib/import/zip-inspect.ts and zip-inflate.ts on crafted archives: the limits judged from the ZIP's directory
// without unpacking, and the sizes that lie caught while unpacking. The hostile archives are built here.
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DEFAULT_IMPORT_LIMITS, importLimits, type ImportLimits } from "@/lib/import/limits";
import { ImportRefusal, type ImportRefusalReason } from "@/lib/import/refusal";
import { verifyUnpackedEntries } from "@/lib/import/zip-inflate";
import { inspectZip } from "@/lib/import/zip-inspect";
import { readSheetRows } from "@/lib/import/xlsx-stream";
import { bombXlsx, scoreWorkbook, SHEET, unpack, xlsxBytes } from "../support/hostile-xlsx";
import { deflated, stored, writeZip } from "../support/zip-writer";

const MB = 1024 * 1024;

function refusal(run: () => unknown): ImportRefusal {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportRefusal) return error;
    throw error;
  }
  throw new Error("expected an ImportRefusal");
}

async function asyncRefusal(run: () => Promise<unknown>): Promise<ImportRefusal> {
  const error = await run().then(() => null, (e: unknown) => e);
  if (error instanceof ImportRefusal) return error;
  throw new Error(`expected an ImportRefusal, got ${String(error)}`);
}

const reasonOf = (bytes: Uint8Array, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): ImportRefusalReason => refusal(() => inspectZip(bytes, limits)).reason;

/** Inspected and unpacked: what the pipeline does before exceljs sees a byte. */
const check = async (bytes: Uint8Array, limits: ImportLimits = DEFAULT_IMPORT_LIMITS) => verifyUnpackedEntries(bytes, inspectZip(bytes, limits));

describe("limits", () => {
  it("are named defaults, overridable one by one, and must be positive integers", () => {
    expect(importLimits()).toEqual(DEFAULT_IMPORT_LIMITS);
    expect(importLimits({ rows: 10 })).toEqual({ ...DEFAULT_IMPORT_LIMITS, rows: 10 });
    expect(() => importLimits({ rows: 0 })).toThrow(/rows/);
    expect(() => importLimits({ entryBytes: 1.5 })).toThrow(/entryBytes/);
  });
});

describe("inspectZip: the table of contents, nothing unpacked", () => {
  it("lists an honest archive's entries with their sizes and where their bytes start", async () => {
    const bytes = writeZip([stored("a.txt", "hello"), deflated("b.xml", "<x>".repeat(1000))]);
    const { entries, unpackedBytes } = inspectZip(bytes, DEFAULT_IMPORT_LIMITS);
    expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([["a.txt", 0, 5], ["b.xml", 8, 3000]]);
    expect(unpackedBytes).toBe(3005);
    expect(Buffer.from(bytes.subarray(entries[0]!.dataStart, entries[0]!.dataStart + 5)).toString()).toBe("hello");
    await check(bytes);
  });

  it("reads what exceljs writes", async () => {
    const bytes = await xlsxBytes(await scoreWorkbook());
    expect(inspectZip(bytes, DEFAULT_IMPORT_LIMITS).entries.map((e) => e.name)).toContain(SHEET);
    await check(bytes);
  });

  it("refuses a 210 KB workbook whose sheet unpacks to 200 MB by its declared size, in milliseconds", async () => {
    const bomb = await bombXlsx();
    expect(bomb.length).toBeLessThan(300 * 1024);
    const started = performance.now();
    const error = refusal(() => inspectZip(bomb, DEFAULT_IMPORT_LIMITS));
    expect(performance.now() - started).toBeLessThan(100);
    expect(error.reason).toBe("entryTooLarge");
    expect(error.values).toEqual({ name: SHEET, size: 201, limit: 40 });
    expect(error.fieldErrors).toEqual({ file: ["fileImport.entryTooLarge"] });
  }, 30_000);

  it("refuses by total unpacked size, compression ratio, entry count and upload size", () => {
    const zeros = (n: number) => new Uint8Array(n);
    const three = writeZip([stored("a", zeros(600)), stored("b", zeros(600)), stored("c", zeros(600))]);
    expect(reasonOf(three, importLimits({ unpackedBytes: 1500 }))).toBe("unpackedTooLarge");
    expect(reasonOf(three, importLimits({ zipEntries: 2 }))).toBe("tooManyEntries");
    expect(reasonOf(three, importLimits({ uploadBytes: 1000 }))).toBe("uploadTooLarge");
    expect(reasonOf(three, importLimits({ entryBytes: 599 }))).toBe("entryTooLarge");
    inspectZip(three, importLimits({ unpackedBytes: 1800, zipEntries: 3, entryBytes: 600 }));

    // 2 MB of zeros packs to about 2 KB: a ratio near 1000 is refused; the same ratio in a small entry is not.
    const packedZeros = writeZip([deflated("z", zeros(2 * MB))]);
    const error = refusal(() => inspectZip(packedZeros, DEFAULT_IMPORT_LIMITS));
    expect(error.reason).toBe("compressionRatio");
    expect(Number(error.values?.ratio)).toBeGreaterThan(500);
    inspectZip(writeZip([deflated("z", zeros(512 * 1024))]), DEFAULT_IMPORT_LIMITS);
  });

  it("refuses what is not a plain ZIP as corrupt", () => {
    const honest = writeZip([deflated("a.xml", "<a/>")]);
    const localHeaderOnly = new Uint8Array(64);
    localHeaderOnly.set([0x50, 0x4b, 0x03, 0x04]);
    expect(reasonOf(localHeaderOnly)).toBe("corrupt");
    expect(reasonOf(new Uint8Array(0))).toBe("corrupt");
    expect(reasonOf(honest.subarray(0, honest.length - 1))).toBe("corrupt");
    const method = new Uint8Array(honest);
    const central = honest.length - 22 - (46 + "a.xml".length);
    method[central + 10] = 12; // bzip2
    expect(reasonOf(method)).toBe("corrupt");
    const encrypted = new Uint8Array(honest);
    encrypted[central + 8]! |= 1;
    expect(reasonOf(encrypted)).toBe("corrupt");
  });

  it("refuses local records that disagree with the central directory, or that it does not list", () => {
    const a = deflated("a.xml", "<a/>".repeat(100));
    const b = deflated("b.xml", "<b/>".repeat(100));
    expect(reasonOf(writeZip([a, { ...b, localSize: 10 }]))).toBe("inconsistent");
    // unzipper (exceljs' reader) walks local headers front to back, so it would unpack a hidden entry.
    expect(reasonOf(writeZip([a, { ...deflated("hidden.xml", "<h/>"), hidden: true }, b]))).toBe("inconsistent");
    expect(reasonOf(writeZip([a, a]))).toBe("inconsistent");
    expect(reasonOf(writeZip([{ ...stored("s", "12345"), centralSize: 4, localSize: 4 }]))).toBe("inconsistent");
  });
});

describe("entries with a data descriptor (sizes after the data, as streaming writers produce)", () => {
  it("are read by the inspector and by exceljs' sequential reader alike", async () => {
    const workbook = unpack(await xlsxBytes(await scoreWorkbook([["199001012020011001", "Ani", 50, 80]])));
    const bytes = writeZip(workbook.map((e) => ({ ...deflated(e.name, e.text), descriptor: true })));
    await check(bytes);
    const rows: unknown[] = [];
    for await (const row of readSheetRows(bytes, DEFAULT_IMPORT_LIMITS)) rows.push(row.values);
    expect(rows).toEqual([["NIP", "Nama", "Pre-test", "Post-test"], ["199001012020011001", "Ani", 50, 80]]);
  });

  it("are refused when the descriptor's signature also occurs inside the data, where a sequential reader would stop", () => {
    const tricky = stored("a.bin", new Uint8Array([1, 2, 0x50, 0x4b, 0x07, 0x08, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]));
    expect(reasonOf(writeZip([{ ...tricky, descriptor: true }]))).toBe("inconsistent");
    inspectZip(writeZip([{ ...stored("a.bin", new Uint8Array([1, 2, 3])), descriptor: true }]), DEFAULT_IMPORT_LIMITS);
  });
});

describe("verifyUnpackedEntries: real sizes, counted while unpacking", () => {
  it("stops a 200 MB sheet that declares 10 KB as soon as it passes 10 KB", async () => {
    const lying = await bombXlsx({ lieSizeAs: 10_000 });
    inspectZip(lying, DEFAULT_IMPORT_LIMITS); // the directory alone looks harmless
    const started = performance.now();
    const error = await asyncRefusal(() => check(lying));
    expect(performance.now() - started).toBeLessThan(500);
    expect(error.reason).toBe("inconsistent");
    expect(error.detail).toMatch(/more than its declared 10000 bytes/);
  }, 30_000);

  it("refuses an entry that unpacks to less than declared, and one whose CRC is wrong", async () => {
    const short = deflated("a.xml", "<a/>".repeat(100));
    expect((await asyncRefusal(() => check(writeZip([{ ...short, centralSize: 500, localSize: 500 }])))).reason).toBe("inconsistent");
    expect((await asyncRefusal(() => check(writeZip([{ ...short, crc32: short.crc32 ^ 1 }])))).reason).toBe("corrupt");
    const garbage = { ...short, packed: new Uint8Array([0xff, 0xff, 0xff, 0xff]) };
    expect((await asyncRefusal(() => check(writeZip([garbage])))).reason).toBe("corrupt");
  });

  it("shows the start of each entry to a check that may refuse it", async () => {
    const bytes = writeZip([deflated("a.xml", "<a>first</a>"), { ...deflated("b.bin", deflateRawSync("x")), method: 8 }]);
    const heads: string[] = [];
    const inspection = inspectZip(bytes, DEFAULT_IMPORT_LIMITS);
    await verifyUnpackedEntries(bytes, { ...inspection, entries: inspection.entries.slice(0, 1) }, (entry, head) => heads.push(`${entry.name}:${head}`));
    expect(heads).toEqual(["a.xml:<a>first</a>"]);
    const stop = new ImportRefusal("tooManyRows", { row: 9, limit: 1 });
    expect(await asyncRefusal(() => verifyUnpackedEntries(bytes, inspection, () => { throw stop; }))).toBe(stop);
  });
});
