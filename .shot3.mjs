import { chromium } from "@playwright/test";
const [,, who, pw, out, path, widthArg, segArg, mediaArg] = process.argv;
const base = process.env.BASE ?? "http://localhost:3005";
const w = Number(widthArg ?? 1366), seg = Number(segArg ?? 1400);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const ctx = await browser.newContext({ viewport: { width: w, height: 900 }, locale: "id-ID" });
const page = await ctx.newPage();
await page.goto(base + "/login");
await page.fill("input[name=identifier]", who);
await page.fill("input[name=password]", pw);
await page.press("input[name=password]", "Enter");
await page.waitForURL((u) => !u.pathname.startsWith("/login"), { timeout: 60000 });
if (mediaArg === "print") await page.emulateMedia({ media: "print" });
await page.goto(base + path, { timeout: 90000 });
await page.waitForLoadState("networkidle").catch(() => {});
await page.waitForTimeout(800);
const h = await page.evaluate(() => document.documentElement.scrollHeight);
const sw = await page.evaluate(() => document.documentElement.scrollWidth);
console.log("height", h, "scrollWidth", sw);
for (let y = 0, i = 0; y < h; y += seg, i++) {
  await page.screenshot({ path: `${out}-${i}.png`, fullPage: true, clip: { x: 0, y, width: w, height: Math.min(seg, h - y) } });
}
await browser.close();
