// `npm run backup` then `npm run restore` into a fresh data folder and a fresh embedded PostgreSQL: every table's
// row count, every row, the sequences, the uploaded files (SHA-256) and the sealing key come back, and a sealed
// anonymous sheet opens with the restored key. A non-empty data folder is refused without --force.
import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { db } from "@/lib/db";
import { submitReaction } from "@/lib/reaction/answer-commands";
import { inviteSheet } from "@/lib/reaction/queries";
import { unseal } from "@/lib/reaction/seal";
import { createQuestionSet } from "@/lib/reaction/set-commands";
import { portIsFree, startEmbeddedPostgres } from "../../scripts/lib/embedded-db.mjs";
import { attendAndClose } from "../factories/demo-batches";
import { openBatch } from "./training-world";
import { buildWorld } from "./world";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "bangkom-backup-test-"));
fs.chmodSync(work, 0o755); // the embedded server runs as the postgres OS user when the tests run as root
const source = path.join(work, "source");
const target = path.join(work, "target");
const archive = path.join(work, "backup.tar.gz");

async function freePort() {
  for (let port = 20000 + Math.floor(Math.random() * 20000); ; port++) if (await portIsFree(port)) return port;
}

/** The scripts' environment: no sealing key from the test runner, so the data folder's key file is used. */
function scriptEnv(extra: Record<string, string>) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.BANGKOM_SEALING_KEY;
  return env;
}

const TABLE_COUNTS = `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1`;
async function snapshot(client: pg.Client) {
  const counts: Record<string, number> = {};
  const rows: Record<string, string[]> = {};
  for (const { name } of (await client.query(TABLE_COUNTS)).rows) {
    const all = (await client.query(`SELECT to_jsonb(t)::text AS row FROM "${name}" t`)).rows.map((r) => r.row as string).sort();
    counts[name] = all.length;
    rows[name] = all;
  }
  return { counts, rows };
}
const sha256 = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

let before: Awaited<ReturnType<typeof snapshot>>;
beforeAll(async () => {
  const w = await buildWorld();
  const admin = await w.viewer(w.users.admin);
  await executeCommand(createQuestionSet, admin, { name: "Evaluasi", anonymous: true, active: true, questions: [{ aspect: "MATERIAL", text: "Materi jelas." }] });
  const { batchId } = await openBatch(admin);
  await attendAndClose(admin, batchId, [w.people.staff1.id, w.people.head.id, w.people.kabid.id]);
  for (const person of ["staff1", "head"] as const) { // two sheets sealed, waiting for a third
    const viewer = await w.viewer(w.users[person]);
    const invite = await db.reactionInvite.findFirstOrThrow({ where: { enrolment: { employeeId: w.people[person].id } } });
    const sheet = (await inviteSheet(viewer, invite.id))!;
    await executeCommand(submitReaction, viewer, { inviteId: invite.id, answers: Object.fromEntries(sheet.items.map((i) => [i.key, { rating: 4 }])) });
  }
  expect(await db.reactionSealed.count()).toBe(2);

  fs.mkdirSync(path.join(source, "files", "external", w.agencyA.id), { recursive: true });
  fs.writeFileSync(path.join(source, "files", "external", w.agencyA.id, "sertifikat-1.pdf"), randomBytes(40_000));
  fs.writeFileSync(path.join(source, "files", "external", w.agencyA.id, "sertifikat-2.pdf"), "%PDF-1.4 kecil");
  fs.writeFileSync(path.join(source, "sealing-key"), process.env.BANGKOM_SEALING_KEY!);
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  before = await snapshot(client);
  await client.end();
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe("backup and restore", () => {
  // About 10 s on a quiet two-core machine (two script runs, one initdb); the timeout leaves room for a busy one.
  it("round-trips the database, the files and the sealing key into an empty data folder", { timeout: 120_000 }, async () => {
    const backup = await run("node", ["scripts/backup.mjs", archive], { cwd: ROOT, env: scriptEnv({ BANGKOM_DATA_DIR: source }) });
    expect(backup.stdout).toContain("Cadangan ditulis");
    expect(fs.statSync(archive).mode & 0o777).toBe(0o600);

    const port = await freePort();
    const restore = await run("node", ["scripts/restore.mjs", archive], {
      cwd: ROOT,
      env: scriptEnv({ BANGKOM_DATA_DIR: target, BANGKOM_DB_PORT: String(port), DATABASE_URL: "" }),
    });
    expect(restore.stdout).toContain("Dipulihkan dan diperiksa");

    // Checked again here, independently of restore's own check against the manifest.
    const sourceFiles = fs.readdirSync(path.join(source, "files"), { recursive: true }).map(String).filter((f) => fs.statSync(path.join(source, "files", f)).isFile()).sort();
    expect(sourceFiles).toHaveLength(2);
    for (const file of sourceFiles) expect(sha256(path.join(target, "files", file)), file).toBe(sha256(path.join(source, "files", file)));
    expect(fs.readFileSync(path.join(target, "sealing-key"), "utf8")).toBe(process.env.BANGKOM_SEALING_KEY);

    const server = await startEmbeddedPostgres({ dataDir: path.join(target, "postgres"), port, log: () => {} });
    try {
      const client = new pg.Client({ connectionString: server.url("bangkom") });
      await client.connect();
      const after = await snapshot(client);
      expect(after.counts).toEqual(before.counts);
      expect(Object.values(after.counts).reduce((a, b) => a + b, 0)).toBeGreaterThan(50);
      for (const table of Object.keys(before.rows)) expect(after.rows[table], table).toEqual(before.rows[table]);
      // Sequences carried over: the next audit row does not collide with a restored one.
      const maxId = (await client.query(`SELECT max(id)::int AS id FROM "AuditLog"`)).rows[0].id;
      const next = (await client.query(`SELECT nextval(pg_get_serial_sequence('"AuditLog"', 'id'))::int AS id`)).rows[0].id;
      expect(next).toBeGreaterThan(maxId);
      // Triggers are back on after the load: the audit log is append-only again.
      await expect(client.query(`DELETE FROM "AuditLog"`)).rejects.toThrow();
      // The waiting sheets open with the restored key.
      for (const row of (await client.query(`SELECT answers FROM "ReactionSealed"`)).rows) expect(Array.isArray(unseal(row.answers))).toBe(true);
      await client.end();
    } finally {
      await server.stop();
    }

    const again = await run("node", ["scripts/restore.mjs", archive], {
      cwd: ROOT,
      env: scriptEnv({ BANGKOM_DATA_DIR: target, BANGKOM_DB_PORT: String(port), DATABASE_URL: "" }),
    }).then(() => null, (error: { code: number; stderr: string }) => error);
    expect(again?.code).toBe(1);
    expect(again?.stderr).toMatch(/tidak kosong \(postgres\/, files\/, sealing-key\).*--force/);
  });

  it("restores into an empty database given by DATABASE_URL, and refuses one that is not empty", async () => {
    const name = `restore_${randomBytes(4).toString("hex")}`;
    const adminUrl = process.env.BANGKOM_TEST_ADMIN_URL!;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE template0`);
    const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
    try {
      const restore = (dataDir: string) => run("node", ["scripts/restore.mjs", archive], { cwd: ROOT, env: scriptEnv({ BANGKOM_DATA_DIR: dataDir, DATABASE_URL: url }) });
      expect((await restore(path.join(work, "external-1"))).stdout).toContain("Dipulihkan dan diperiksa");
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      expect((await snapshot(client)).counts).toEqual(before.counts);
      await client.end();
      const refused = await restore(path.join(work, "external-2")).then(() => null, (error: { stderr: string }) => error);
      expect(refused?.stderr).toContain("Basis data tujuan tidak kosong");
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
