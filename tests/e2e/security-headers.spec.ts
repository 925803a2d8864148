// Issue 10, section 2 "Headers": every response carries the security headers, pages a nonce-based CSP, and the
// app still works under that CSP (no violation in the browser console while charts, forms and navigation run).
import type { APIResponse, Page } from "@playwright/test";
import { account, expect, signIn, sqlOne, test } from "./fixtures";

function expectFixedHeaders(response: APIResponse) {
  const h = response.headers();
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["permissions-policy"]).toContain("microphone=()");
  expect(h["permissions-policy"]).toContain("geolocation=()");
  expect(h["x-frame-options"]).toBe("DENY");
  // served over plain HTTP, and a client cannot claim otherwise: no HSTS
  expect(h["strict-transport-security"]).toBeUndefined();
}

function expectStrictCsp(response: APIResponse): string {
  const csp = response.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
  expect(nonce, csp).toBeTruthy();
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'", "img-src 'self' data: blob:"]) {
    expect(csp).toContain(directive);
  }
  expect(csp).toMatch(new RegExp(`script-src 'self' 'nonce-${nonce!.replace(/[+/=]/g, "\\$&")}' 'strict-dynamic'(;|$)`));
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  return nonce!;
}

/** Collects every CSP violation and uncaught error the page reports. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

test.describe("security headers", () => {
  test.setTimeout(120_000); // several sign-ins and page loads; slow on a shared two-core CI machine
  test("a page has a nonce-based CSP whose nonce is on its scripts, fresh on every request", async ({ request }) => {
    const first = await request.get("/login", { headers: { "X-Forwarded-Proto": "https" } });
    expect(first.status()).toBe(200);
    expectFixedHeaders(first);
    const nonce = expectStrictCsp(first);
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

    const second = await request.get("/login");
    expect(expectStrictCsp(second)).not.toBe(nonce);
  });

  test("a route handler and a static file carry the headers too", async ({ request }) => {
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    expectFixedHeaders(health);
    expectStrictCsp(health);

    const html = await (await request.get("/login")).text();
    const asset = /\/_next\/static\/[^"']+\.(?:js|css)/.exec(html)?.[0];
    expect(asset).toBeTruthy();
    const file = await request.get(asset!);
    expect(file.status()).toBe(200);
    expectFixedHeaders(file);
  });

  test("the app runs under the CSP: sign-in, dashboard charts, compliance charts, navigation, public verification", async ({ page, browser }) => {
    const problems = watch(page);
    await signIn(page, account("ADMIN").login);
    await expect(page).toHaveURL(/\/admin$/, { timeout: 30_000 });
    await page.getByRole("link", { name: /Buka dasbor kepatuhan/ }).click(); // client-side navigation: React hydrated
    await expect(page).toHaveURL(/\/admin\/kepatuhan$/, { timeout: 30_000 });
    await expect(page.getByTestId("opd-status-chart").locator("svg").first()).toBeVisible(); // recharts draws
    await page.goto("/admin/evaluasi");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(problems).toEqual([]);

    // the public certificate page a QR code opens, signed out
    const { code } = await sqlOne<{ code: string }>(`SELECT code FROM "Certificate" WHERE "revokedAt" IS NULL LIMIT 1`);
    const visitor = await (await browser.newContext()).newPage();
    const visitorProblems = watch(visitor);
    const response = await visitor.goto(`/verifikasi/${code}`);
    expect(response?.status()).toBe(200);
    await expect(visitor.getByTestId("verify-status")).toBeVisible();
    expect(visitorProblems).toEqual([]);
    await visitor.context().close();
  });

  test("a forged X-Forwarded-For does not move a client out of its sign-in throttle", async ({ browser }) => {
    // an account no other spec signs in with: every spec's browser comes from 127.0.0.1, this very client
    const demoLogins = (["ADMIN", "OPERATOR", "SUPERVISOR", "ASN", "TRAINER"] as const).map((role) => account(role).login);
    const { nip } = await sqlOne<{ nip: string }>(
      `SELECT e.nip FROM "Employee" e JOIN "User" u ON u."employeeId" = e.id WHERE e.nip <> ALL($1) ORDER BY e.nip ASC LIMIT 1`,
      [demoLogins],
    );
    const page = await (await browser.newContext()).newPage();
    for (let i = 0; i < 5; i++) {
      await signIn(page, nip, `salah-${i}`);
      await expect(page.getByTestId("form-message")).toHaveText("NIP/e-mail atau kata sandi salah.");
    }
    const forged = await (await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.99" } })).newPage();
    await signIn(forged, nip);
    await expect(forged.getByTestId("form-message")).toHaveText(/^Terlalu banyak percobaan masuk yang gagal dari perangkat ini\. Demi keamanan, coba lagi dalam \d+ detik\.$/);
    await forged.context().close();
    await page.context().close();
  });
});
