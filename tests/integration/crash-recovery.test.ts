// Committed seats survive a crash. A child process (the web server) approves 300 registrations of a 30-seat
// batch with unit quotas at once; while the burst runs, the test SIGKILLs that process and every PostgreSQL
// process (the whole server, no shutdown), restarts PostgreSQL on the same data folder (crash recovery), and
// checks: every approval the client saw succeed is there with the status it was told, no batch or quota is
// over capacity, confirmedCount (batch and quotas) equals the CONFIRMED rows, and each decision has its audit
// row. Then the burst is run again to the end: exactly 30 seats, the rest waiting, nobody decided twice.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { ensureDatabase, portIsFree, startEmbeddedPostgres, type EmbeddedServer } from "../../scripts/lib/embedded-db.mjs";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const REGISTRATIONS = 300;
const CAPACITY = 30;
const KILL_AFTER_ACKS = 15;

const work = fs.mkdtempSync(path.join(os.tmpdir(), "bangkom-crash-"));
fs.chmodSync(work, 0o755); // the embedded server runs as the postgres OS user when the tests run as root
const dataDir = path.join(work, "postgres");
const worldFile = path.join(work, "world.json");
const ackFile = path.join(work, "acks.jsonl");
let server: EmbeddedServer | null = null;

afterAll(async () => {
  await server?.stop();
  fs.rmSync(work, { recursive: true, force: true });
});

async function freePort() {
  for (let port = 20000 + Math.floor(Math.random() * 20000); ; port++) if (await portIsFree(port)) return port;
}

/** The committed migrations' SQL, file by file: what `prisma migrate deploy` runs, without starting its CLI. */
async function migrate(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const folder = path.join(ROOT, "prisma", "migrations");
  for (const name of fs.readdirSync(folder).filter((f) => fs.existsSync(path.join(folder, f, "migration.sql"))).sort()) {
    await client.query(fs.readFileSync(path.join(folder, name, "migration.sql"), "utf8"));
  }
  await client.end();
}

// Node itself with tsx as a loader, not the tsx binary: that binary runs the script in a child process of its own,
// which a SIGKILL of the binary leaves running; the "crashed" burst then reconnected to the restarted database and
// went on deciding while the test read the recovered state.
function child(mode: "prepare-and-burst" | "burst", url: string) {
  return spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/integration/crash/approval-burst.ts", mode], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, CRASH_WORLD_FILE: worldFile, CRASH_ACK_FILE: ackFile },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function finished(process: ReturnType<typeof spawn>) {
  let output = "";
  process.stdout?.on("data", (d) => (output += d));
  process.stderr?.on("data", (d) => (output += d));
  return new Promise<{ code: number | null; signal: string | null; output: string }>((resolve) =>
    process.on("exit", (code, signal) => resolve({ code, signal, output })));
}

/** Acknowledged approvals; a line cut short by the kill is not one (it was never fully written). */
function acknowledged(): { id: string; status: string }[] {
  if (!fs.existsSync(ackFile)) return [];
  return fs.readFileSync(ackFile, "utf8").split("\n").flatMap((line) => {
    try { return [JSON.parse(line) as { id: string; status: string }]; } catch { return []; }
  });
}

async function state(url: string, batchId: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // One snapshot for every read, so the figures cannot disagree because something committed between them.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const batch = (await client.query(`SELECT capacity, "confirmedCount" FROM "Batch" WHERE id = $1`, [batchId])).rows[0];
    const statuses = new Map<string, string>((await client.query(`SELECT id::text, status::text FROM "Enrolment" WHERE "batchId" = $1`, [batchId])).rows.map((r) => [r.id, r.status]));
    const quotas = (await client.query(
      `SELECT q.seats, q."confirmedCount", (SELECT count(*)::int FROM "Enrolment" e WHERE e."batchId" = q."batchId" AND e."quotaUnitId" = q."unitId" AND e.status = 'CONFIRMED') AS confirmed
       FROM "BatchQuota" q WHERE q."batchId" = $1`, [batchId])).rows;
    const audits = new Map<string, number>((await client.query(
      `SELECT "entityId", count(*)::int AS n FROM "AuditLog" WHERE entity = 'Enrolment' AND action LIKE 'agency-%' GROUP BY 1`)).rows.map((r) => [r.entityId, r.n]));
    await client.query("COMMIT");
    return { batch, statuses, quotas, audits };
  } finally {
    await client.end();
  }
}

function expectConsistent(s: Awaited<ReturnType<typeof state>>) {
  const confirmed = [...s.statuses.values()].filter((x) => x === "CONFIRMED").length;
  expect(s.batch.confirmedCount).toBe(confirmed);
  expect(confirmed).toBeLessThanOrEqual(s.batch.capacity);
  expect(s.quotas).toHaveLength(3);
  for (const q of s.quotas) {
    expect(q.confirmedCount).toBe(q.confirmed);
    expect(q.confirmed).toBeLessThanOrEqual(q.seats);
  }
  // A decision and its audit row commit together or not at all.
  for (const [id, status] of s.statuses) expect(s.audits.get(id) ?? 0, `${id} ${status}`).toBe(status === "PENDING_AGENCY" ? 0 : 1);
  return confirmed;
}

describe("a crash in the middle of an approval burst", () => {
  // About 30 s on a quiet two-core machine; the timeout leaves room for a busy one.
  it("loses no acknowledged seat, overbooks nothing, and keeps confirmedCount equal to the CONFIRMED rows", { timeout: 180_000 }, async () => {
    const port = await freePort();
    server = await startEmbeddedPostgres({ dataDir, port, log: () => {} });
    await ensureDatabase(server.url("postgres"), "crash");
    const url = server.url("crash");
    await migrate(url);
    const web = child("prepare-and-burst", url);
    const webExit = finished(web);
    const until = Date.now() + 120_000;
    while (!fs.existsSync(worldFile) && Date.now() < until && web.exitCode === null) await new Promise((r) => setTimeout(r, 20));
    if (!fs.existsSync(worldFile)) throw new Error(`the burst process did not prepare its world:\n${(await webExit).output}`);
    const { batchId, enrolmentIds } = JSON.parse(fs.readFileSync(worldFile, "utf8")) as { batchId: string; enrolmentIds: string[] };
    expect(enrolmentIds).toHaveLength(REGISTRATIONS);
    while (acknowledged().length < KILL_AFTER_ACKS && Date.now() < until && web.exitCode === null) await new Promise((r) => setTimeout(r, 5));
    // The crash: the web server and the whole PostgreSQL process group (postmaster and backends) at once.
    web.kill("SIGKILL");
    process.kill(-server.pid!, "SIGKILL");
    expect((await webExit).signal).toBe("SIGKILL");
    expect(() => process.kill(web.pid!, 0), "the burst process is gone, not only a wrapper around it").toThrow();
    const acks = acknowledged();
    expect(acks.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(acks.length, "the kill came in the middle of the burst").toBeLessThan(REGISTRATIONS);

    server = await startEmbeddedPostgres({ dataDir, port, log: () => {} }); // crash recovery replays the WAL
    const after = await state(url, batchId);
    for (const ack of acks) expect(after.statuses.get(ack.id), ack.id).toBe(ack.status);
    expect(acks.filter((a) => a.status === "CONFIRMED").length).toBeGreaterThan(0);
    expectConsistent(after);
    expect([...after.statuses.values()].filter((x) => x === "PENDING_AGENCY").length, "some approvals were cut off").toBeGreaterThan(0);

    // The burst again, to the end, on the recovered database: decided ones are refused, the rest fill the seats.
    fs.rmSync(ackFile);
    const resumed = await finished(child("burst", url));
    expect(resumed.code, resumed.output).toBe(0);
    const final = await state(url, batchId);
    expect(expectConsistent(final)).toBe(CAPACITY);
    expect([...final.statuses.values()].filter((x) => x === "WAITLISTED")).toHaveLength(REGISTRATIONS - CAPACITY);
    const decidedBefore = [...after.statuses.values()].filter((x) => x !== "PENDING_AGENCY").length;
    expect(JSON.parse(resumed.output.trim().split("\n").at(-1)!)).toEqual({ refused: { CONFLICT: decidedBefore } });
    expect(acknowledged()).toHaveLength(REGISTRATIONS - decidedBefore);
  });
});
