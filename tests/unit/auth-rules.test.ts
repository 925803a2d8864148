import { describe, it, expect } from "vitest";
import {
  ACCOUNT_ATTACK_FAILURES, ACCOUNT_WINDOW_MINUTES, backoffSeconds, CLIENT_BACKOFF, CLIENT_WINDOW_MINUTES, LOGIN_ATTEMPT_RETENTION_MINUTES,
  PAIR_BACKOFF, PAIR_WINDOW_MINUTES, parseIdentifier, safeCallbackPath, signInThrottle, UNDER_ATTACK_PAIR_BACKOFF, waitForDisplay, withFailure,
  type ThrottleCounts,
} from "@/lib/auth/rules";

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

describe("backoffSeconds", () => {
  const b = { free: 3, baseSeconds: 30, capSeconds: 600 };
  it("lets the free failures through, then doubles from the base up to the cap", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 50].map((n) => backoffSeconds(n, b))).toEqual([0, 0, 0, 30, 60, 120, 240, 480, 600, 600]);
  });
  it("never overflows for absurd counts", () => {
    expect(backoffSeconds(1_000_000, b)).toBe(600);
  });
  it("gives every scope growing delays: each failure past the free ones waits at least as long as the one before", () => {
    for (const backoff of [CLIENT_BACKOFF, PAIR_BACKOFF, UNDER_ATTACK_PAIR_BACKOFF]) {
      const waits = Array.from({ length: 40 }, (_, n) => backoffSeconds(n, backoff));
      for (let n = 1; n < waits.length; n++) expect(waits[n]).toBeGreaterThanOrEqual(waits[n - 1]!);
      expect(waits[backoff.free + 1]).toBeGreaterThan(waits[backoff.free]!);
      expect(Math.max(...waits)).toBe(backoff.capSeconds);
    }
  });
});

describe("signInThrottle", () => {
  const NOW = new Date("2025-03-10T08:00:00.000Z");
  const secondsAgo = (s: number) => new Date(NOW.getTime() - s * 1000);
  const none = { failures: 0, lastFailureAt: null };
  const counts = (over: Partial<ThrottleCounts>): ThrottleCounts => ({ client: none, pair: none, accountFailures: 0, ...over });

  it("allows a fresh client", () => {
    expect(signInThrottle(counts({}), NOW)).toEqual({ allowed: true });
  });

  it("allows a pair its free failures, then makes it wait from its last failure", () => {
    const free = PAIR_BACKOFF.free;
    expect(signInThrottle(counts({ pair: { failures: free - 1, lastFailureAt: NOW }, client: { failures: free - 1, lastFailureAt: NOW } }), NOW)).toEqual({ allowed: true });
    const pair = { failures: free, lastFailureAt: secondsAgo(10) };
    expect(signInThrottle(counts({ pair, client: pair }), NOW)).toEqual({ allowed: false, retryAfterSeconds: PAIR_BACKOFF.baseSeconds - 10, scope: "pair" });
    expect(signInThrottle(counts({ pair: { failures: free, lastFailureAt: secondsAgo(PAIR_BACKOFF.baseSeconds) } }), NOW)).toEqual({ allowed: true });
  });

  it("throttles one client spraying many accounts, though each account saw one failure", () => {
    const client = { failures: CLIENT_BACKOFF.free + 2, lastFailureAt: secondsAgo(1) };
    const decision = signInThrottle(counts({ client, pair: none }), NOW);
    expect(decision).toEqual({ allowed: false, retryAfterSeconds: CLIENT_BACKOFF.baseSeconds * 4 - 1, scope: "client" });
  });

  it("never holds back a client without failures on an account under attack (its owner on a fresh device)", () => {
    expect(signInThrottle(counts({ accountFailures: 10_000 }), NOW)).toEqual({ allowed: true });
  });

  it("under attack, makes a client with even one failure on that account wait", () => {
    const pair = { failures: 1, lastFailureAt: secondsAgo(5) };
    expect(signInThrottle(counts({ pair, client: pair, accountFailures: ACCOUNT_ATTACK_FAILURES - 1 }), NOW)).toEqual({ allowed: true });
    expect(signInThrottle(counts({ pair, client: pair, accountFailures: ACCOUNT_ATTACK_FAILURES }), NOW)).toEqual({
      allowed: false, retryAfterSeconds: UNDER_ATTACK_PAIR_BACKOFF.baseSeconds - 5, scope: "account",
    });
  });

  it("reports the longest of the waits", () => {
    const pair = { failures: PAIR_BACKOFF.free + 5, lastFailureAt: secondsAgo(0) };
    const client = { failures: CLIENT_BACKOFF.free, lastFailureAt: secondsAgo(0) };
    expect(signInThrottle(counts({ pair, client }), NOW)).toMatchObject({ scope: "pair", retryAfterSeconds: Math.min(PAIR_BACKOFF.capSeconds, PAIR_BACKOFF.baseSeconds * 32) });
  });

  it("withFailure counts one more failure now in every scope", () => {
    const after = withFailure(counts({ accountFailures: 3 }), NOW);
    expect(after).toEqual({ client: { failures: 1, lastFailureAt: NOW }, pair: { failures: 1, lastFailureAt: NOW }, accountFailures: 4 });
  });

  it("keeps LoginAttempt rows at least as long as the longest window", () => {
    expect(LOGIN_ATTEMPT_RETENTION_MINUTES).toBeGreaterThanOrEqual(Math.max(CLIENT_WINDOW_MINUTES, PAIR_WINDOW_MINUTES, ACCOUNT_WINDOW_MINUTES));
  });
});

describe("waitForDisplay", () => {
  it.each([
    [0, { value: 1, unit: "second" }],
    [29.2, { value: 30, unit: "second" }],
    [59, { value: 59, unit: "second" }],
    [60, { value: 1, unit: "minute" }],
    [61, { value: 2, unit: "minute" }],
    [900, { value: 15, unit: "minute" }],
  ])("shows %j seconds as %j", (seconds, shown) => {
    expect(waitForDisplay(seconds)).toEqual(shown);
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
