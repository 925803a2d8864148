import { describe, expect, it } from "vitest";
import { sharedBuffersMb } from "../../scripts/lib/embedded-db.mjs";

const GB = 2 ** 30;

describe("the embedded PostgreSQL's buffer cache (scripts/lib/embedded-db.mjs)", () => {
  it("is a sixteenth of the machine's memory, never below PostgreSQL's default of 128 MB nor above 1 GB", () => {
    expect(sharedBuffersMb(1 * GB)).toBe(128);
    expect(sharedBuffersMb(4 * GB)).toBe(256);
    expect(sharedBuffersMb(8 * GB)).toBe(512);
    expect(sharedBuffersMb(24 * GB)).toBe(1024);
    expect(sharedBuffersMb(256 * GB)).toBe(1024);
  });
});
