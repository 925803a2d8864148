import { describe, it, expect } from "vitest";
import { LOGIN_MAX_FAILURES, LOGIN_WINDOW_MINUTES, loginLock, parseIdentifier, safeCallbackPath } from "@/lib/auth/rules";

describe("parseIdentifier", () => {
  it.each([
    ["admin@bkpp.go.id", "admin@bkpp.go.id"],
    ["Admin@BKPP.go.id", "admin@bkpp.go.id"],
    ["  OPERATOR@Jakarta.Go.Id  ", "operator@jakarta.go.id"],
  ])("treats %j as a lower-cased, trimmed e-mail", (raw, value) => {
    expect(parseIdentifier(raw)).toEqual({ kind: "email", value });
  });

  it.each([
    ["198001012005011001", "198001012005011001"],
    ["19800101 200501 1 001", "198001012005011001"],
    ["19800101.200501.1.001", "198001012005011001"],
    ["  19800101-200501-1-001 ", "198001012005011001"],
  ])("treats %j as a normalised NIP", (raw, value) => {
    expect(parseIdentifier(raw)).toEqual({ kind: "nip", value });
  });

  it("keeps a non-numeric identifier without '@' as a NIP candidate (it will simply not match)", () => {
    expect(parseIdentifier("budi")).toEqual({ kind: "nip", value: "budi" });
  });

  it.each(["", "   ", "\t\n"])("returns null for empty input %j", (raw) => {
    expect(parseIdentifier(raw)).toBeNull();
  });
});

describe("loginLock", () => {
  const NOW = new Date("2025-03-10T08:00:00.000Z");
  const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);
  const secondsAgo = (s: number) => new Date(NOW.getTime() - s * 1000);

  it("uses 5 failures in 15 minutes", () => {
    expect(LOGIN_MAX_FAILURES).toBe(5);
    expect(LOGIN_WINDOW_MINUTES).toBe(15);
  });

  it.each([0, 1, 2, 3, 4])("stays unlocked with %i recent failures", (n) => {
    const failures = Array.from({ length: n }, (_, i) => minutesAgo(i + 1));
    expect(loginLock(failures, NOW)).toEqual({ locked: false });
  });

  it("locks at exactly 5 failures in the window; retry counts from the 5th most recent", () => {
    const failures = [minutesAgo(2), minutesAgo(4), minutesAgo(6), minutesAgo(8), minutesAgo(10)];
    // The oldest (10 min ago) leaves the window in 5 minutes.
    expect(loginLock(failures, NOW)).toEqual({ locked: true, retryAfterMinutes: 5 });
  });

  it("does not depend on the order the failures are given in", () => {
    const failures = [minutesAgo(8), minutesAgo(2), minutesAgo(10), minutesAgo(4), minutesAgo(6)];
    expect(loginLock(failures, NOW)).toEqual({ locked: true, retryAfterMinutes: 5 });
  });

  it("with more than 5 failures, waits for the 5th most recent (not the oldest) to leave the window", () => {
    const failures = [minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4), minutesAgo(7), minutesAgo(12), minutesAgo(14)];
    // After the failure 7 minutes ago expires (in 8 minutes), only 4 remain.
    expect(loginLock(failures, NOW)).toEqual({ locked: true, retryAfterMinutes: 8 });
  });

  it("ignores failures older than 15 minutes", () => {
    const failures = [minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4), minutesAgo(16), minutesAgo(30), minutesAgo(60 * 24)];
    expect(loginLock(failures, NOW)).toEqual({ locked: false });
  });

  it("treats a failure exactly 15 minutes old as outside the window", () => {
    const failures = [minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4), minutesAgo(15)];
    expect(loginLock(failures, NOW)).toEqual({ locked: false });
  });

  it("counts a failure just inside the window and reports at least 1 minute", () => {
    const failures = [minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4), secondsAgo(15 * 60 - 1)];
    expect(loginLock(failures, NOW)).toEqual({ locked: true, retryAfterMinutes: 1 });
  });

  it("rounds a partial minute up", () => {
    const failures = [minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4), secondsAgo(10 * 60 + 30)];
    // 4.5 minutes left → 5.
    expect(loginLock(failures, NOW)).toEqual({ locked: true, retryAfterMinutes: 5 });
  });

  it("locks for the whole window when 5 failures happen right now", () => {
    const failures = Array.from({ length: 5 }, () => new Date(NOW));
    expect(loginLock(failures, NOW)).toEqual({ locked: true, retryAfterMinutes: 15 });
  });

  it("never reports fewer than 1 minute while locked", () => {
    for (let s = 14 * 60; s < 15 * 60; s += 7) {
      const failures = [minutesAgo(0), minutesAgo(0), minutesAgo(0), minutesAgo(0), secondsAgo(s)];
      const lock = loginLock(failures, NOW);
      expect(lock.locked).toBe(true);
      if (lock.locked) expect(lock.retryAfterMinutes).toBeGreaterThanOrEqual(1);
    }
  });

  it("does not mutate the failures array it is given", () => {
    const failures = [minutesAgo(8), minutesAgo(2), minutesAgo(10), minutesAgo(4), minutesAgo(6)];
    const copy = failures.map((d) => d.getTime());
    loginLock(failures, NOW);
    expect(failures.map((d) => d.getTime())).toEqual(copy);
  });
});

describe("safeCallbackPath", () => {
  const BASE = "https://bangkom.example.go.id";

  it.each(["/", "/tim", "/tim?q=x", "/admin/pegawai?page=2&unit=abc", "/beranda#profil", "/mengajar"])(
    "accepts same-site path %j unchanged, and it resolves to the site's own origin",
    (path) => {
      expect(safeCallbackPath(path)).toBe(path);
      expect(new URL(path, BASE).origin).toBe(BASE);
    },
  );

  it.each([
    ["protocol-relative URL", "//evil.com"],
    ["protocol-relative URL with path", "//evil.com/tim"],
    ["javascript: URL", "javascript:alert(1)"],
    ["backslash trick", "/\\evil"],
    ["backslash trick with host", "/\\evil.com/tim"],
    ["the login page", "/login"],
    ["the login page with a callback", "/login?callbackUrl=%2Ftim"],
    ["an API route", "/api/auth/signout"],
    ["an API route (health)", "/api/health"],
    ["a relative path", "tim"],
    ["empty string", ""],
  ])("rejects %s (%j)", (_label, path) => {
    expect(safeCallbackPath(path)).toBeNull();
  });

  it.each([null, undefined])("rejects %j", (value) => {
    expect(safeCallbackPath(value)).toBeNull();
  });

  // Browsers (and the WHATWG URL parser) delete ASCII tab, LF and CR anywhere in a URL, so "/\t/evil.com"
  // becomes "//evil.com", i.e. https://evil.com/. The function promises "only same-site paths", so it must reject these.
  it.each(["/\t/evil.com", "/\n/evil.com", "/\r/evil.com", "/\t\\evil.com"])(
    "rejects a path that a browser resolves off-site after stripping control characters: %j",
    (path) => {
      expect(new URL(path, BASE).origin).not.toBe(BASE); // the premise: this path really leaves the site
      expect(safeCallbackPath(path)).toBeNull();
    },
  );
});

describe("safeCallbackPath with the absolute URLs Auth.js sends", () => {
  it.each([
    ["http://127.0.0.1:3100/tim?q=rina", "/tim?q=rina"],
    ["https://bangkom.semarangkota.go.id/beranda", "/beranda"],
    ["https://evil.example/beranda", "/beranda"],
    ["http://127.0.0.1:3100/login?callbackUrl=x", null],
    ["http://[bad", null],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
