import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { sealingKeys, type SealingKey } from "./sealing-keys";

// Sealed anonymous answer sheets are encrypted with a key the database does not hold (the sealing key, decision
// 0014), so a sheet waiting for release cannot be read by whoever can read the database, even though its row was
// written by the same transaction as the respondent's invitation and audit row. See decision 0011.
//
// v2 sheets name their key (kid); v1 sheets were sealed before 0014 with the key derived from AUTH_SECRET.

export type SealedSheet = { v: 2; kid: string; iv: string; tag: string; data: string };

export function seal(value: unknown): SealedSheet {
  const { current } = sealingKeys();
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", current.key, iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  return { v: 2, kid: current.id, iv: iv.toString("base64"), tag: cipher.getAuthTag().toString("base64"), data: data.toString("base64") };
}

function open(key: SealingKey, iv: string, tag: string, data: string): unknown {
  try {
    const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64"));
    decipher.setAuthTag(Buffer.from(tag, "base64"));
    return JSON.parse(Buffer.concat([decipher.update(Buffer.from(data, "base64")), decipher.final()]).toString("utf8"));
  } catch {
    return undefined;
  }
}

/** The sealed value, or null when no known key opens it (an unknown key, or tampered with). */
export function unseal(sealed: unknown): unknown {
  const s = sealed as { v?: unknown; kid?: unknown; iv?: unknown; tag?: unknown; data?: unknown } | null;
  if (!s || (s.v !== 1 && s.v !== 2) || typeof s.iv !== "string" || typeof s.tag !== "string" || typeof s.data !== "string") return null;
  const { current, old } = sealingKeys();
  // GCM's tag fails for a wrong key, so trying the named key first and then the others is safe.
  const keys = [current, ...old].sort((a, b) => Number(b.id === s.kid) - Number(a.id === s.kid));
  for (const key of keys) {
    const value = open(key, s.iv, s.tag, s.data);
    if (value !== undefined) return value;
  }
  return null;
}

/** The id of the key a sheet says it is sealed with; null for a v1 (pre-0014) sheet. */
export const sealedKeyId = (sealed: unknown): string | null => {
  const kid = (sealed as { kid?: unknown } | null)?.kid;
  return typeof kid === "string" ? kid : null;
};
