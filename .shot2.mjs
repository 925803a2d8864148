import { chromium } from "@playwright/test";
const [,, who, pw, out, path, ...anchors] = process.argv;
const base = process.env.BASE ?? "http://localhost:3005";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const [w, tag] of [[1366, "d"], [390, "m"]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: 900 }, locale: "id-ID" });
  const page = await ctx.newPage();
  await page.goto(base + "/login");
  await page.fill("input[name=identifier]", who);
  await page.fill("input[name=password]", pw);
  await page.press("input[name=password]", "Enter");
  await page.waitForURL((u) => !u.pathname.startsWith("/login"), { timeout: 60000 });
  await page.goto(base + path, { timeout: 90000 });
  await page.waitForLoadState("networkidle").catch(() => {});
  await page.screenshot({ path: `${out}-top-${tag}.png` });
  for (const a of anchors) {
    await page.goto(base + path + "#" + a);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${out}-${a}-${tag}.png` });
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(tag, "scrollWidth", overflow);
  await ctx.close();
}
await browser.close();
