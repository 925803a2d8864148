#!/usr/bin/env node
// `npm run db:reset`: drop everything, re-apply the migrations and load the demo data again.
// `npm run db:seed` (--seed-only): load the demo data into an empty, migrated database.
import { ensurePrismaClient, migrate, seed } from "./lib/app-setup.mjs";
import { withDatabase } from "./lib/database.mjs";
import { prisma } from "./lib/run.mjs";

const seedOnly = process.argv.includes("--seed-only");
try {
  await ensurePrismaClient();
  await withDatabase(async (url) => {
    if (!seedOnly) await prisma(["migrate", "reset", "--force"], { env: { DATABASE_URL: url } });
    else await migrate(url);
    await seed(url);
  });
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
