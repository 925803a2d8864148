#!/usr/bin/env node
// `npm run backup [-- <file or folder>]`: one archive with the database, the uploaded files and the sealing key,
// plus a manifest (app version, migrations, row counts per table, SHA-256 of every file) that restore checks.
// Works beside a running `npm start` (it reads one consistent snapshot) and with DATABASE_URL. Decision 0014.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { attachDatabase } from "./lib/attach-db.mjs";
import { archiveName, FORMAT, hashFiles, packArchive } from "./lib/backup-archive.mjs";
import { dumpDatabase } from "./lib/db-dump.mjs";
import { DATA_DIR, ROOT } from "./lib/paths.mjs";
import pg from "pg";
import { readSealingKey, sealingKeyIdOf } from "./lib/sealing-key.mjs";

const log = (message) => console.log(`[backup] ${message}`);

function target(arg) {
  if (!arg) return path.resolve(archiveName());
  const resolved = path.resolve(arg);
  return fs.existsSync(resolved) && fs.statSync(resolved).isDirectory() ? path.join(resolved, archiveName()) : resolved;
}

/** Waiting anonymous sheets this backup's key does not open without help (resealing first fixes that). */
async function sheetsUnderOtherKeys(url, keyId) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "ReactionSealed" WHERE "keyId" IS DISTINCT FROM $1`, [keyId]);
    return rows[0].n;
  } finally {
    await client.end();
  }
}

const out = target(process.argv.slice(2).find((a) => !a.startsWith("-")));
const staging = fs.mkdtempSync(path.join(os.tmpdir(), "bangkom-backup-"));
let database = null;
try {
  const sealingKey = readSealingKey();
  const sealingKeyId = sealingKey ? sealingKeyIdOf(sealingKey) : null;
  database = await attachDatabase({ log });
  log("Membaca basis data (satu snapshot)…");
  const dump = await dumpDatabase(database.url, path.join(staging, "database"));
  const foreign = await sheetsUnderOtherKeys(database.url, sealingKeyId);
  if (foreign) {
    log(`PERINGATAN: ${foreign} jawaban anonim yang menunggu disegel dengan kunci lain (kunci lama, atau AUTH_SECRET sebelum ` +
      "keputusan 0014). Jalankan `npm run reseal` dengan kunci yang sama seperti server, lalu buat cadangan lagi.");
  }
  await database.stop();
  database = null;
  const missing = dump.migrations.filter((name) => !fs.existsSync(path.join(ROOT, "prisma", "migrations", name, "migration.sql")));
  if (missing.length) throw new Error(`Migrasi ${missing.join(", ")} ada di basis data tetapi tidak di kode ini; buat cadangan dengan versi aplikasi yang sama.`);
  for (const name of dump.migrations) {
    fs.mkdirSync(path.join(staging, "database", "migrations", name), { recursive: true });
    fs.copyFileSync(path.join(ROOT, "prisma", "migrations", name, "migration.sql"), path.join(staging, "database", "migrations", name, "migration.sql"));
  }
  // After the database: a file uploaded meanwhile is an extra file, never a row pointing at a missing one.
  const filesDir = path.join(DATA_DIR, "files");
  if (fs.existsSync(filesDir)) fs.cpSync(filesDir, path.join(staging, "files"), { recursive: true });
  const files = hashFiles(path.join(staging, "files"));
  if (sealingKey) fs.writeFileSync(path.join(staging, "sealing-key"), sealingKey, { mode: 0o600 });
  const oldKeys = process.env.BANGKOM_SEALING_KEYS_OLD?.trim();
  if (oldKeys) fs.writeFileSync(path.join(staging, "sealing-keys-old"), oldKeys, { mode: 0o600 });
  const { name, version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const manifest = {
    format: FORMAT,
    createdAt: new Date().toISOString(),
    app: { name, version },
    database: { postgres: dump.serverVersion, migration: dump.migrations.at(-1) ?? null, migrations: dump.migrations, counts: dump.counts },
    files,
    sealingKey: { id: sealingKeyId, sheetsUnderOtherKeys: foreign, oldKeys: oldKeys ? oldKeys.split(",").filter(Boolean).length : 0 },
  };
  fs.writeFileSync(path.join(staging, "manifest.json"), JSON.stringify(manifest, null, 2));
  await packArchive(staging, out);
  const rows = Object.values(dump.counts).reduce((a, b) => a + b, 0);
  log(`Cadangan ditulis: ${out} (${rows} baris dalam ${Object.keys(dump.counts).length} tabel, ${files.length} berkas, kunci penyegel ${sealingKeyId ?? "tidak ada"}).`);
  if (sealingKey) log("Arsip memuat kunci penyegel jawaban anonim: simpan sama rahasianya dengan kunci itu.");
} catch (error) {
  console.error(`[backup] Gagal: ${error.message}`);
  process.exitCode = 1;
} finally {
  await database?.stop();
  fs.rmSync(staging, { recursive: true, force: true });
}
