// SIGKILL during the write of a 50,000-row ASN import leaves the agency exactly as before. The agency already
// holds 2,000 ASN from an earlier import; the 50,000-row file moves them and adds 48,000 more, with new units and
// positions. A child process applies the run (as the job queue's worker would); the test kills it with SIGKILL
// once PostgreSQL is seen writing the employees, waits for the server to roll the transaction back, and
// compares every people table of the agency (count and checksum of all rows) with what it was.
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkImportRun } from "@/lib/import/check";
import { importProgress } from "@/lib/import/queries";
import { stopImportQueueSender } from "@/lib/import/queue";
import { startImportApply } from "@/lib/import/service";
import { siasnCsv, siasnRows } from "../factories/siasn-export";
import { agencyState, csvFile, emptyAgency, uploadAsn } from "./asn-world";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
let world: Awaited<ReturnType<typeof emptyAgency>>;
let watcher: pg.Client;

beforeAll(async () => {
  world = await emptyAgency();
  watcher = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await watcher.connect();
});

afterAll(async () => {
  await watcher?.end();
  await stopImportQueueSender();
});

/** Backends of this database that are doing something (other than this watcher). */
async function busyBackends(): Promise<{ state: string; query: string }[]> {
  const { rows } = await watcher.query(
    `SELECT state, query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state IS NOT NULL AND state <> 'idle'`,
  );
  return rows;
}

describe("a 50,000-row ASN import killed while it writes", () => {
  it("leaves the agency exactly as it was", async () => {
    const earlier = await uploadAsn(world.admin, csvFile(siasnCsv(siasnRows(2_000, 4))));
    await startImportApply(world.admin, { runId: earlier.runId });

    const { runId, queued } = await uploadAsn(world.admin, csvFile(siasnCsv(siasnRows(50_000, 4)), "ekspor-provinsi.csv"));
    expect(queued).toBe(true);
    await checkImportRun(world.agency.id, runId); // what the worker would do
    const ready = (await importProgress(world.admin, runId))!;
    expect(ready).toMatchObject({ status: "READY", rowCount: 50_000, problemCount: 0 });
    expect(ready.summary?.counts).toMatchObject({ creates: 48_000, updates: 2_000 });

    const before = await agencyState(world.agency.id);
    expect(await startImportApply(world.admin, { runId })).toEqual({ queued: true });
    const child = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "tests/integration/crash/asn-apply.ts"], {
      cwd: ROOT,
      env: { ...process.env, ASN_AGENCY_ID: world.agency.id, ASN_RUN_ID: runId, ASN_USER_ID: world.userId },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));

    // Kill it once the server is inserting the employees (or the write is past its first steps).
    let seen = "";
    for (let i = 0; i < 2_400 && child.exitCode === null; i++) {
      const writing = (await busyBackends()).find((b) => b.state === "active" && /INSERT INTO "Employee"|UPDATE "Employee"|"EmployeeAssignment"/.test(b.query));
      const progress = (await importProgress(world.admin, runId))!;
      if (writing || progress.done >= Math.ceil(progress.total * 0.6)) {
        seen = writing ? writing.query.slice(0, 40) : `progress ${progress.done}/${progress.total}`;
        child.kill("SIGKILL");
        break;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    const exit = await exited;
    expect(exit.signal, `the child ended on its own: ${output}`).toBe("SIGKILL");
    expect(seen).not.toBe("");

    // The server notices the lost client when the running statement ends, and rolls the transaction back.
    for (let i = 0; i < 600 && (await busyBackends()).length; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await busyBackends()).toEqual([]);
    expect(await agencyState(world.agency.id)).toEqual(before);
    expect((await importProgress(world.admin, runId))!.status).toBe("APPLYING"); // never APPLIED: the retried job applies it
  }, 180_000);
});
