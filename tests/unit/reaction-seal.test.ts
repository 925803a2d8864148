import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

describe("sealed answer sheets", () => {
  it("open only with the secret they were sealed under, and fail closed when tampered with", async () => {
    vi.stubEnv("DATABASE_URL", "postgresql://localhost/x");
    vi.stubEnv("AUTH_SECRET", "a".repeat(40));
    vi.resetModules();
    const { seal, unseal } = await import("@/lib/reaction/seal");
    const sheet = [{ questionId: "q1", trainerId: null, rating: 4, comment: "Ruangan terlalu dingin" }];
    const sealed = seal(sheet);
    expect(JSON.stringify(sealed)).not.toContain("dingin");
    expect(seal(sheet).iv).not.toBe(sealed.iv); // a fresh nonce each time
    expect(unseal(sealed)).toEqual(sheet);
    expect(unseal({ ...sealed, data: Buffer.from("x").toString("base64") })).toBeNull();
    expect(unseal(sheet)).toBeNull(); // an unsealed value is not accepted

    vi.stubEnv("AUTH_SECRET", "b".repeat(40));
    vi.resetModules();
    const other = await import("@/lib/reaction/seal");
    expect(other.unseal(sealed)).toBeNull();
    vi.unstubAllEnvs();
  });
});
