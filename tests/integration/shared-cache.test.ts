// Two caches in one process stand for two server workers: each listens on its own connection, as a worker does.
// What one worker's command changes, the other stops serving from memory as soon as the transaction commits.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { createBatch } from "@/lib/batch/lifecycle";
import { cacheTags } from "@/lib/cache";
import { SharedCache } from "@/lib/cache/shared-cache";
import { changeSession, createProgram } from "@/lib/catalog/commands";
import { db } from "@/lib/db";
import { buildWorld, type World } from "./world";

let w: World;
let admin: Viewer;
let sessionId: string;
let tag: string;
const caches: SharedCache[] = [];

/** A worker's cache; short holds so a rolled-back invalidation does not keep a test waiting. */
async function worker(options: { holdMs?: number } = {}): Promise<SharedCache> {
  const cache = new SharedCache({ connectionString: process.env.DATABASE_URL!, enabled: true, holdMs: options.holdMs ?? 300 });
  caches.push(cache);
  await cache.start();
  return cache;
}

/** A cached read of the session's end minute that counts how often it really went to the database. */
function endMinuteReader(cache: SharedCache, key = `test.session:${sessionId}`) {
  const reader = {
    loads: 0,
    read: () =>
      cache.get({ key, tags: [tag] }, async () => {
        reader.loads += 1;
        return (await db.rundownSession.findUniqueOrThrow({ where: { id: sessionId }, select: { endMinute: true } })).endMinute;
      }),
  };
  return reader;
}

async function until(check: () => Promise<boolean>, ms = 3_000): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
  return Date.now() - started;
}

beforeAll(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
  tag = cacheTags.catalog(w.agencyA.id);
  const { programId } = await executeCommand(createProgram, admin, { title: "Bimtek Cache", routeCode: "KL10", organiser: "BKPP" });
  const { batchId } = await executeCommand(createBatch, admin, {
    programId, number: 1, startDate: "2030-05-06", endDate: "2030-05-06", capacity: 10,
    registrationOpensAt: new Date().toISOString(), registrationClosesAt: new Date(Date.now() + 86_400_000).toISOString(),
    sessions: [{ date: "2030-05-06", startMinute: 480, endMinute: 600, title: "Materi", kind: "LEARNING" }],
  });
  sessionId = (await db.rundownSession.findFirstOrThrow({ where: { batchId } })).id;
});

afterAll(async () => {
  await Promise.all(caches.map((c) => c.stop()));
});

describe("shared cache across workers", () => {
  it("serves from memory until another worker's transaction commits, then reads the change at once", async () => {
    const [one, two] = [await worker(), await worker()];
    const [a, b] = [endMinuteReader(one), endMinuteReader(two)];
    expect([await a.read(), await b.read(), await a.read(), await b.read()]).toEqual([600, 600, 600, 600]);
    expect([a.loads, b.loads]).toEqual([1, 1]);

    await db.$transaction(async (tx) => {
      await tx.rundownSession.update({ where: { id: sessionId }, data: { endMinute: 630 } });
      await one.invalidate(tx, [tag]);
      // Not committed yet: the other worker still serves its copy, and this one reads around its own.
      expect(await b.read()).toBe(600);
    });
    expect(await a.read()).toBe(630); // the writer's own worker: at once, no waiting for the notification
    const waited = await until(async () => (await b.read()) === 630);
    expect(waited).toBeLessThan(1_000);
  });

  it("a real command's invalidation (sent by the process's own cache) reaches every listening worker", async () => {
    const [one, two] = [await worker(), await worker()];
    const [a, b] = [endMinuteReader(one), endMinuteReader(two)];
    const before = await a.read();
    expect(await b.read()).toBe(before);
    await executeCommand(changeSession, admin, { sessionId, endMinute: before + 15, reason: "Dipotong" });
    await until(async () => (await a.read()) === before + 15 && (await b.read()) === before + 15);
  });

  it("a rolled-back change tells nobody: the other worker keeps serving from memory", async () => {
    const [one, two] = [await worker({ holdMs: 200 }), await worker()];
    const [a, b] = [endMinuteReader(one), endMinuteReader(two)];
    const value = await b.read();
    expect(await a.read()).toBe(value);
    const loadsBefore = b.loads;
    await db
      .$transaction(async (tx) => {
        await tx.rundownSession.update({ where: { id: sessionId }, data: { endMinute: 700 } });
        await one.invalidate(tx, [tag]);
        throw new Error("rolled back");
      })
      .catch(() => {});
    await new Promise((r) => setTimeout(r, 300));
    expect(await b.read()).toBe(value);
    expect(b.loads).toBe(loadsBefore);
    // The writer held the tag for holdMs, then caches again.
    const loads = a.loads;
    await a.read();
    await a.read();
    expect(a.loads).toBe(loads + 1);
  });

  it("a load under way when another worker invalidates its tag is returned but not kept", async () => {
    const cache = await worker();
    await cache.get({ key: "test.marker", tags: [tag] }, async () => "marker"); // dropped when the notification arrives
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let loads = 0;
    const read = (value: string) => cache.get({ key: "test.slow", tags: [tag] }, async () => {
      loads += 1;
      if (loads === 1) await gate;
      return value;
    });
    const slow = read("old");
    await db.$transaction(async (tx) => tx.$executeRaw`SELECT pg_notify('bangkom_cache', ${tag})`);
    await until(async () => cache.size === 0);
    release();
    expect(await slow).toBe("old");
    expect(await read("new")).toBe("new");
    expect(await read("newer")).toBe("new"); // a load that started after the invalidation is kept
  });

  it("forgets everything when its listening connection is lost, and caches again once it is back", async () => {
    const cache = await worker();
    const reader = endMinuteReader(cache);
    await reader.read();
    await reader.read();
    expect(reader.loads).toBe(1);
    const pid = await cache.listenerPid();
    await db.$executeRaw`SELECT pg_terminate_backend(${pid}::int)`;
    await until(async () => !cache.active);
    expect(cache.size).toBe(0);
    await reader.read(); // while it is down every read goes to the database
    await until(async () => cache.active && (await cache.listenerPid()) !== pid);
    await reader.read();
    await reader.read();
    expect(reader.loads).toBe(3);
  });

  it("'*' drops every entry; a disabled cache never keeps anything", async () => {
    const cache = await worker();
    const reader = endMinuteReader(cache);
    await reader.read();
    await db.$executeRaw`SELECT pg_notify('bangkom_cache', '*')`;
    await until(async () => cache.size === 0);

    const off = new SharedCache({ connectionString: process.env.DATABASE_URL!, enabled: false });
    const offReader = endMinuteReader(off);
    await offReader.read();
    await offReader.read();
    expect(offReader.loads).toBe(2);
  });
});
