#!/usr/bin/env node
// Fails when prisma/schema.prisma and prisma/migrations/ describe different databases: a field added to the
// schema without a migration, or a hand-written migration the schema does not know. `prisma migrate diff
// --exit-code` replays the migrations into a temporary shadow database on the given server (through the
// schema-engine stand-in) and compares the result with the schema; it exits 2 when they differ.
// `npm test` runs it right after migrating the test template; on its own it uses DATABASE_URL or the
// embedded database.
import { pathToFileURL } from "node:url";
import { withDatabase } from "./lib/database.mjs";
import { prisma } from "./lib/run.mjs";

const DIFF = ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma"];

/** Resolves when schema and migrations agree; rejects with the SQL that would close the gap otherwise. */
export async function checkSchemaDrift(url) {
  const env = { DATABASE_URL: url };
  try {
    await prisma([...DIFF, "--exit-code"], { env, quiet: true });
  } catch (error) {
    if (error.code !== 2) throw error;
    const sql = await prisma([...DIFF, "--script"], { env, quiet: true }).catch((e) => e.message);
    throw new Error(
      "prisma/schema.prisma and prisma/migrations/ have drifted apart. Create a migration for the schema change " +
        "(npm run db:migrate -- --create-only --name <what>) or bring the schema in line. The difference, as SQL:\n" +
        sql.replace(/^Loaded Prisma config.*\n/m, "").trim(),
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    await withDatabase(checkSchemaDrift);
    console.log("[schema] schema.prisma and the migrations agree.");
  } catch (error) {
    console.error(`[schema] ${error.message}`);
    process.exit(1);
  }
}
