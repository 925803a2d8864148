import { describe, expect, it } from "vitest";
import { createGate, DEFAULT_WORKER_CONCURRENCY, isStaticPath, workerConcurrency } from "../../scripts/lib/request-gate.mjs";

describe("the worker's request gate (scripts/lib/request-gate.mjs)", () => {
  it("starts at most `limit` requests and the next waiting one as each is released, first come first served", () => {
    const gate = createGate(2);
    const started: number[] = [];
    const releases = [1, 2, 3, 4].map((n) => gate.enter(() => started.push(n)));
    expect(started).toEqual([1, 2]);
    expect([gate.active, gate.waiting]).toEqual([2, 2]);
    releases[1]!();
    expect(started).toEqual([1, 2, 3]);
    releases[1]!(); // a second release of the same request changes nothing
    expect([gate.active, gate.waiting]).toEqual([2, 1]);
    releases[0]!();
    releases[2]!();
    releases[3]!();
    expect(started).toEqual([1, 2, 3, 4]);
    expect([gate.active, gate.waiting]).toEqual([0, 0]);
  });

  it("skips a request abandoned while it waited, and one released before its turn never starts", () => {
    const gate = createGate(1);
    const started: string[] = [];
    const first = gate.enter(() => started.push("a"));
    let bGone = false;
    gate.enter(() => started.push("b"), () => bGone);
    const releaseC = gate.enter(() => started.push("c"));
    gate.enter(() => started.push("d"));
    bGone = true;
    releaseC(); // c's client left while waiting: its close releases it
    first();
    expect(started).toEqual(["a", "d"]);
    expect(gate.active).toBe(1);
  });

  it("lets static files through and reads BANGKOM_WORKER_CONCURRENCY", () => {
    expect(isStaticPath("/_next/static/chunks/a.js")).toBe(true);
    expect(isStaticPath("/favicon.ico")).toBe(true);
    expect(isStaticPath("/pelatihan")).toBe(false);
    expect(workerConcurrency({})).toBe(DEFAULT_WORKER_CONCURRENCY);
    expect(workerConcurrency({ BANGKOM_WORKER_CONCURRENCY: "12" })).toBe(12);
    for (const bad of ["0", "x", "1001", "2.5"]) expect(() => workerConcurrency({ BANGKOM_WORKER_CONCURRENCY: bad })).toThrow(/BANGKOM_WORKER_CONCURRENCY/);
  });
});
