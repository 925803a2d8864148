#!/usr/bin/env node
// `npm run restore -- <archive> [--force]`: brings an `npm run backup` archive back into an empty data folder
// ($BANGKOM_DATA_DIR, by default .data/) and its database (embedded, or DATABASE_URL's, which must be empty):
// the database, the uploaded files and the sealing key; then checks row counts and file hashes against the
// archive's manifest. --force replaces what is there. `npm start` must not be running. Decision 0014.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { embeddedDataDirs, runningServer } from "./lib/attach-db.mjs";
import { compareWithManifest, hashFiles, unpackArchive } from "./lib/backup-archive.mjs";
import { openDatabase } from "./lib/database.mjs";
import { isBlank, loadDatabase, rowCounts, wipe } from "./lib/db-dump.mjs";
import { DATA_DIR, ROOT } from "./lib/paths.mjs";
import { SEALING_KEY_FILE, sealingKeyIdOf } from "./lib/sealing-key.mjs";

const log = (message) => console.log(`[restore] ${message}`);
const args = process.argv.slice(2);
const force = args.includes("--force");
const archive = args.find((a) => !a.startsWith("-"));

/** What in the data folder a restore would replace. */
function existingData() {
  const found = [];
  if (!process.env.DATABASE_URL && fs.existsSync(path.join(DATA_DIR, "postgres", "PG_VERSION"))) found.push("postgres/");
  if (hashFiles(path.join(DATA_DIR, "files")).length) found.push("files/");
  if (fs.existsSync(path.join(DATA_DIR, SEALING_KEY_FILE))) found.push(SEALING_KEY_FILE);
  return found;
}

const staging = fs.mkdtempSync(path.join(os.tmpdir(), "bangkom-restore-"));
let database = null;
try {
  if (!archive) throw new Error("Sebutkan arsipnya: npm run restore -- bangkom-backup-YYYYMMDD-HHMMSS.tar.gz [--force]");
  if (!fs.existsSync(archive)) throw new Error(`Arsip ${archive} tidak ditemukan.`);
  if (!process.env.DATABASE_URL) {
    const running = embeddedDataDirs().map(runningServer).find(Boolean);
    if (running) throw new Error(`PostgreSQL tertanam sedang berjalan (pid ${running.pid}): hentikan npm start dulu.`);
  }
  const present = existingData();
  if (present.length && !force) {
    throw new Error(`Folder data ${DATA_DIR} tidak kosong (${present.join(", ")}). Pulihkan ke folder kosong (BANGKOM_DATA_DIR=…) atau tambahkan --force untuk menimpanya.`);
  }
  log(`Membuka ${archive}…`);
  const manifest = await unpackArchive(path.resolve(archive), staging);
  const unknown = manifest.database.migrations.filter((name) => !fs.existsSync(path.join(ROOT, "prisma", "migrations", name)));
  if (unknown.length) log(`PERINGATAN: arsip dibuat oleh versi yang lebih baru (migrasi ${unknown.join(", ")} tidak dikenal kode ini).`);
  if (force) {
    if (!process.env.DATABASE_URL) fs.rmSync(path.join(DATA_DIR, "postgres"), { recursive: true, force: true });
    fs.rmSync(path.join(DATA_DIR, "files"), { recursive: true, force: true });
    fs.rmSync(path.join(DATA_DIR, SEALING_KEY_FILE), { force: true });
  }

  database = await openDatabase({ log });
  if (!(await isBlank(database.url))) {
    if (!force) throw new Error("Basis data tujuan tidak kosong. Pakai basis data kosong, atau --force untuk mengosongkannya.");
    await wipe(database.url);
  }
  log(`Memulihkan basis data (${manifest.database.migrations.length} migrasi, ${Object.keys(manifest.database.counts).length} tabel)…`);
  const migrationSql = (name) => fs.readFileSync(path.join(staging, "database", "migrations", name, "migration.sql"), "utf8");
  await loadDatabase(database.url, path.join(staging, "database"), { migrations: manifest.database.migrations, migrationSql });

  fs.mkdirSync(DATA_DIR, { recursive: true });
  if (fs.existsSync(path.join(staging, "files"))) fs.cpSync(path.join(staging, "files"), path.join(DATA_DIR, "files"), { recursive: true });
  const keyFile = path.join(staging, "sealing-key");
  const key = fs.existsSync(keyFile) ? fs.readFileSync(keyFile, "utf8").trim() : null;
  if (key) fs.writeFileSync(path.join(DATA_DIR, SEALING_KEY_FILE), key, { mode: 0o600 });

  const problems = compareWithManifest(manifest, {
    counts: await rowCounts(database.url),
    files: hashFiles(path.join(DATA_DIR, "files")),
    sealingKeyId: key ? sealingKeyIdOf(key) : null,
  });
  if (problems.length) throw new Error(`Hasil pemulihan berbeda dari manifest:\n  ${problems.join("\n  ")}`);
  const rows = Object.values(manifest.database.counts).reduce((a, b) => a + b, 0);
  log(`Dipulihkan dan diperiksa: ${rows} baris, ${manifest.files.length} berkas, kunci penyegel ${manifest.sealingKey.id ?? "tidak ada"} (cadangan ${manifest.createdAt}).`);
  if (key && process.env.BANGKOM_SEALING_KEY && sealingKeyIdOf(process.env.BANGKOM_SEALING_KEY) !== sealingKeyIdOf(key)) {
    log("PERHATIAN: BANGKOM_SEALING_KEY berbeda dari kunci arsip; tambahkan kunci arsip (berkas sealing-key) ke BANGKOM_SEALING_KEYS_OLD.");
  }
  if (fs.existsSync(path.join(staging, "sealing-keys-old"))) {
    log("Arsip juga memuat kunci lama: isi BANGKOM_SEALING_KEYS_OLD dengan isi berkas sealing-keys-old dari arsip sampai `npm run reseal` selesai.");
  }
} catch (error) {
  console.error(`[restore] Gagal: ${error.message}`);
  process.exitCode = 1;
} finally {
  await database?.stop();
  fs.rmSync(staging, { recursive: true, force: true });
}
