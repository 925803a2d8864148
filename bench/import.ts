// Bench: 50,000 SIASN rows through the import pipeline (upload → check → apply, exactly what an admin's import
// runs) against PostgreSQL COPY of the same 50,000 employees, measured in the same run. Prints the times and the
// ratios (COPY's time ÷ the pipeline's: the share of COPY's speed the pipeline reaches). Fails when the rows did
// not land. Run: npm run bench:import   (starts its own PostgreSQL under the temp folder; BENCH_ROWS, BENCH_ROUNDS)
// The machine is shared and one run varies by a fifth: BENCH_ROUNDS (3) rounds, each a new agency and file through
// the pipeline and then both COPYs of its rows, and the verdict on the median round.
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
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const PORT = Number(process.env.BENCH_DB_PORT ?? 54352);
const agencyOf = (round: number) => `00000000-0000-7000-8000-0000000000${(0xa1 + 2 * round).toString(16)}`;
const adminOf = (round: number) => `00000000-0000-7000-8000-0000000000${(0xa2 + 2 * round).toString(16)}`;

const work = path.join(os.tmpdir(), "bangkom-bench-import");
fs.mkdirSync(work, { recursive: true, mode: 0o755 });
fs.chmodSync(work, 0o755);
const server = await startEmbeddedPostgres({ dataDir: path.join(work, "postgres"), port: PORT, log: () => {} });
const admin = new pg.Client({ connectionString: server.url("postgres") });
try {
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS bench_import WITH (FORCE)`);
  await admin.query(`DROP DATABASE IF EXISTS bench_import_empty WITH (FORCE)`);
  await ensureDatabase(server.url("postgres"), "bench_import");
  const url = server.url("bench_import");
  await migrate(url);
  await admin.query(`CREATE DATABASE bench_import_empty TEMPLATE bench_import`); // the same migrations, nothing else: each round's twin
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-00";
  const sql = new pg.Client({ connectionString: url });
  sql.on("error", () => {});
  await sql.connect();
  const { executeCommand } = await import("../lib/action");
  const { loadViewer } = await import("../lib/auth/load-viewer");
  const { checkImportRun } = await import("../lib/import/check");
  const { applyImport, startImport } = await import("../lib/import/commands");

  type Round = { check: number; apply: number; pipeline: number; copy: number; bare: number };
  const rounds: Round[] = [];
  const rate = (ms: number) => `${ms.toFixed(0)} ms (${Math.round(ROWS / (ms / 1000))} rows/s)`;
  for (let round = 0; round < ROUNDS; round++) {
    const AGENCY = agencyOf(round);
    const ADMIN = adminOf(round);
    await sql.query(`
      INSERT INTO "Agency"(id, code, name, region, province) VALUES ('${AGENCY}', 'BENCHIMPOR${round}', 'Pemerintah Provinsi Bench ${round}', 'Bench', 'Bench');
      INSERT INTO "User"(id, "agencyId", email, name, "passwordHash") VALUES ('${ADMIN}', '${AGENCY}', 'admin${round}@bench', 'Admin', 'x');
      INSERT INTO "UserRole"(id, "agencyId", "userId", role) VALUES (gen_random_uuid(), '${AGENCY}', '${ADMIN}', 'ADMIN');`);
    const csv = siasnCsv(siasnRows(ROWS, 9 + round)); // other NIPs each round: a NIP is unique nationally
    if (round === 0) console.log(`${ROWS} SIASN rows, ${(csv.length / 1024 / 1024).toFixed(1)} MB of CSV, ${ROUNDS} rounds`);
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
    if (round === 0) console.log(`apply's progress in round 1 (reading 0–30%, planning 30–40%, writing 40–100%):\n${stages.join("\n")}`);
    const landed = (await sql.query(`SELECT count(*)::int AS n FROM "Employee" WHERE "agencyId" = $1`, [AGENCY])).rows[0].n as number;
    if (counts.creates !== ROWS || landed !== ROWS) throw new Error(`bench/import: ${landed} employees landed (plan: ${JSON.stringify(counts)}), not ${ROWS}`);

    // The same employees through COPY from a file the server reads: into the twin's "Employee", whose agency,
    // units and positions are copied first (not timed), and into a bare table shaped like "Employee".
    const employees = (await sql.query(`SELECT * FROM "Employee" WHERE "agencyId" = $1`, [AGENCY])).rows as Record<string, unknown>[];
    const columns = Object.keys(employees[0]!);
    const text = (v: unknown) => (v === null ? "\\N" : v instanceof Date ? v.toISOString() : String(v).replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!));
    const file = path.join(work, "employees.tsv");
    fs.writeFileSync(file, employees.map((e) => columns.map((c) => text(e[c])).join("\t")).join("\n") + "\n");
    fs.chmodSync(file, 0o644);
    const columnList = columns.map((c) => `"${c}"`).join(", ");

    await admin.query(`DROP DATABASE IF EXISTS bench_import_twin WITH (FORCE)`);
    await admin.query(`CREATE DATABASE bench_import_twin TEMPLATE bench_import_empty`);
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
    await admin.query(`DROP DATABASE bench_import_twin WITH (FORCE)`);

    await sql.query(`DROP TABLE IF EXISTS bench_employee; CREATE TABLE bench_employee (LIKE "Employee" INCLUDING ALL)`);
    const t5 = performance.now();
    await sql.query(`COPY bench_employee (${columnList}) FROM '${file}'`);
    const t6 = performance.now();
    const copied = (await sql.query(`SELECT count(*)::int AS n FROM bench_employee`)).rows[0].n as number;
    if (copied !== ROWS) throw new Error(`bench/import: COPY landed ${copied} rows, not ${ROWS}`);
    await sql.query(`DROP TABLE bench_employee`);

    const r: Round = { check: t1 - t0, apply: t2 - t1, pipeline: t2 - t0, copy: t4 - t3, bare: t6 - t5 };
    rounds.push(r);
    console.log(`round ${round + 1}: pipeline ${rate(r.pipeline)} (check ${r.check.toFixed(0)} + apply ${r.apply.toFixed(0)}), COPY into "Employee" ${r.copy.toFixed(0)} ms, into a bare table ${r.bare.toFixed(0)} ms: ${((r.copy / r.pipeline) * 100).toFixed(1)}%`);
  }

  const median = [...rounds].sort((a, b) => a.copy / a.pipeline - b.copy / b.pipeline)[Math.floor(rounds.length / 2)]!;
  const share = (ms: number) => `${((ms / median.pipeline) * 100).toFixed(1)}%`;
  console.log(`\nthe median round (by ratio):`);
  console.log(`pipeline:                 check ${median.check.toFixed(0)} ms + apply ${median.apply.toFixed(0)} ms = ${rate(median.pipeline)}`);
  console.log(`COPY into "Employee":     ${rate(median.copy)}   its keys, checks and first-assignment trigger`);
  console.log(`COPY into a bare table:   ${rate(median.bare)}   same columns, indexes and checks; no keys, no trigger`);
  console.log(`ratio:    ${share(median.copy)} of COPY's speed into "Employee" (goal ≥ 25%: ${median.copy / median.pipeline >= 0.25 ? "met" : "MISSED"}); ${share(median.bare)} of the bare table's`);
  await sql.end();
  const { db } = await import("../lib/db");
  await db.$disconnect();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await admin.end().catch(() => {});
  await server.stop();
}
