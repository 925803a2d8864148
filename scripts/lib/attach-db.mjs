// The app's database for maintenance commands (backup, reseal) that may run beside `npm start`:
// DATABASE_URL when set; else the embedded server if it is already running (its port read from its
// postmaster.pid, and left running); else the embedded server started for the command and stopped after it.
// Starting it through openDatabase() while `npm start` runs would stop that server, so look first.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { APP_DATABASE, openDatabase } from "./database.mjs";
import { SHARED_ROOT } from "./embedded-db.mjs";
import { DATA_DIR, ROOT } from "./paths.mjs";

const SUPERUSER_URL = (port) => `postgresql://postgres:bangkom-local@127.0.0.1:${port}`;

/** The embedded data folders openDatabase() may use: the project's, or root's fallback for a private checkout. */
export function embeddedDataDirs() {
  const dirs = [path.join(DATA_DIR, "postgres")];
  if (!process.env.BANGKOM_DATA_DIR) dirs.push(path.join(SHARED_ROOT, `data-${createHash("sha1").update(ROOT).digest("hex").slice(0, 8)}`, "postgres"));
  return dirs;
}

/** { pid, port } of a live server in dataDir, or null. Line 1 of postmaster.pid is the pid, line 4 the port. */
export function runningServer(dataDir) {
  try {
    const lines = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return null;
    try {
      process.kill(pid, 0);
    } catch (error) {
      if (error.code !== "EPERM") return null; // EPERM: alive, but another user's process
    }
    return { pid, port };
  } catch {
    return null;
  }
}

export async function attachDatabase({ log = console.log } = {}) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  for (const dir of embeddedDataDirs()) {
    const running = runningServer(dir);
    if (running) {
      log(`Memakai PostgreSQL tertanam yang sedang berjalan (port ${running.port}).`);
      return { url: `${SUPERUSER_URL(running.port)}/${APP_DATABASE}`, embedded: true, stop: async () => {} };
    }
  }
  return openDatabase({ log });
}
