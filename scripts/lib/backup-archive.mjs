// The backup archive: one .tar.gz holding manifest.json, database/ (see db-dump.mjs), files/ (the uploaded files
// of $BANGKOM_DATA_DIR/files) and sealing-key (plus sealing-keys-old when old keys are configured).
// Packed and unpacked by the system's tar (GNU tar on Debian), so no archive package is needed.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

export const FORMAT = "bangkom-backup/1";
const exec = promisify(execFile);

/** Every regular file under dir: [{ path (slash-separated, relative), size, sha256 }], sorted by path. */
export function hashFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const full = path.join(d.parentPath, d.name);
      const bytes = fs.readFileSync(full);
      return { path: path.relative(dir, full).split(path.sep).join("/"), size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

async function tar(args) {
  try {
    await exec("tar", args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    if (error.code === "ENOENT") throw new Error("Perintah tar tidak ditemukan; pasang paket tar (apt-get install tar).");
    throw new Error(`tar gagal: ${error.stderr || error.message}`);
  }
}

/** Packs the staging folder's content into `out` (mode 600: it holds the data and the sealing key). */
export async function packArchive(staging, out) {
  const partial = `${out}.partial`;
  await tar(["-czf", partial, "-C", staging, "."]);
  fs.chmodSync(partial, 0o600);
  fs.renameSync(partial, out);
}

export async function unpackArchive(archive, into) {
  fs.mkdirSync(into, { recursive: true });
  await tar(["-xzf", archive, "-C", into, "--no-same-owner", "--no-overwrite-dir"]);
  const manifestFile = path.join(into, "manifest.json");
  if (!fs.existsSync(manifestFile)) throw new Error(`${archive} bukan arsip cadangan Bangkom (manifest.json tidak ada).`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  if (manifest.format !== FORMAT) throw new Error(`Format arsip ${manifest.format} tidak dikenal (diharapkan ${FORMAT}).`);
  return manifest;
}

/** Differences between what the manifest promises and what is there: [] when they agree. */
export function compareWithManifest(manifest, { counts, files, sealingKeyId }) {
  const problems = [];
  for (const [table, expected] of Object.entries(manifest.database.counts)) {
    if (counts[table] !== expected) problems.push(`tabel ${table}: ${counts[table] ?? "tidak ada"} baris, arsip ${expected}`);
  }
  for (const table of Object.keys(counts)) if (!(table in manifest.database.counts)) problems.push(`tabel ${table} tidak ada di arsip`);
  const actual = new Map(files.map((f) => [f.path, f.sha256]));
  for (const file of manifest.files) {
    if (actual.get(file.path) !== file.sha256) problems.push(`berkas ${file.path}: ${actual.has(file.path) ? "isi berbeda" : "tidak ada"}`);
  }
  if (files.length !== manifest.files.length) problems.push(`${files.length} berkas, arsip ${manifest.files.length}`);
  if (sealingKeyId !== manifest.sealingKey.id) problems.push("kunci penyegel berbeda dari arsip");
  return problems;
}

/** bangkom-backup-YYYYMMDD-HHMMSS.tar.gz, in UTC. */
export const archiveName = (date = new Date()) =>
  `bangkom-backup-${date.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15)}.tar.gz`;
