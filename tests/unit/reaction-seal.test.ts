import { afterEach, describe, expect, it, vi } from "vitest";
import { parseEnv } from "@/lib/env";

vi.mock("server-only", () => ({}));

const KEY_A = Buffer.alloc(32, 1).toString("base64");
const KEY_B = Buffer.alloc(32, 2).toString("base64url");

function configure(vars: Record<string, string>) {
  vi.stubEnv("DATABASE_URL", "postgresql://localhost/x");
  vi.stubEnv("AUTH_SECRET", "a".repeat(40));
  vi.stubEnv("BANGKOM_SEALING_KEYS_OLD", "");
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
}

afterEach(() => vi.unstubAllEnvs());

describe("sealed answer sheets", () => {
  it("open only with a key they were sealed under, and fail closed when tampered with", async () => {
    configure({ BANGKOM_SEALING_KEY: KEY_A });
    const { seal, unseal } = await import("@/lib/reaction/seal");
    const sheet = [{ questionId: "q1", trainerId: null, rating: 4, comment: "Ruangan terlalu dingin" }];
    const sealed = seal(sheet);
    expect(JSON.stringify(sealed)).not.toContain("dingin");
    expect(seal(sheet).iv).not.toBe(sealed.iv); // a fresh nonce each time
    expect(unseal(sealed)).toEqual(sheet);
    expect(unseal({ ...sealed, data: Buffer.from("x").toString("base64") })).toBeNull();
    expect(unseal(sheet)).toBeNull(); // an unsealed value is not accepted

    vi.stubEnv("AUTH_SECRET", "b".repeat(40)); // not the sealing key: changing it changes nothing
    expect(unseal(sealed)).toEqual(sheet);
    vi.stubEnv("BANGKOM_SEALING_KEY", KEY_B);
    expect(unseal(sealed)).toBeNull();
    vi.stubEnv("BANGKOM_SEALING_KEYS_OLD", ` ${KEY_A} `);
    expect(unseal(sealed)).toEqual(sheet);
    expect(seal(sheet).kid).not.toBe(sealed.kid);
  });

  it("name their key by the first 8 bytes of its SHA-256, never by the key", async () => {
    configure({ BANGKOM_SEALING_KEY: KEY_A });
    const { seal } = await import("@/lib/reaction/seal");
    const { sealingKeyId } = await import("@/lib/reaction/sealing-keys");
    const sealed = seal("x");
    expect(sealed.kid).toBe(sealingKeyId(Buffer.from(KEY_A, "base64")));
    expect(sealed.kid).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(sealed)).not.toContain(KEY_A);
  });
});

describe("sealing key settings", () => {
  const base = { DATABASE_URL: "postgresql://localhost/x", AUTH_SECRET: "a".repeat(40) };
  it("take 32 random bytes in base64, and a comma list of them as old keys", () => {
    expect(parseEnv({ ...base, BANGKOM_SEALING_KEY: KEY_A }).BANGKOM_SEALING_KEY).toBe(KEY_A);
    expect(parseEnv({ ...base, BANGKOM_SEALING_KEY: KEY_B }).BANGKOM_SEALING_KEY).toBe(KEY_B);
    expect(parseEnv({ ...base, BANGKOM_SEALING_KEYS_OLD: `${KEY_A}, ${KEY_B},` }).BANGKOM_SEALING_KEYS_OLD).toEqual([KEY_A, KEY_B]);
    expect(parseEnv({ ...base, BANGKOM_SEALING_KEY: "" }).BANGKOM_SEALING_KEY).toBeUndefined();
  });
  it("refuse anything else with a message that says how to make one", () => {
    for (const bad of ["short", Buffer.alloc(31).toString("base64"), Buffer.alloc(33).toString("base64"), "a".repeat(32), `${KEY_A.slice(0, -2)}!=`]) {
      expect(() => parseEnv({ ...base, BANGKOM_SEALING_KEY: bad }), bad).toThrow(/BANGKOM_SEALING_KEY harus berupa 32 byte acak dalam base64/);
    }
    expect(() => parseEnv({ ...base, BANGKOM_SEALING_KEYS_OLD: `${KEY_A},nope` })).toThrow(/BANGKOM_SEALING_KEYS_OLD/);
  });
});

describe("the generated sealing key", () => {
  it("is created once in the data folder, read back after, and refused when the file is damaged", async () => {
    const fs = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const { generatedSealingKey } = await import("@/lib/reaction/sealing-keys");
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "bangkom-sealing-"));
    try {
      const first = generatedSealingKey(folder);
      expect(Buffer.from(first, "base64")).toHaveLength(32);
      expect(generatedSealingKey(folder)).toBe(first);
      expect(fs.statSync(path.join(folder, "sealing-key")).mode & 0o777).toBe(0o600);
      fs.writeFileSync(path.join(folder, "sealing-key"), "rusak");
      expect(() => generatedSealingKey(folder)).toThrow(/sealing-key rusak/);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
