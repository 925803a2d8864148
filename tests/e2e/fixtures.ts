import fs from "node:fs";
import path from "node:path";
import { expect, test as base, type Page } from "@playwright/test";
import pg from "pg";

type Role = "ADMIN" | "SUPERVISOR" | "ASN" | "OPERATOR" | "TRAINER";
const demo = JSON.parse(fs.readFileSync(path.join(process.cwd(), "prisma", "demo-accounts.json"), "utf8")) as {
  password: string;
  accounts: { role: Role; login: string; name: string }[];
};

export const DEMO_PASSWORD = demo.password;
export const account = (role: Role) => demo.accounts.find((a) => a.role === role)!;

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

export const test = base.extend<{ loginAs: (role: Role) => Promise<void> }>({
  loginAs: async ({ page }, use) => {
    await use(async (role) => {
      await signIn(page, account(role).login);
      await expect(page).not.toHaveURL(/\/login/);
    });
  },
});
export { expect };
