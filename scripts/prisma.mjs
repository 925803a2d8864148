#!/usr/bin/env node
// `npm run prisma -- <args>`: the Prisma CLI with the offline schema engine, against the embedded
// database when DATABASE_URL is not set (it is started for the command and stopped afterwards).
import { withDatabase } from "./lib/database.mjs";
import { prisma } from "./lib/run.mjs";

const args = process.argv.slice(2);
const needsDatabase = !["generate", "validate", "format", "--help", "-h", "version"].includes(args[0] ?? "--help");
try {
  if (needsDatabase) await withDatabase((url) => prisma(args, { env: { DATABASE_URL: url } }));
  else await prisma(args);
} catch (error) {
  console.error(error.message);
  process.exit(error.code || 1);
}
