#!/usr/bin/env node
// `npm run dev`: the same database as `npm start` (embedded unless DATABASE_URL is set, migrated, demo data
// on first run), served by `next dev` with hot reload. Ctrl-C stops the dev server first, the database last.
import { spawn } from "node:child_process";
import { ensureAuthSecret, ensurePrismaClient, isEmpty, migrate, seed } from "./lib/app-setup.mjs";
import { ensureSealingKey } from "./lib/sealing-key.mjs";
import { openDatabase } from "./lib/database.mjs";
import { bin, ROOT } from "./lib/paths.mjs";

const log = (message) => console.log(`[bangkom] ${message}`);
const database = await openDatabase({ log });
let web = null;
const stop = async (code = 0) => {
  if (web && web.exitCode === null) {
    const exited = new Promise((resolve) => web.once("exit", resolve));
    web.kill("SIGTERM");
    await exited;
  }
  await database.stop();
  process.exit(code);
};
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(0));

try {
  process.env.BANGKOM_SEALING_KEY = ensureSealingKey({ log: console.log });
  await ensurePrismaClient();
  await migrate(database.url);
  if (await isEmpty(database.url)) await seed(database.url);
  web = spawn(bin("next"), ["dev", "-p", String(process.env.PORT ?? 3000)], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: ensureAuthSecret({ production: false }), NEXT_TELEMETRY_DISABLED: "1" },
  });
  web.on("exit", (code) => stop(code ?? 1));
} catch (error) {
  console.error(`\n[bangkom] Gagal memulai: ${error.message}\n`);
  await stop(1);
}
