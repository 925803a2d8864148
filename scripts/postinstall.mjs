#!/usr/bin/env node
// After `npm install`: generate the Prisma client (offline, through the schema-engine stand-in),
// so that typecheck and editors work at once. `npm start` and `npm test` do it again when needed.
import { ensurePrismaClient } from "./lib/app-setup.mjs";

try {
  await ensurePrismaClient();
} catch (error) {
  console.warn(`[bangkom] prisma generate skipped: ${error.message.split("\n")[0]}`);
}
