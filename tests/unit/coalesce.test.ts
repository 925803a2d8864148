import { describe, expect, it } from "vitest";
import { coalescer } from "@/lib/cache/coalesce";

class Abandoned extends Error {}

/** A work function whose runs are counted and finished by hand; each run answers with its own number. */
function controlledWork() {
  const runs: { n: number; signal: AbortSignal; finish: () => void; fail: (e: unknown) => void }[] = [];
  const work = (signal: AbortSignal) =>
    new Promise<number>((resolve, reject) => {
      const n = runs.length + 1;
      runs.push({ n, signal, finish: () => resolve(n), fail: reject });
    });
  return { runs, work };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("coalescing concurrent reads (lib/cache/coalesce.ts)", () => {
  it("runs once for the first caller, then once for everyone who asked meanwhile, started after they all asked", async () => {
    const c = coalescer<number>(() => new Abandoned());
    const { runs, work } = controlledWork();
    const first = c.run("k", work);
    await tick();
    const later = [c.run("k", work), c.run("k", work), c.run("k", work)];
    await tick();
    expect(runs).toHaveLength(1); // the later callers do not get the run that started before they asked
    runs[0]!.finish();
    expect(await first).toBe(1);
    await tick();
    expect(runs).toHaveLength(2);
    runs[1]!.finish();
    expect(await Promise.all(later)).toEqual([2, 2, 2]);
    expect(c.pending()).toBe(0);
  });

  it("never shares between different keys", async () => {
    const c = coalescer<number>(() => new Abandoned());
    const { runs, work } = controlledWork();
    const a = c.run("a", work);
    const b = c.run("b", work);
    await tick();
    expect(runs).toHaveLength(2);
    runs.forEach((r) => r.finish());
    expect(await Promise.all([a, b])).toEqual([1, 2]);
  });

  it("gives a failure to every caller of that run, and the next caller runs afresh", async () => {
    const c = coalescer<number>(() => new Abandoned());
    const { runs, work } = controlledWork();
    const first = c.run("k", work);
    await tick();
    const [x, y] = [c.run("k", work), c.run("k", work)];
    runs[0]!.finish();
    await first;
    await tick();
    runs[1]!.fail(new Error("timeout"));
    await expect(x).rejects.toThrow("timeout");
    await expect(y).rejects.toThrow("timeout");
    const again = c.run("k", work);
    await tick();
    runs[2]!.finish();
    expect(await again).toBe(3);
  });

  it("answers a caller that leaves at once, and stops the run only when every caller sharing it has left", async () => {
    const c = coalescer<number>(() => new Abandoned());
    const { runs, work } = controlledWork();
    const blocker = c.run("k", work);
    await tick();
    const [one, two] = [new AbortController(), new AbortController()];
    const a = c.run("k", work, one.signal);
    const b = c.run("k", work, two.signal);
    runs[0]!.finish();
    await blocker;
    await tick();
    const shared = runs[1]!;
    one.abort();
    await expect(a).rejects.toBeInstanceOf(Abandoned);
    expect(shared.signal.aborted).toBe(false);
    two.abort();
    await expect(b).rejects.toBeInstanceOf(Abandoned);
    expect(shared.signal.aborted).toBe(true);
  });

  it("does not start a waiting run whose callers all left before it started", async () => {
    const c = coalescer<number>(() => new Abandoned());
    const { runs, work } = controlledWork();
    const blocker = c.run("k", work);
    await tick();
    const leaving = new AbortController();
    const gone = c.run("k", work, leaving.signal);
    leaving.abort();
    await expect(gone).rejects.toBeInstanceOf(Abandoned);
    runs[0]!.finish();
    await blocker;
    await tick();
    expect(runs).toHaveLength(1);
    expect(c.pending()).toBe(0);
    await expect(c.run("k", work, AbortSignal.abort())).rejects.toBeInstanceOf(Abandoned);
  });
});
