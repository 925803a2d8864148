#!/usr/bin/env node
// `npm start`: database (embedded unless DATABASE_URL is set) → migrations → demo data on first run →
// build if needed → the web server (scripts/server.mjs: BANGKOM_WORKERS workers, default one per core).
// Ctrl-C stops the web server first (its workers finish their requests) and the database last.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureAuthSecret, ensureBuild, ensurePrismaClient, isEmpty, migrate, seed } from "./lib/app-setup.mjs";
import { openDatabase } from "./lib/database.mjs";
import { ensureSealingKey } from "./lib/sealing-key.mjs";
import { bin, ROOT } from "./lib/paths.mjs";
import { workerCount } from "./lib/workers.mjs";

const log = (message) => console.log(`[bangkom] ${message}`);
const PORT = Number(process.env.PORT ?? 3000);
const HOST = process.env.HOST; // unset: every interface, as `next start` does

let database = null;
let web = null;
let worker = null;
let stopping = false;

async function stopChild(child, name, graceMs = 10_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => {
    log(`${name} tidak berhenti; dihentikan paksa.`);
    child.kill("SIGKILL");
  }, graceMs);
  await exited;
  clearTimeout(timer);
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  log("Menghentikan…");
  await stopChild(worker, "Pekerja latar");
  await stopChild(web, "Server web", 20_000); // its workers first finish the requests in flight
  await database?.stop();
  log("Selesai.");
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => shutdown(0));

let workers;
try {
  workers = workerCount();
} catch (error) {
  console.error(`\n[bangkom] ${error.message}\n`);
  process.exit(1);
}

function printWelcome() {
  const accounts = JSON.parse(fs.readFileSync(path.join(ROOT, "prisma", "demo-accounts.json"), "utf8"));
  const url = `http://localhost:${PORT}`;
  const lines = [
    "",
    `  Bangkom siap di ${url} (${workers} pekerja server web; ubah dengan BANGKOM_WORKERS)`,
    "",
    "  Akun demo (kata sandi semuanya: " + accounts.password + "):",
    ...accounts.accounts.map((a) => `    ${a.role.padEnd(11)} ${a.login.padEnd(34)} ${a.name}`),
    "",
    "  Tekan Ctrl-C untuk berhenti.",
    "",
  ];
  console.log(lines.join("\n"));
}

async function waitForHealth(ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until && !stopping) {
    try {
      const res = await fetch(`http://127.0.0.1:${PORT}/api/health`);
      if (res.ok) return true;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

try {
  const production = process.env.NODE_ENV === "production";
  const secret = ensureAuthSecret({ production });
  process.env.BANGKOM_SEALING_KEY = ensureSealingKey({ log }); // the seed, the web server and the worker
  database = await openDatabase({ log });
  log(database.embedded ? "PostgreSQL tertanam berjalan." : "Memakai basis data dari DATABASE_URL.");
  await ensurePrismaClient();
  await migrate(database.url);
  if (await isEmpty(database.url)) {
    log("Basis data kosong: mengisi data demo…");
    await seed(database.url);
  }
  await ensureBuild({ log });
  if (stopping) process.exit(0);

  web = spawn(process.execPath, [path.join(ROOT, "scripts", "server.mjs")], {
    cwd: ROOT,
    stdio: "inherit",
    env: {
      ...process.env, DATABASE_URL: database.url, AUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(PORT), BANGKOM_WORKERS: String(workers), ...(HOST ? { HOST } : {}),
    },
  });
  web.on("exit", (code) => {
    if (!stopping) {
      log(`Server web berhenti (kode ${code}).`);
      shutdown(code ?? 1);
    }
  });
  // The background worker: the job queue's schedules (level-3 feedback tasks, reminders, e-mail).
  worker = spawn(bin("tsx"), ["--conditions=react-server", "scripts/worker.ts"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1" },
  });
  worker.on("exit", (code) => {
    if (!stopping) log(`Pekerja latar berhenti (kode ${code}); server web tetap berjalan.`);
  });
  if (await waitForHealth()) printWelcome();
} catch (error) {
  console.error(`\n[bangkom] Gagal memulai: ${error.message}\n`);
  await shutdown(1);
}
