// Bench: the admin ASN list and dashboard at 100,000 ASN, through the project's own queries, against a
// hand-written SQL baseline of the same result measured in the same run. Prints times and ratios.
// Run: npm run bench:employee-list   (starts its own PostgreSQL under the temp folder; takes about a minute)
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { ensureDatabase, startEmbeddedPostgres } from "../scripts/lib/embedded-db.mjs";
import { migrate } from "../scripts/lib/app-setup.mjs";

const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 100_000);
const UNITS = 40;
const ROUNDS = 30;

const server = await startEmbeddedPostgres({ dataDir: path.join(os.tmpdir(), "bangkom-bench", "postgres"), port: 54349, log: () => {} });
try {
  await ensureDatabase(server.url("postgres"), "bench");
  const url = server.url("bench");
  await migrate(url);
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-00";
  const sql = new pg.Client({ connectionString: url });
  sql.on("error", () => {}); // the server stopping at the end is not news
  await sql.connect();

  const { rows: existing } = await sql.query(`SELECT count(*)::int AS n FROM "Employee"`);
  if (existing[0].n !== EMPLOYEES) {
    console.log(`building ${EMPLOYEES} ASN in ${UNITS} units…`);
    // The ledger and audit log refuse TRUNCATE by trigger; a bench database may be emptied all the same.
    await sql.query(`SET session_replication_role = replica; TRUNCATE "Agency" CASCADE; SET session_replication_role = origin`);
    await sql.query(`
      INSERT INTO "Agency"(id, code, name, region, province) VALUES ('00000000-0000-7000-8000-000000000001', 'BENCH', 'Pemerintah Provinsi Bench', 'Bench', 'Bench');
      INSERT INTO "OrgUnit"(id, "agencyId", code, name, kind, path, depth)
        SELECT u.id, '00000000-0000-7000-8000-000000000001', 'U' || u.g, 'Dinas Nomor ' || u.g, 'OPD', '/' || u.id || '/', 0
        FROM (SELECT g, gen_random_uuid() AS id FROM generate_series(1, ${UNITS}) g) u;
      INSERT INTO "Position"(id, "agencyId", "unitId", name, type)
        SELECT gen_random_uuid(), "agencyId", id, 'Pengolah Data', 'PELAKSANA' FROM "OrgUnit";
      INSERT INTO "Employee"(id, "agencyId", nip, name, kind, gender, "birthDate", rank, "unitId", "positionId", "serviceStartDate", "updatedAt")
        SELECT gen_random_uuid(), p."agencyId",
               to_char(date '1970-01-01' + (g % 9000), 'YYYYMMDD') || '2005011' || lpad((g % 999 + 1)::text, 3, '0') || '',
               (ARRAY['Siti','Budi','Agus','Dewi','Rina','Bambang','Sri','Eko','Wahyu','Lestari'])[g % 10 + 1] || ' ' ||
               (ARRAY['Rahayu','Santoso','Wibowo','Kusuma','Nugroho','Hidayat','Saputra','Lestari'])[g % 8 + 1] || ' ' || g,
               CASE WHEN g % 7 = 0 THEN 'PPPK'::"EmployeeKind" ELSE 'PNS'::"EmployeeKind" END, 'F', date '1980-01-01', 'III/a',
               p."unitId", p.id, date '2005-01-01', now()
        FROM generate_series(1, ${EMPLOYEES}) g JOIN LATERAL (SELECT * FROM "Position" OFFSET (g % ${UNITS}) LIMIT 1) p ON true;
      INSERT INTO "User"(id, "agencyId", email, name, "passwordHash") VALUES
        ('00000000-0000-7000-8000-000000000002', '00000000-0000-7000-8000-000000000001', 'admin@bench', 'Admin', 'x');
      INSERT INTO "UserRole"(id, "agencyId", "userId", role) VALUES (gen_random_uuid(), '00000000-0000-7000-8000-000000000001', '00000000-0000-7000-8000-000000000002', 'ADMIN');
      ANALYZE;`.replace("|| lpad((g % 999 + 1)::text, 3, '0') || ''", "|| lpad((g % 999 + 1)::text, 3, '0')"));
  }

  const { loadViewer } = await import("../lib/auth/load-viewer");
  const { listEmployees } = await import("../lib/people/queries");
  const { headcountByOpd } = await import("../lib/org/queries");
  const viewer = (await loadViewer("00000000-0000-7000-8000-000000000002"))!;

  async function time(fn: () => Promise<unknown>): Promise<number> {
    for (let i = 0; i < 3; i++) await fn();
    const samples: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t = performance.now();
      await fn();
      samples.push(performance.now() - t);
    }
    return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
  }

  const agency = "00000000-0000-7000-8000-000000000001";
  const listSql = (where: string, params: unknown[], offset: number) => async () => {
    await sql.query(`SELECT count(*) FROM "Employee" e WHERE e."agencyId" = $1 ${where}`, [agency, ...params]);
    await sql.query(
      `SELECT e.id, e.nip, e.name, e."frontTitle", e."backTitle", e.kind, e.rank, u.id, u.name, p.name, p.type
       FROM "Employee" e JOIN "OrgUnit" u ON u.id = e."unitId" JOIN "Position" p ON p.id = e."positionId"
       WHERE e."agencyId" = $1 ${where} ORDER BY e.name, e.id LIMIT 25 OFFSET ${offset}`,
      [agency, ...params],
    );
  };
  // A deep page that exists at this size (page 2000 at 100,000 ASN), so both sides read the same rows.
  const deepPage = Math.min(2000, Math.ceil(EMPLOYEES / 25));
  await checkSameWork(deepPage);
  const cases: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
    ["list, first page", () => listEmployees(viewer, {}), listSql("", [], 0)],
    [`list, page ${deepPage}`, () => listEmployees(viewer, { page: deepPage }), listSql("", [], (deepPage - 1) * 25)],
    ["list, name search", () => listEmployees(viewer, { q: "santoso 77" }), listSql(`AND e.name ILIKE $2`, ["%santoso 77%"], 0)],
    ["list, PPPK filter", () => listEmployees(viewer, { kind: "PPPK" }), listSql(`AND e.kind = 'PPPK'`, [], 0)],
    ["dashboard headcount", () => headcountByOpd(viewer), () => sql.query(
      `WITH per_root AS (
         SELECT split_part(u.path, '/', 2)::uuid AS root, count(*) AS total,
                count(*) FILTER (WHERE e.kind = 'PNS') AS pns, count(*) FILTER (WHERE e.kind = 'PPPK') AS pppk
         FROM "Employee" e JOIN "OrgUnit" u ON u.id = e."unitId" WHERE e."agencyId" = $1 GROUP BY 1)
       SELECT r.id, r.name, coalesce(p.total, 0), coalesce(p.pns, 0), coalesce(p.pppk, 0)
       FROM "OrgUnit" r LEFT JOIN per_root p ON p.root = r.id WHERE r."agencyId" = $1 AND r.depth = 0 ORDER BY 3 DESC`, [agency])],
  ];
  /** Before timing: the project's code and the baseline return the same people, or the ratios mean nothing. */
  async function checkSameWork(page: number) {
    const ids = async (offset: number) =>
      (await sql.query(`SELECT e.id FROM "Employee" e WHERE e."agencyId" = $1 ORDER BY e.name, e.id LIMIT 25 OFFSET ${offset}`, [agency])).rows.map((r) => r.id as string);
    for (const n of [1, page]) {
      const ours = await listEmployees(viewer, { page: n });
      const theirs = await ids((n - 1) * 25);
      if (ours.total !== EMPLOYEES || !theirs.length || JSON.stringify(ours.rows.map((r) => r.id)) !== JSON.stringify(theirs)) {
        throw new Error(`bench/employee-list: page ${n} differs from the baseline (total ${ours.total} of ${EMPLOYEES}, ${ours.rows.length} rows against ${theirs.length})`);
      }
    }
    const counted = (await headcountByOpd(viewer)).reduce((sum, opd) => sum + Number(opd.total), 0);
    if (counted !== EMPLOYEES) throw new Error(`bench/employee-list: the dashboard counts ${counted} ASN, not ${EMPLOYEES}`);
    console.log(`same rows both ways: pages 1 and ${page}, and ${counted} ASN on the dashboard`);
  }

  console.log(`\n${EMPLOYEES} ASN, median of ${ROUNDS} runs\n`);
  console.log("case                    bangkom ms   baseline ms   ratio");
  for (const [name, ours, baseline] of cases) {
    const a = await time(ours);
    const b = await time(baseline);
    console.log(`${name.padEnd(22)} ${a.toFixed(1).padStart(10)} ${b.toFixed(1).padStart(13)} ${(a / b).toFixed(2).padStart(7)}`);
  }
  await sql.end();
  const { db } = await import("../lib/db");
  await db.$disconnect();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await server.stop();
}
