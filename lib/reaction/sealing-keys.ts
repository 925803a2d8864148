import "server-only";
import { createHash, hkdfSync, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { isSealingKey, parseEnv, SEALING_KEY_MESSAGE } from "@/lib/env";

// The keys that seal anonymous answer sheets while they wait for release (decision 0014). Their own keys, not
// AUTH_SECRET, so signing-in secrets can be rotated without losing waiting sheets:
// - current: BANGKOM_SEALING_KEY, or the key generated once into $BANGKOM_DATA_DIR/sealing-key;
// - old:     BANGKOM_SEALING_KEYS_OLD (comma list), readable until `npm run reseal` moved every sheet over,
//            plus the legacy key derived from AUTH_SECRET, which sealed every sheet before decision 0014.
// A key's id is the first 8 bytes of its SHA-256, in hex: each sealed row records it (ReactionSealed.keyId).

export type SealingKey = { id: string; key: Buffer };
export type SealingKeyRing = { current: SealingKey; old: SealingKey[] };

export const SEALING_KEY_FILE = "sealing-key";

export const sealingKeyId = (key: Buffer) => createHash("sha256").update(key).digest("hex").slice(0, 16);
const toKey = (key: Buffer): SealingKey => ({ id: sealingKeyId(key), key });
const fromBase64 = (text: string) => toKey(Buffer.from(text.trim(), "base64"));

/** The key every sheet was sealed with before decision 0014: HKDF of AUTH_SECRET. Read-only now. */
export const legacySealingKey = (authSecret: string) =>
  toKey(Buffer.from(hkdfSync("sha256", authSecret, Buffer.alloc(0), "bangkom:reaction-seal:v1", 32)));

/** The data folder of `npm start`: $BANGKOM_DATA_DIR, by default `<project>/.data`. */
const dataDir = () => path.resolve(process.env.BANGKOM_DATA_DIR?.trim() || path.join(process.cwd(), ".data"));

/**
 * The generated key: read from the data folder, or created there on first use. Created with O_EXCL, so a web
 * server and a worker starting together agree on one key. `npm start` creates it before anything else runs.
 */
export function generatedSealingKey(folder = dataDir()): string {
  const file = path.join(folder, SEALING_KEY_FILE);
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const key = fs.readFileSync(file, "utf8").trim();
  if (!isSealingKey(key)) throw new Error(`Berkas ${file} rusak: kunci penyegel ${SEALING_KEY_MESSAGE}`);
  return key;
}

let cached: { signature: string; ring: SealingKeyRing } | undefined;

/** The key ring, read again whenever the variables it comes from change (a rotation in a running test). */
export function sealingKeys(): SealingKeyRing {
  const { BANGKOM_SEALING_KEY, BANGKOM_SEALING_KEYS_OLD, AUTH_SECRET } = process.env;
  const signature = JSON.stringify([BANGKOM_SEALING_KEY, BANGKOM_SEALING_KEYS_OLD, AUTH_SECRET]);
  if (cached?.signature === signature) return cached.ring;
  const settings = parseEnv(process.env);
  const current = fromBase64(settings.BANGKOM_SEALING_KEY ?? generatedSealingKey());
  const old = [...(settings.BANGKOM_SEALING_KEYS_OLD ?? []).map(fromBase64), legacySealingKey(settings.AUTH_SECRET)]
    .filter((k, i, all) => k.id !== current.id && all.findIndex((o) => o.id === k.id) === i);
  cached = { signature, ring: { current, old } };
  return cached.ring;
}
