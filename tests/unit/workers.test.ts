import { describe, expect, it } from "vitest";
import { DEFAULT_WORKER_HEAP_MB, MAX_WORKERS, workerCount, workerHeapMb } from "../../scripts/lib/workers.mjs";

describe("web server worker count (BANGKOM_WORKERS)", () => {
  it("is one per core when unset or empty", () => {
    expect(workerCount({}, 2)).toBe(2);
    expect(workerCount({ BANGKOM_WORKERS: " " }, 8)).toBe(8);
    expect(workerCount({}, 500)).toBe(MAX_WORKERS);
  });

  it("is what BANGKOM_WORKERS says, from 1 to 64", () => {
    expect(workerCount({ BANGKOM_WORKERS: "1" }, 2)).toBe(1);
    expect(workerCount({ BANGKOM_WORKERS: " 4 " }, 2)).toBe(4);
    expect(workerCount({ BANGKOM_WORKERS: "64" }, 2)).toBe(64);
  });

  it.each(["0", "65", "-1", "2.5", "dua", "1e1"])("refuses %s with a message that names the variable", (value) => {
    expect(() => workerCount({ BANGKOM_WORKERS: value }, 2)).toThrow(/BANGKOM_WORKERS harus bilangan bulat 1 sampai 64/);
  });
});

describe("each worker's heap limit (BANGKOM_WORKER_HEAP_MB)", () => {
  it("is 320 MB when unset, else what the variable says", () => {
    expect(workerHeapMb({})).toBe(DEFAULT_WORKER_HEAP_MB);
    expect(DEFAULT_WORKER_HEAP_MB).toBe(320);
    expect(workerHeapMb({ BANGKOM_WORKER_HEAP_MB: " 512 " })).toBe(512);
  });

  it.each(["127", "0", "abc", "300.5", "70000"])("refuses %s with a message that names the variable", (value) => {
    expect(() => workerHeapMb({ BANGKOM_WORKER_HEAP_MB: value })).toThrow(/BANGKOM_WORKER_HEAP_MB harus bilangan bulat 128 sampai 65536/);
  });
});
