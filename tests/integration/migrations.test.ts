// The schema-engine stand-in, exercised through the real Prisma CLI: a Prisma upgrade that breaks it fails here.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = path.resolve(__dirname, "../..");
const adminUrl = process.env.BANGKOM_TEST_ADMIN_URL!;
const name = `mig_${Date.now().toString(36)}`;
const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);

function prisma(...args: string[]) {
  return run(path.join(root, "node_modules/.bin/prisma"), args, {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, "scripts/prisma-schema-engine.mjs") },
    timeout: 60_000,
  });
}

afterAll(async () => {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
});

describe("migrations through the Prisma CLI", () => {
  it("deploys every committed migration to an empty database, and status then reports it up to date", async () => {
    const deploy = await prisma("migrate", "deploy");
    expect(deploy.stdout).toMatch(/migrations? (have been|has been) successfully applied|All migrations have been successfully applied/);

    const status = await prisma("migrate", "status");
    expect(status.stdout).toContain("Database schema is up to date");

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'Employee'`);
    await client.end();
    expect(rows[0].n).toBe(1);
  });
});
