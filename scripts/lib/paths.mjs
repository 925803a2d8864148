import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DATA_DIR = path.resolve(process.env.BANGKOM_DATA_DIR ?? path.join(ROOT, ".data"));
export const DB_PORT = Number(process.env.BANGKOM_DB_PORT ?? 54329);
/** Tests get their own server under the system temp folder, keyed by checkout so two checkouts never share one. */
export const TEST_DB_PORT = Number(process.env.BANGKOM_TEST_DB_PORT ?? 54339);
export const TEST_DIR = path.join(os.tmpdir(), `bangkom-test-${createHash("sha1").update(ROOT).digest("hex").slice(0, 8)}-${TEST_DB_PORT}`);
export const bin = (name) => path.join(ROOT, "node_modules", ".bin", name);
