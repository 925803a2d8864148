#!/usr/bin/env node
// `npm test [static|unit|integration|e2e ...]`: the whole suite by default (static = typecheck + lint).
// Integration and e2e tests get their own PostgreSQL under the system temp folder, never the demo data;
// set BANGKOM_TEST_ADMIN_URL (a superuser URL of another server) to use that server instead.
import fs from "node:fs";
import path from "node:path";
import { ensureBuild, ensurePrismaClient, migrate, seed } from "./lib/app-setup.mjs";
import { ensureDatabase, startEmbeddedPostgres } from "./lib/embedded-db.mjs";
import { bin, TEST_DB_PORT, TEST_DIR } from "./lib/paths.mjs";
import { run } from "./lib/run.mjs";
import { checkSchemaDrift } from "./check-schema-drift.mjs";

const ALL = ["static", "unit", "integration", "e2e"];
const selected = process.argv.slice(2).filter((a) => ALL.includes(a));
const suites = selected.length ? selected : ALL;
const extraArgs = process.argv.slice(2).filter((a) => !ALL.includes(a));
const log = (message) => console.log(`\n[test] ${message}`);
const TEST_SECRET = "bangkom-test-secret-not-for-production-000000";
const TEMPLATE = "bangkom_template";

let server = null;
async function stopServer() {
  await server?.stop();
  server = null;
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stopServer().finally(() => process.exit(130)));

async function testServer() {
  if (process.env.BANGKOM_TEST_ADMIN_URL) {
    const base = process.env.BANGKOM_TEST_ADMIN_URL.replace(/\/[^/]*$/, "");
    return { url: (db) => `${base}/${db}`, stop: async () => {} };
  }
  fs.rmSync(TEST_DIR, { recursive: true, force: true });
  fs.mkdirSync(TEST_DIR, { recursive: true, mode: 0o755 });
  return startEmbeddedPostgres({ dataDir: path.join(TEST_DIR, "postgres"), port: TEST_DB_PORT, log: () => {} });
}

async function recreate(name, template) {
  const admin = server.url("postgres");
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  await client.end();
  await ensureDatabase(admin, name, { template });
  return server.url(name);
}

try {
  await ensurePrismaClient();
  if (suites.includes("static")) {
    log("Type check and lint");
    await run(bin("tsc"), ["--noEmit"]);
    await run(bin("eslint"), ["--max-warnings=0", "."]);
  }
  if (suites.includes("unit")) {
    log("Unit tests");
    await run(bin("vitest"), ["run", "--project", "unit", ...extraArgs]);
  }
  if (suites.includes("integration") || suites.includes("e2e")) {
    log("Starting a PostgreSQL for tests");
    server = await testServer();
    const templateUrl = await recreate(TEMPLATE);
    await migrate(templateUrl);
    log("schema.prisma against the migrations (drift check)");
    await checkSchemaDrift(server.url("postgres"));
    const env = { BANGKOM_TEST_ADMIN_URL: server.url("postgres"), BANGKOM_TEST_TEMPLATE: TEMPLATE, AUTH_SECRET: TEST_SECRET };

    if (suites.includes("integration")) {
      log("Integration tests (real PostgreSQL)");
      await run(bin("vitest"), ["run", "--project", "integration", ...extraArgs], { env });
    }
    if (suites.includes("e2e")) {
      log("End-to-end tests (Chromium)");
      const e2eUrl = await recreate("bangkom_e2e", TEMPLATE);
      await seed(e2eUrl);
      await ensureBuild({ log });
      await run(bin("playwright"), ["test", ...extraArgs], { env: { ...env, DATABASE_URL: e2eUrl } });
    }
  }
  await stopServer();
  log(`Passed: ${suites.join(", ")}`);
} catch (error) {
  await stopServer();
  console.error(`\n[test] FAILED: ${error.message.split("\n")[0]}`);
  process.exit(1);
}
