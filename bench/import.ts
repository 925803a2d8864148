// Bench: 50,000 SIASN rows through the import pipeline (upload → check → apply, exactly what an admin's import
// runs) against PostgreSQL COPY of the same 50,000 employees, measured in the same run. Prints the times and the
// ratios (COPY's time ÷ the pipeline's: the share of COPY's speed the pipeline reaches). Fails when the rows did
// not land. Run: npm run bench:import   (starts its own PostgreSQL under the temp folder)
//
// Two COPYs (decision 0041):
//   - the baseline of issue 13's goal (at least 25%): COPY into "Employee" itself, in a twin database made from
//     the same migrations and holding the same units and positions. It pays what the rows cost where they belong:
//     the composite foreign keys of tenancy and the trigger that opens each employee's first assignment;
//   - for reference, COPY into a bare table shaped like "Employee" (same columns, indexes and checks; no keys,
//     no trigger): the cost of the bytes alone, which the schema's own rules already exceed several times.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { ensureDatabase, startEmbeddedPostgres } from "../scripts/lib/embedded-db.mjs";
import { migrate } from "../scripts/lib/app-setup.mjs";
import { siasnCsv, siasnRows } from "../tests/factories/siasn-export";

const ROWS = Number(process.env.BENCH_ROWS ?? 50_000);
const PORT = Number(process.env.BENCH_DB_PORT ?? 54352);
const AGENCY = "00000000-0000-7000-8000-0000000000a1";
const ADMIN = "00000000-0000-7000-8000-0000000000a2";

const work = path.join(os.tmpdir(), "bangkom-bench-import");
fs.mkdirSync(work, { recursive: true, mode: 0o755 });
fs.chmodSync(work, 0o755);
const server = await startEmbeddedPostgres({ dataDir: path.join(work, "postgres"), port: PORT, log: () => {} });
try {
  const admin = new pg.Client({ connectionString: server.url("postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS bench_import WITH (FORCE)`);
  await admin.end();
  await ensureDatabase(server.url("postgres"), "bench_import");
  const url = server.url("bench_import");
  await migrate(url);
  const twinAdmin = new pg.Client({ connectionString: server.url("postgres") });
  await twinAdmin.connect();
  await twinAdmin.query(`DROP DATABASE IF EXISTS bench_import_twin WITH (FORCE)`);
  await twinAdmin.query(`CREATE DATABASE bench_import_twin TEMPLATE bench_import`); // the same migrations, nothing else yet
  await twinAdmin.end();
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-00";
  const sql = new pg.Client({ connectionString: url });
  sql.on("error", () => {});
  await sql.connect();
  await sql.query(`
    INSERT INTO "Agency"(id, code, name, region, province) VALUES ('${AGENCY}', 'BENCHIMPOR', 'Pemerintah Provinsi Bench', 'Bench', 'Bench');
    INSERT INTO "User"(id, "agencyId", email, name, "passwordHash") VALUES ('${ADMIN}', '${AGENCY}', 'admin@bench', 'Admin', 'x');
    INSERT INTO "UserRole"(id, "agencyId", "userId", role) VALUES (gen_random_uuid(), '${AGENCY}', '${ADMIN}', 'ADMIN');`);

  const rows = siasnRows(ROWS, 9);
  const csv = siasnCsv(rows);
  console.log(`${ROWS} SIASN rows, ${(csv.length / 1024 / 1024).toFixed(1)} MB of CSV`);

  const { executeCommand } = await import("../lib/action");
  const { loadViewer } = await import("../lib/auth/load-viewer");
  const { checkImportRun } = await import("../lib/import/check");
  const { applyImport, startImport } = await import("../lib/import/commands");
  const viewer = (await loadViewer(ADMIN))!;

  const t0 = performance.now();
  const { runId } = await executeCommand(startImport, viewer, { kind: "asn", file: new File([csv], "ekspor-siasn.csv") });
  await checkImportRun(AGENCY, runId); // what the job queue's worker runs for a file this size
  const t1 = performance.now();
  // The apply's stages, seen the way a page sees them: its progress, polled from another connection.
  const stages: string[] = [];
  let polling = true;
  const poll = (async () => {
    let last = -1;
    while (polling) {
      const done = (await sql.query(`SELECT "progressDone" AS d FROM "ImportRun" WHERE id = $1`, [runId])).rows[0]?.d as number;
      if (done !== last) stages.push(`${(performance.now() - t1).toFixed(0).padStart(7)} ms  ${((done / ROWS) * 100).toFixed(0).padStart(3)}%`);
      last = done;
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const counts = await executeCommand(applyImport, viewer, { runId }); // likewise
  const t2 = performance.now();
  polling = false;
  await poll;
  console.log(`apply's progress (reading ${"0–30%"}, planning 30–40%, writing 40–100%):\n${stages.join("\n")}`);
  const landed = (await sql.query(`SELECT count(*)::int AS n FROM "Employee" WHERE "agencyId" = $1`, [AGENCY])).rows[0].n as number;
  if (counts.creates !== ROWS || landed !== ROWS) throw new Error(`bench/import: ${landed} employees landed (plan: ${JSON.stringify(counts)}), not ${ROWS}`);

  // The same employees through COPY from a file the server reads: into the twin's "Employee", whose agency, units
  // and positions are copied first (not timed), and into a bare table shaped like "Employee".
  const employees = (await sql.query(`SELECT * FROM "Employee" WHERE "agencyId" = $1`, [AGENCY])).rows as Record<string, unknown>[];
  const columns = Object.keys(employees[0]!);
  const text = (v: unknown) => (v === null ? "\\N" : v instanceof Date ? v.toISOString() : String(v).replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!));
  const file = path.join(work, "employees.tsv");
  fs.writeFileSync(file, employees.map((e) => columns.map((c) => text(e[c])).join("\t")).join("\n") + "\n");
  fs.chmodSync(file, 0o644);
  const columnList = columns.map((c) => `"${c}"`).join(", ");

  const twin = new pg.Client({ connectionString: server.url("bench_import_twin") });
  await twin.connect();
  for (const table of ["Agency", "OrgUnit", "Position"]) {
    const { rows: [{ list }] } = await sql.query(`SELECT json_agg(t)::text AS list FROM "${table}" t WHERE ${table === "Agency" ? "id" : `"agencyId"`} = $1`, [AGENCY]);
    await twin.query(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(null::"${table}", $1::json)`, [list]);
  }
  await twin.query(`ANALYZE`);
  const t3 = performance.now();
  await twin.query(`COPY "Employee" (${columnList}) FROM '${file}'`);
  const t4 = performance.now();
  const twinCounts = (await twin.query(`SELECT (SELECT count(*) FROM "Employee")::int AS e, (SELECT count(*) FROM "EmployeeAssignment")::int AS a`)).rows[0] as { e: number; a: number };
  if (twinCounts.e !== ROWS || twinCounts.a !== ROWS) throw new Error(`bench/import: COPY into Employee landed ${twinCounts.e} employees and ${twinCounts.a} assignments, not ${ROWS}`);
  await twin.end();

  await sql.query(`DROP TABLE IF EXISTS bench_employee; CREATE TABLE bench_employee (LIKE "Employee" INCLUDING ALL)`);
  const t5 = performance.now();
  await sql.query(`COPY bench_employee (${columnList}) FROM '${file}'`);
  const t6 = performance.now();
  const copied = (await sql.query(`SELECT count(*)::int AS n FROM bench_employee`)).rows[0].n as number;
  if (copied !== ROWS) throw new Error(`bench/import: COPY landed ${copied} rows, not ${ROWS}`);

  const pipeline = t2 - t0;
  const copy = t4 - t3;
  const bare = t6 - t5;
  const rate = (ms: number) => `${ms.toFixed(0)} ms (${Math.round(ROWS / (ms / 1000))} rows/s)`;
  const share = (ms: number) => `${((ms / pipeline) * 100).toFixed(1)}%`;
  console.log(`pipeline:                 check ${(t1 - t0).toFixed(0)} ms + apply ${(t2 - t1).toFixed(0)} ms = ${rate(pipeline)}`);
  console.log(`COPY into "Employee":     ${rate(copy)}   its keys, checks and first-assignment trigger`);
  console.log(`COPY into a bare table:   ${rate(bare)}   same columns, indexes and checks; no keys, no trigger`);
  console.log(`ratio:    ${share(copy)} of COPY's speed into "Employee" (goal ≥ 25%: ${copy / pipeline >= 0.25 ? "met" : "MISSED"}); ${share(bare)} of the bare table's`);
  await sql.end();
  const { db } = await import("../lib/db");
  await db.$disconnect();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await server.stop();
}
