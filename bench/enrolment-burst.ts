// Bench: 500 concurrent self-registrations through the real server (next start, server action, Auth.js
// session), against a pgbench-style baseline: the same reads and writes as raw SQL transactions over a pool of
// the same size, measured in the same run. Prints throughput and the ratio. Then the no-overbooking integration
// test with all five rounds of its 200-enrolment burst (`npm test` runs one round, to stay fast).
// Run: npm run bench:enrolment-burst   (builds if needed; its own PostgreSQL and server; a minute or two)
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { ensureBuild, migrate, seed } from "../scripts/lib/app-setup.mjs";
import { ensureDatabase, startEmbeddedPostgres } from "../scripts/lib/embedded-db.mjs";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const PORT = 3210;
const SECRET = "bench-secret-bench-secret-bench-secret-00";
const root = path.resolve(import.meta.dirname, "..");

function actionId(file: string, pattern: RegExp): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"));
  const hit = Object.entries(manifest.node as Record<string, { filename: string; exportedName: string }>).find(
    ([, v]) => v.filename === file && pattern.test(v.exportedName),
  );
  if (!hit) throw new Error(`no server action matching ${pattern} in ${file}`);
  return hit[0];
}

const server = await startEmbeddedPostgres({ dataDir: path.join(os.tmpdir(), "bangkom-bench-burst", "postgres"), port: 54359, log: () => {} });
let web: ReturnType<typeof spawn> | null = null;
try {
  const admin = new pg.Client({ connectionString: server.url("postgres") });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS burst WITH (FORCE)");
  await admin.end();
  await ensureDatabase(server.url("postgres"), "burst");
  const url = server.url("burst");
  await migrate(url);
  await seed(url);
  await ensureBuild({ log: console.log });
  const sql = new pg.Pool({ connectionString: url, max: 10 });
  sql.on("error", () => {}); // idle clients cut off when the server stops at the end: not the news

  // Enough ASN with accounts: copy seeded people under fresh NIPs until there are REQUESTS of them.
  await sql.query(`
    INSERT INTO "Employee"(id, "agencyId", nip, name, kind, gender, "birthDate", rank, "unitId", "positionId", "supervisorId", "serviceStartDate", "updatedAt")
    SELECT gen_random_uuid(), e."agencyId", to_char(date '1985-01-01' + g, 'YYYYMMDD') || '201003' || '1' || lpad((g % 900 + 1)::text, 3, '0'),
           e.name || ' ' || g, e.kind, 'M', date '1985-01-01' + g, e.rank, e."unitId", e."positionId", e."supervisorId", e."serviceStartDate", now()
    FROM generate_series(1, $1::int) g JOIN LATERAL (SELECT * FROM "Employee" OFFSET (g % 300) LIMIT 1) e ON true`, [REQUESTS]);
  await sql.query(`
    INSERT INTO "User"(id, "agencyId", "employeeId", name, "passwordHash")
    SELECT gen_random_uuid(), e."agencyId", e.id, e.name, 'x' FROM "Employee" e WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u."employeeId" = e.id)`);
  await sql.query(`INSERT INTO "UserRole"(id, "agencyId", "userId", role) SELECT gen_random_uuid(), u."agencyId", u.id, 'ASN' FROM "User" u WHERE NOT EXISTS (SELECT 1 FROM "UserRole" r WHERE r."userId" = u.id)`);

  const { rows: batches } = await sql.query(`SELECT id::text FROM "Batch" WHERE status = 'OPEN' ORDER BY "startDate" LIMIT 2`);
  const [serverBatch, sqlBatch] = [batches[0]!.id as string, batches[1]!.id as string];
  const { rows: people } = await sql.query(
    `SELECT u.id::text AS "userId", e.id::text AS "employeeId", e."agencyId"::text AS "agencyId", e."supervisorId"::text AS "supervisorId"
     FROM "User" u JOIN "Employee" e ON e.id = u."employeeId"
     WHERE NOT EXISTS (SELECT 1 FROM "Enrolment" x WHERE x."employeeId" = e.id) ORDER BY e.nip DESC LIMIT $1`, [REQUESTS]);
  if (people.length < REQUESTS) throw new Error(`only ${people.length} people available`);

  web = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(PORT)], {
    cwd: root, env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: SECRET, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore",
  });
  for (let i = 0; i < 200; i++) {
    if ((await fetch(`http://127.0.0.1:${PORT}/api/health`).catch(() => null))?.ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }

  const cookies = await Promise.all(people.map(async (p) =>
    `authjs.session-token=${await encode({ token: { sub: p.userId, uid: p.userId, roles: ["ASN"] }, secret: SECRET, salt: "authjs.session-token" })}`));
  const id = actionId("lib/enrolment/actions.ts", /^register/i);
  const post = (cookie: string) => fetch(`http://127.0.0.1:${PORT}/pelatihan`, {
    method: "POST",
    headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Cookie: cookie, Origin: `http://127.0.0.1:${PORT}` },
    body: JSON.stringify([{ ok: false }, { batchId: serverBatch }]),
  }).then((r) => r.text());
  await post(cookies[0]!); // warm up the route (its registration is then counted as already there)

  const countIn = async (batchId: string) => (await sql.query(`SELECT count(*)::int AS n FROM "Enrolment" WHERE "batchId" = $1`, [batchId])).rows[0].n as number;
  const before = await countIn(serverBatch);
  let t = performance.now();
  await Promise.all(cookies.slice(1).map(post));
  const serverSeconds = (performance.now() - t) / 1000;
  const made = (await countIn(serverBatch)) - before;

  // Baseline: the registration's reads and writes as raw SQL, one transaction each, same pool size.
  t = performance.now();
  await Promise.all(people.slice(1).map(async (p) => {
    const c = await sql.connect();
    try {
      await c.query("BEGIN");
      await c.query(`SELECT b.*, p."eligibleTypes" FROM "Batch" b JOIN "Program" p ON p.id = b."programId" WHERE b.id = $1`, [sqlBatch]);
      await c.query(`SELECT e.*, u.path, po.type FROM "Employee" e JOIN "OrgUnit" u ON u.id = e."unitId" JOIN "Position" po ON po.id = e."positionId" WHERE e.id = $1`, [p.employeeId]);
      await c.query(`SELECT id FROM "Enrolment" WHERE "batchId" = $1 AND "employeeId" = $2`, [sqlBatch, p.employeeId]);
      await c.query(`SELECT b."startDate", b."endDate" FROM "Enrolment" e JOIN "Batch" b ON b.id = e."batchId" WHERE e."employeeId" = $1 AND e.status = 'CONFIRMED'`, [p.employeeId]);
      const { rows: [e] } = await c.query(
        `INSERT INTO "Enrolment"(id, "agencyId", "batchId", "employeeId", status, origin, "requestedById", "supervisorId", "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, $3, 'PENDING_SUPERVISOR', 'SELF', $4, $5, now()) RETURNING id`,
        [p.agencyId, sqlBatch, p.employeeId, p.userId, p.supervisorId]);
      await c.query(`INSERT INTO "AuditLog"("agencyId", "actorUserId", action, entity, "entityId", after) VALUES ($1, $2, 'register', 'Enrolment', $3, '{}')`, [p.agencyId, p.userId, e.id]);
      await c.query(`INSERT INTO "Notification"(id, "agencyId", "userId", kind, params) SELECT gen_random_uuid(), $1, u.id, 'registrationAwaitingSupervisor', '{}' FROM "User" u WHERE u."employeeId" = $2`, [p.agencyId, p.supervisorId]);
      await c.query("COMMIT");
    } catch (error) {
      await c.query("ROLLBACK");
      throw error;
    } finally {
      c.release();
    }
  }));
  const sqlSeconds = (performance.now() - t) / 1000;
  const n = REQUESTS - 1;
  // A refused registration is cheap: a ratio over refusals would measure nothing. Fail unless every one was made.
  if (made !== n) throw new Error(`bench/enrolment-burst: the server created ${made} of ${n} registrations; nothing comparable was measured`);
  console.log(`\n${n} concurrent registrations (plus one warm-up)`);
  console.log(`server (HTTP, Auth.js session, server action): ${made} created, ${(n / serverSeconds).toFixed(0)} req/s, ${serverSeconds.toFixed(2)} s`);
  console.log(`raw SQL baseline (same statements, pool of 10):  ${(n / sqlSeconds).toFixed(0)} tx/s, ${sqlSeconds.toFixed(2)} s`);
  console.log(`ratio server time / baseline time: ${(serverSeconds / sqlSeconds).toFixed(2)}`);
  await sql.end();
} finally {
  web?.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  await server.stop();
}

// The burst test's rounds (tests/integration/no-overbooking.test.ts): five here, one in `npm test`.
const rounds = process.env.BANGKOM_BURST_ROUNDS ?? "5";
console.log(`\nno-overbooking burst test, ${rounds} rounds of 200 concurrent enrolments into 30 seats:`);
const roundsStarted = performance.now();
const code = await new Promise<number | null>((resolve) =>
  spawn(process.execPath, [path.join(root, "scripts/test.mjs"), "integration", "tests/integration/no-overbooking.test.ts"], {
    cwd: root, env: { ...process.env, BANGKOM_BURST_ROUNDS: rounds }, stdio: "inherit",
  }).on("exit", resolve));
if (code !== 0) throw new Error(`the no-overbooking test failed (exit ${code})`);
console.log(`${rounds} rounds passed in ${((performance.now() - roundsStarted) / 1000).toFixed(1)} s`);
