import fs from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { ensureDatabase, SHARED_ROOT, startEmbeddedPostgres } from "./embedded-db.mjs";
import { DATA_DIR, DB_PORT, ROOT } from "./paths.mjs";

export const APP_DATABASE = "bangkom";

/**
 * The app's database: DATABASE_URL when set (nothing is started), otherwise the embedded server with
 * data in .data/. Returns { url, stop, embedded }.
 */
export async function openDatabase({ log = console.log } = {}) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  fs.mkdirSync(DATA_DIR, { recursive: true });
  // A checkout under a private folder (mode 700) is closed to the `postgres` OS user that root must run
  // the server as; then the data goes to a folder of its own, one per checkout.
  const fallbackDataDir = process.env.BANGKOM_DATA_DIR
    ? undefined
    : path.join(SHARED_ROOT, `data-${createHash("sha1").update(ROOT).digest("hex").slice(0, 8)}`, "postgres");
  const server = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "postgres"), fallbackDataDir, port: DB_PORT, log });
  try {
    await ensureDatabase(server.url("postgres"), APP_DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.url(APP_DATABASE), embedded: true, stop: () => server.stop() };
}

/** Runs fn(url) with the database open, and stops an embedded server afterwards, also on Ctrl-C. */
export async function withDatabase(fn) {
  const database = await openDatabase();
  const stopOnSignal = () => database.stop().finally(() => process.exit(130));
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);
  try {
    return await fn(database.url);
  } finally {
    await database.stop();
  }
}
