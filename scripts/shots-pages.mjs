#!/usr/bin/env node
// Dev tool: screenshots of the given pages as one demo role, desktop (1366) and phone (390), to look at.
// Usage: node scripts/shots-pages.mjs <baseUrl> <outDir> <ROLE|login> <path> [path …]
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { ROOT } from "./lib/paths.mjs";

const [base, out, who, ...pages] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const demo = JSON.parse(fs.readFileSync(path.join(ROOT, "prisma", "demo-accounts.json"), "utf8"));
const login = demo.accounts.find((a) => a.role === who)?.login ?? who;
const executablePath = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
for (const [label, viewport] of [["desktop", { width: 1366, height: 900 }], ["phone", { width: 390, height: 844 }]]) {
  const context = await browser.newContext({ viewport, locale: "id-ID" });
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel(/NIP atau e-mail/).fill(login);
  await page.getByLabel("Kata sandi").fill(demo.password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  for (const p of pages) {
    await page.goto(`${base}${p}`);
    await page.waitForLoadState("networkidle");
    const name = `${label}-${p.replace(/[^a-z0-9]+/gi, "_").slice(0, 80)}.png`;
    await page.screenshot({ path: path.join(out, name), fullPage: process.env.SHOT_FULL !== "0" });
    console.log(name, await page.evaluate(() => document.documentElement.scrollHeight));
  }
  await context.close();
}
await browser.close();
