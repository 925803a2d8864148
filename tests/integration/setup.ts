// Each integration test file gets a fresh database cloned from the migrated template: isolated, fast,
// and against real PostgreSQL (no mocked Prisma).
import { randomBytes } from "node:crypto";
import { afterAll } from "vitest";
import pg from "pg";

const adminUrl = process.env.BANGKOM_TEST_ADMIN_URL;
const template = process.env.BANGKOM_TEST_TEMPLATE;
if (!adminUrl || !template) throw new Error("Run integration tests through `npm test` (it starts their database).");

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
