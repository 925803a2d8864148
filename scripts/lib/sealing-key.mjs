// The sealing key of anonymous answers (decision 0014): BANGKOM_SEALING_KEY when set, otherwise generated once
// into the data folder, next to the generated auth secret, and handed to the web server and the worker.
// lib/reaction/sealing-keys.ts reads the same file when a process gets no key through the environment.
import { randomBytes } from "node:crypto";
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
