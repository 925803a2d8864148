// Each integration test file gets a fresh database cloned from the migrated template: isolated, fast,
// and against real PostgreSQL (no mocked Prisma). A file that carries DEMO_DATABASE_MARKER (scripts/lib/demo-
// database.mjs) is cloned from the demo instead: `npm test` seeds it once, as `npm start` does, for those files and the
// end-to-end tests.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { afterAll, expect, vi } from "vitest";
import pg from "pg";
import { DEMO_DATABASE_MARKER } from "../../scripts/lib/demo-database.mjs";

// Attendance and completion refuse sessions still to come on the agency's wall clock (`wallClock` of
// lib/time.ts). Test batches lie in 2030 and later, so here that clock reads the end of 2099 unless a test sets
// it (tests/integration/wall-clock.ts). Nothing else of lib/time.ts is touched.
vi.mock("@/lib/time", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/time")>();
  const testNow = () => (globalThis as { bangkomWallClock?: Date }).bangkomWallClock ?? new Date("2099-12-31T12:00:00+07:00");
  return { ...real, wallClock: (now?: Date, timeZone?: string) => real.wallClock(now ?? testNow(), timeZone) };
});

const adminUrl = process.env.BANGKOM_TEST_ADMIN_URL;
const wantsDemo = fs.readFileSync(expect.getState().testPath!, "utf8").includes(DEMO_DATABASE_MARKER);
const template = wantsDemo ? process.env.BANGKOM_TEST_DEMO_TEMPLATE : process.env.BANGKOM_TEST_TEMPLATE;
if (!adminUrl || !template) throw new Error("Run integration tests through `npm test` (it starts their database and seeds the demo).");

const name = `it_${randomBytes(6).toString("hex")}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
await admin.end();
process.env.DATABASE_URL = adminUrl.replace(/\/[^/]*$/, `/${name}`);
process.env.AUTH_SECRET ??= "bangkom-test-secret-not-for-production-000000";
process.env.BANGKOM_SEALING_KEY ??= Buffer.alloc(32, 7).toString("base64");

afterAll(async () => {
  const client = (globalThis as { bangkomPrisma?: { $disconnect(): Promise<void> } }).bangkomPrisma;
  await client?.$disconnect();
  const drop = new pg.Client({ connectionString: adminUrl });
  await drop.connect();
  await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await drop.end();
});
