#!/usr/bin/env node
// `npm test [static|unit|integration|e2e ...]`: the whole suite by default (static = typecheck + lint).
// Integration and e2e tests get their own PostgreSQL under the system temp folder, never the demo data;
// set BANGKOM_TEST_ADMIN_URL (a superuser URL of another server) to use that server instead.
import fs from "node:fs";
import path from "node:path";
import { ensureBuild, ensurePrismaClient, migrate, seed } from "./lib/app-setup.mjs";
import { ensureDatabase, portIsFree, startEmbeddedPostgres } from "./lib/embedded-db.mjs";
import { bin, TEST_DB_PORT, TEST_DIR } from "./lib/paths.mjs";
import { run } from "./lib/run.mjs";
import { checkSchemaDrift } from "./check-schema-drift.mjs";
import { parallel, stage, stageTable } from "./lib/stages.mjs";
import { DEMO_DATABASE_MARKER } from "./lib/demo-database.mjs";

const ALL = ["static", "unit", "integration", "e2e"];
const selected = process.argv.slice(2).filter((a) => ALL.includes(a));
const suites = selected.length ? selected : ALL;
const extraArgs = process.argv.slice(2).filter((a) => !ALL.includes(a));
const log = (message) => console.log(`\n[test] ${message}`);
const TEST_SECRET = "bangkom-test-secret-not-for-production-000000";
const TEST_SEALING_KEY = Buffer.alloc(32, 7).toString("base64"); // a fixed key: tests may seal in one process and open in another
const TEMPLATE = "bangkom_template";
const DEMO_TEMPLATE = "bangkom_demo_template";

/** Whether an integration file to be run (all, or those the command line names) asks for the demo database. */
function integrationFilesWantDemo(args) {
  const dir = path.join("tests", "integration");
  const filters = args.filter((a) => !a.startsWith("-"));
  return fs.readdirSync(dir).filter((f) => f.endsWith(".test.ts")).map((f) => path.join(dir, f))
    .filter((file) => !filters.length || filters.some((filter) => file.includes(filter)))
    .some((file) => fs.readFileSync(file, "utf8").includes(DEMO_DATABASE_MARKER));
}

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
  // The folder belongs to the PostgreSQL on TEST_DB_PORT. If that port is taken, another `npm test` may be running
  // on this folder: clearing it would take the files from under its database.
  if (!(await portIsFree(TEST_DB_PORT))) {
    throw new Error(`Port ${TEST_DB_PORT} di 127.0.0.1 sudah dipakai (mungkin oleh \`npm test\` lain yang sedang berjalan). Jalankan di port lain: BANGKOM_TEST_DB_PORT=<port> npm test`);
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
  await stage("prisma client", ensurePrismaClient);
  const needsDatabase = suites.includes("integration") || suites.includes("e2e");
  if (needsDatabase) {
    log("Starting a PostgreSQL for tests");
    await stage("test database", async () => {
      server = await testServer();
      await migrate(await recreate(TEMPLATE));
    });
    await stage("schema drift check", () => checkSchemaDrift(server.url("postgres")));
  }

  // Type check, lint, the unit tests and the demo's seed side by side: the first two are single-threaded, and on
  // two cores the four take little longer than the slowest. The static checks' output is shown only when one fails.
  const first = {};
  if (suites.includes("static")) {
    first["static: typecheck"] = () => run(bin("tsc"), ["--noEmit"], { quiet: true });
    first["static: lint"] = () => run(bin("eslint"), ["--max-warnings=0", "."], { quiet: true });
  }
  if (suites.includes("unit")) first.unit = () => run(bin("vitest"), ["run", "--project", "unit", ...extraArgs]);
  // The demo, seeded once as `npm start` seeds it: the end-to-end tests and the integration files that ask for it
  // (scripts/lib/demo-database.mjs) start from clones of it.
  if (suites.includes("e2e") || (suites.includes("integration") && integrationFilesWantDemo(extraArgs))) {
    first["demo database"] = async () => seed(await recreate(DEMO_TEMPLATE, TEMPLATE), { env: { BANGKOM_SEALING_KEY: TEST_SEALING_KEY } });
  }
  const firstStages = Object.entries(first);
  if (firstStages.length > 1) {
    log(`Side by side: ${firstStages.map(([name]) => name).join(", ")}`);
    const group = [...new Set(firstStages.map(([name]) => name.replace(/^static: .*/, "static")))].join(" + ");
    await parallel(group, first);
  } else if (firstStages.length) {
    await stage(...firstStages[0]);
  }

  if (needsDatabase) {
    const env = {
      BANGKOM_TEST_ADMIN_URL: server.url("postgres"), BANGKOM_TEST_TEMPLATE: TEMPLATE, BANGKOM_TEST_DEMO_TEMPLATE: DEMO_TEMPLATE,
      AUTH_SECRET: TEST_SECRET, BANGKOM_SEALING_KEY: TEST_SEALING_KEY,
    };
    const integration = () => run(bin("vitest"), ["run", "--project", "integration", ...extraArgs], { env });
    let e2eUrl = null;
    const prepareE2e = async () => {
      e2eUrl = await stage("e2e: database", () => recreate("bangkom_e2e", DEMO_TEMPLATE));
      // The static stage has type-checked these sources already, so the build need not again.
      await stage("e2e: build", () => ensureBuild({ log, typesChecked: suites.includes("static") }));
    };
    if (suites.includes("integration") && suites.includes("e2e")) {
      // The app's build goes beside the integration tests, which spend much of their time waiting on PostgreSQL.
      log("Integration tests (real PostgreSQL), with the end-to-end tests' build beside them");
      await parallel("integration + e2e build", { integration, "e2e: database and build": prepareE2e });
    } else if (suites.includes("integration")) {
      log("Integration tests (real PostgreSQL)");
      await stage("integration", integration);
    } else if (suites.includes("e2e")) {
      await prepareE2e();
    }
    if (suites.includes("e2e")) {
      log("End-to-end tests (Chromium)");
      await stage("e2e: run", () => run(bin("playwright"), ["test", ...extraArgs], { env: { ...env, DATABASE_URL: e2eUrl } }));
    }
  }
  await stopServer();
  console.log(stageTable());
  log(`Passed: ${suites.join(", ")}`);
} catch (error) {
  await stopServer();
  console.log(stageTable());
  console.error(`\n[test] FAILED: ${error.message.trimEnd()}`);
  process.exit(1);
}
