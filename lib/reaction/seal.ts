import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// Sealed anonymous answer sheets are encrypted with a key the database does not hold (derived from
// AUTH_SECRET), so a sheet waiting for release cannot be read by whoever can read the database, even though its
// row was written by the same transaction as the respondent's invitation and audit row. See decision 0011.

export type SealedSheet = { v: 1; iv: string; tag: string; data: string };

const key = () => Buffer.from(hkdfSync("sha256", env().AUTH_SECRET, Buffer.alloc(0), "bangkom:reaction-seal:v1", 32));

export function seal(value: unknown): SealedSheet {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  return { v: 1, iv: iv.toString("base64"), tag: cipher.getAuthTag().toString("base64"), data: data.toString("base64") };
}

/** The sealed value, or null when it cannot be opened (another secret, or tampered with). */
export function unseal(sealed: unknown): unknown {
  const s = sealed as Partial<SealedSheet> | null;
  if (!s || s.v !== 1 || !s.iv || !s.tag || !s.data) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(s.iv, "base64"));
    decipher.setAuthTag(Buffer.from(s.tag, "base64"));
    return JSON.parse(Buffer.concat([decipher.update(Buffer.from(s.data, "base64")), decipher.final()]).toString("utf8"));
  } catch {
    return null;
  }
}
