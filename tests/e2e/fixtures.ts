import fs from "node:fs";
import path from "node:path";
import { expect, test as base, type BrowserContext, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { authConfigBase } from "../../lib/auth/config.base";

type Role = "ADMIN" | "SUPERVISOR" | "ASN" | "OPERATOR" | "TRAINER";
const demo = JSON.parse(fs.readFileSync(path.join(process.cwd(), "prisma", "demo-accounts.json"), "utf8")) as {
  password: string;
  accounts: { role: Role; login: string; name: string }[];
};

export const DEMO_PASSWORD = demo.password;
export const account = (role: Role) => demo.accounts.find((a) => a.role === role)!;

/** Signs in through the form, as a person would. Only tests about signing in use it; the rest use `loginAsAccount`. */
export async function signIn(page: Page, identifier: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("NIP atau e-mail").fill(identifier);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
}

/** Reads the e2e database directly, to check what a page or a refused call did (or did not) change. */
export async function sql<T extends Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

export async function sqlOne<T extends Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T> {
  const [row] = await sql<T>(text, params);
  if (!row) throw new Error(`No row for: ${text}`);
  return row;
}

/** The id Next gave a server action in this build, to call it the way a hand-made request would. */
export function serverActionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"));
  const entry = Object.entries(manifest.node as Record<string, { filename: string; exportedName: string }>).find(
    ([, v]) => v.filename === file && v.exportedName === exportedName,
  );
  if (!entry) throw new Error(`No server action ${exportedName} in ${file}`);
  return entry[0];
}

/** Calls a server action the way a hand-made request would, with this page's cookies; returns the response text. */
export async function callAction(page: Page, path: string, file: string, name: string, input: Record<string, unknown>): Promise<string> {
  const response = await page.request.post(path, {
    headers: {
      "Next-Action": serverActionId(file, name),
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: new URL(page.url()).origin,
    },
    data: JSON.stringify([{ ok: false }, input]),
  });
  expect(response.status()).toBe(200);
  return response.text();
}

/**
 * Held by every test that advances the clock through /api/uji/jadwal: the schedule it runs touches every batch
 * (tasks and reminders), so two such tests side by side would disturb each other's counts. Playwright never runs
 * two tests holding the same lock at once, whatever their files, while the other tests go on beside them.
 */
export const SCHEDULE_LOCK = "feedback-schedule";

/** Runs the job schedule as of a day, through the test-only route (the e2e server has BANGKOM_TEST_CLOCK=1). */
export async function runScheduleOn(page: Page, asOf: string) {
  const response = await page.request.post("/api/uji/jadwal", { data: { asOf } });
  expect(response.status()).toBe(200);
  return (await response.json()) as { created: number; reminded: number };
}

// Auth.js's session cookie over plain http, and the salt its key derivation uses (the cookie name).
const SESSION_COOKIE = "authjs.session-token";

/**
 * The session cookie Auth.js would set after a successful sign-in of this account (NIP or e-mail): the token the
 * app's own jwt callback builds from the signed-in user, encrypted with AUTH_SECRET. `loginAt` is now, so a
 * sign-out of the account (User.sessionsRevokedAt) ends it like any other session.
 */
async function sessionCookie(identifier: string): Promise<string> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: run the e2e tests through `npm test` or `npm run test:e2e`.");
  const login = identifier.trim();
  const user = await sqlOne<{ id: string; name: string; email: string | null; roles: string[] }>(
    `SELECT u.id::text, u.name, u.email, coalesce(array_agg(DISTINCT r.role::text) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles
     FROM "User" u LEFT JOIN "Employee" e ON e.id = u."employeeId" LEFT JOIN "UserRole" r ON r."userId" = u.id
     WHERE u.active AND (u.email = lower($1) OR e.nip = regexp_replace($1, '\\D', '', 'g'))
     GROUP BY u.id`,
    [login],
  );
  // What Auth.js hands the jwt callback on sign-in (lib/actions/callback in @auth/core), then the app's callback.
  const defaultToken = { name: user.name, email: user.email, picture: undefined, sub: user.id };
  const jwt = authConfigBase.callbacks.jwt as (params: { token: typeof defaultToken; user: object }) => Record<string, unknown>;
  const token = await jwt({ token: defaultToken, user: { id: user.id, name: user.name, email: user.email, roles: user.roles } });
  // encode sets iat (now), exp (now + maxAge) and a fresh jti, as Auth.js does for its own cookie.
  return encode({ token, secret, salt: SESSION_COOKIE, maxAge: authConfigBase.session.maxAge });
}

/**
 * Signs this account in without the form: the session cookie is minted here and put into the browser, then the
 * page opens the account's home (where the form would have led). Use `signIn` only to test signing in itself.
 */
export async function loginAsAccount(target: Page | BrowserContext, identifier: string): Promise<void> {
  const page = "goto" in target ? target : null;
  const context = page ? page.context() : (target as BrowserContext);
  const baseURL = test.info().project.use.baseURL!;
  await context.addCookies([{ name: SESSION_COOKIE, value: await sessionCookie(identifier), url: baseURL, httpOnly: true, sameSite: "Lax" }]);
  if (!page) return;
  await page.goto("/");
  await expect(page).not.toHaveURL(/\/login/);
}

export const test = base.extend<{ loginAs: (role: Role) => Promise<void> }>({
  loginAs: async ({ page }, use) => {
    await use((role) => loginAsAccount(page, account(role).login));
  },
});
export { expect };
