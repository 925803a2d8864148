#!/usr/bin/env node
// Dev tool: signs in as each demo account against a running app and saves desktop and phone
// screenshots of its pages, to look at. Usage: node scripts/screenshots.mjs [baseUrl] [outDir]
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { ROOT } from "./lib/paths.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const out = process.argv[3] ?? "/tmp/bangkom-shots";
fs.mkdirSync(out, { recursive: true });
const demo = JSON.parse(fs.readFileSync(path.join(ROOT, "prisma", "demo-accounts.json"), "utf8"));
const login = (role) => demo.accounts.find((a) => a.role === role).login;

// Extra pages (program, batch) come from BANGKOM_SHOT_IDS='{"cbProgram":…,"cbBatch":…,"openProgram":…,"running":…}'.
const ids = JSON.parse(process.env.BANGKOM_SHOT_IDS ?? "{}");
const extra = (role, pages) => (Object.keys(ids).length ? [{ role, pages }] : []);
const tours = [
  { role: null, pages: ["/login"] },
  { role: "ASN", pages: ["/beranda", "/admin"] },
  { role: "SUPERVISOR", pages: ["/tim", "/tim?q=zzzz"] },
  { role: "ADMIN", pages: ["/admin", "/admin/pegawai", "/admin/pegawai?kind=PPPK&positionType=PELAKSANA", "/admin/pegawai?q=tidakada"] },
  { role: "OPERATOR", pages: ["/admin/pegawai", "first-employee"] },
  { role: "TRAINER", pages: ["/mengajar"] },
  { role: "ASN", pages: ["/pelatihan", "/pelatihan/saya", "/kotak-masuk"] },
  { role: "SUPERVISOR", pages: ["/tim/persetujuan"] },
  { role: "ADMIN", pages: ["/admin/pelatihan", "/admin/pelatihan/baru"] },
  ...extra("ASN", [`/pelatihan/${ids.openProgram}`]),
  ...extra("ADMIN", [`/admin/pelatihan/${ids.cbProgram}`, `/admin/angkatan/${ids.cbBatch}`, `/admin/pelatihan/${ids.cbProgram}/angkatan-baru`]),
  ...extra("TRAINER", [`/presensi/${ids.running}`]),
];
const executablePath = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
for (const [label, viewport] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 390, height: 844 }]]) {
  for (const tour of tours) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    if (tour.role) {
      await page.goto(`${base}/login`);
      await page.getByLabel(/NIP atau e-mail/).fill(login(tour.role));
      await page.getByLabel("Kata sandi").fill(demo.password);
      await page.getByRole("button", { name: "Masuk" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    }
    for (const p of tour.pages) {
      if (p === "first-employee") await page.getByTestId("employee-rows").getByRole("link").first().click();
      else await page.goto(`${base}${p}`);
      await page.waitForLoadState("networkidle");
      const name = `${label}-${(tour.role ?? "anon").toLowerCase()}-${p.replace(/[^a-z0-9]+/gi, "_")}.png`;
      await page.screenshot({ path: path.join(out, name), fullPage: true });
      console.log(name);
    }
    await context.close();
  }
}
await browser.close();
