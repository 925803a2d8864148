// The sealing key of anonymous answers (decision 0014): BANGKOM_SEALING_KEY when set, otherwise generated once
// into the data folder, next to the generated auth secret, and handed to the web server and the worker.
// lib/reaction/sealing-keys.ts reads the same file when a process gets no key through the environment.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { DATA_DIR } from "./paths.mjs";

export const SEALING_KEY_FILE = "sealing-key";

export function ensureSealingKey({ log = () => {} } = {}) {
  if (process.env.BANGKOM_SEALING_KEY) return process.env.BANGKOM_SEALING_KEY;
  const file = path.join(DATA_DIR, SEALING_KEY_FILE);
  fs.mkdirSync(DATA_DIR, { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
    log(`Kunci penyegel jawaban anonim dibuat di ${file}; simpan bersama cadangan (npm run backup menyertakannya).`);
  } catch (error) {
    if (error.code !== "EEXIST") throw error;
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** The key's id as lib/reaction/sealing-keys.ts computes it: the first 8 bytes of SHA-256, hex. */
export const sealingKeyIdOf = (base64) => createHash("sha256").update(Buffer.from(base64.trim(), "base64")).digest("hex").slice(0, 16);

/** The key without creating one: BANGKOM_SEALING_KEY, else the generated file, else null. */
export function readSealingKey() {
  if (process.env.BANGKOM_SEALING_KEY) return process.env.BANGKOM_SEALING_KEY.trim();
  const file = path.join(DATA_DIR, SEALING_KEY_FILE);
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : null;
}
