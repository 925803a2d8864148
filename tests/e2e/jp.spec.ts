// Issue 4 in the browser: the worked examples' figures on "JP saya", the team sorted by risk, the policy
// editor, and closing a year. The example ASN are seeded by tests/factories/demo-compliance.ts.
import { expect, loginAsAccount, sqlOne, test } from "./fixtures";

const thisYear = new Date().getUTCFullYear();

test("example 5: an ASN on track sees the shortfall and the confirmed batch that covers it", async ({ page }) => {
  await loginAsAccount(page, "199109092017011004");
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto("/jp");
  await expect(page.getByTestId("jp-credited")).toHaveText("13,33 JP");
  await expect(page.getByTestId("jp-target")).toContainText("600 dari target 900 menit (20,00 JP)");
  await expect(page.getByTestId("jp-reason")).toHaveText("Kurang 6,67 JP; 1 pelatihan terkonfirmasi akan menutupinya.");
  await expect(page.getByTestId("compliance-status")).toHaveText("Sesuai jalur");
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "66");
  await expect(page.getByTestId("jp-upcoming")).toContainText("8,00 JP direncanakan");
});

test("examples 1–4 in 2025: full year with externals, late start, study assignment, correction", async ({ browser }) => {
  const cases: [string, string, string, string][] = [
    ["199001122016031005", "15,33 JP", "690 dari target 900 menit (20,00 JP)", "Tidak memenuhi"],
    ["199607202025072001", "8,67 JP", "390 dari target 375 menit (8,33 JP)", "Memenuhi"],
    ["198805052014021003", "13,33 JP", "600 dari target 600 menit (13,33 JP)", "Memenuhi"],
    ["199303032018012002", "6,67 JP", "300 dari target 900 menit (20,00 JP)", "Tidak memenuhi"],
  ];
  for (const [nip, credited, target, status] of cases) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await loginAsAccount(page, nip);
    await expect(page).not.toHaveURL(/\/login/);
    await page.goto("/jp?tahun=2025");
    await expect(page.getByTestId("jp-credited")).toHaveText(credited);
    await expect(page.getByTestId("jp-target")).toHaveText(target);
    await expect(page.getByTestId("compliance-status")).toHaveText(status);
    if (nip === "199001122016031005") {
      await expect(page.getByTestId("jp-reason")).toHaveText("Tahun 2025 berakhir dengan kekurangan 4,67 JP.");
      await expect(page.getByTestId("jp-pending")).toContainText("1 pelatihan eksternal (10,00 JP) menunggu verifikasi");
    }
    if (nip === "199303032018012002") {
      await expect(page.getByTestId("ledger-rows")).toContainText("Presensi tercatat pada peserta yang salah");
      await expect(page.getByTestId("ledger-rows")).toContainText("-360 menit (-8,00 JP)");
    }
    await context.close();
  }
});

test("the supervisor's team is sorted furthest behind first", async ({ page, loginAs }) => {
  await loginAs("SUPERVISOR");
  await page.goto("/tim/jp?tahun=2025");
  const statuses = await page.getByTestId("team-jp-rows").getByTestId("compliance-status").evaluateAll((els) => els.map((e) => e.getAttribute("data-status")));
  expect(statuses.length).toBeGreaterThan(5);
  const rank: Record<string, number> = { NON_COMPLIANT: 0, AT_RISK: 1, ON_TRACK: 2, COMPLIANT: 3, EXEMPT: 4 };
  const ranks = statuses.map((s) => rank[s ?? ""] ?? 9);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  await expect(page.getByTestId("team-jp-rows")).toContainText("Fitri Handayani");
});

test("an admin saves next year's policy (audited); an ASN may not open the editor", async ({ page, loginAs, browser }) => {
  const year = thisYear + 1;
  await loginAs("ADMIN");
  await page.goto(`/admin/kebijakan?tahun=${year}`);
  await page.getByLabel("Target JP setahun").fill("0"); // a target of 0 would make everyone compliant
  await page.getByRole("button", { name: "Simpan kebijakan" }).click();
  await expect(page.getByTestId("error-targetJp")).toHaveText("Target JP harus bilangan bulat antara 1 dan 200.");
  await page.getByLabel("Target JP setahun").fill("40");
  await page.getByLabel(/NKL09/).check();
  await page.getByRole("button", { name: "Simpan kebijakan" }).click();
  await expect(page.getByTestId("form-message")).toHaveText(`Kebijakan JP tahun ${year} disimpan.`);
  const saved = await sqlOne<{ targetJp: number; codes: string }>(`SELECT "targetJp", "countedRouteCodes"::text AS codes FROM "AgencyPolicy" WHERE year = $1`, [year]);
  expect(saved).toEqual({ targetJp: 40, codes: "{NKL09}" });
  expect((await sqlOne<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditLog" WHERE entity = 'AgencyPolicy' AND "entityId" LIKE $1`, [`%:${year}`])).n).toBeGreaterThan(0);

  const asn = await (await browser.newContext()).newPage();
  await loginAsAccount(asn, "199203152019032001");
  await expect(asn).not.toHaveURL(/\/login/);
  const response = await asn.goto(`/admin/kebijakan?tahun=${year}`);
  expect(response?.status()).toBe(403);
});

test("an admin closes a past year after confirming; the snapshot verifies", async ({ page, loginAs }) => {
  await loginAs("ADMIN");
  await page.goto("/admin/kepatuhan/tutup-tahun?tahun=2024");
  await page.getByRole("button", { name: "Tutup tahun 2024" }).click();
  await expect(page.getByText("Tutup tahun 2024 sekarang? Potret yang tersimpan tidak dapat diubah.")).toBeVisible();
  await page.getByRole("button", { name: "Tutup tahun 2024" }).click();
  // The page re-renders with the stored snapshot in place of the form.
  await expect(page.getByTestId("close-intact")).toHaveText("Potret utuh: sidik isi cocok dengan isinya.");
  const stored = await sqlOne<{ n: number; hash: string }>(`SELECT "employeeCount" AS n, "contentHash" AS hash FROM "YearClose" WHERE year = 2024`);
  expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
  await expect(page.getByText(stored.hash)).toBeVisible();
  expect((await sqlOne<{ n: number }>(`SELECT count(*)::int AS n FROM "YearCloseRow" WHERE year = 2024`)).n).toBe(stored.n);
  // The dashboard of that year says so, and leads to the difference report.
  await page.goto("/admin/kepatuhan?tahun=2024");
  await page.getByTestId("year-closed").getByRole("link", { name: "Lihat perubahan sejak penutupan" }).click();
  await expect(page).toHaveURL(/tutup-tahun\?tahun=2024$/);
});
