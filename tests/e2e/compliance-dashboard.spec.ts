// Issue 4, the admin/operator compliance dashboard: per-OPD figures, the equity panel, the drill-down list
// and its filters, and who may open them.
import { axe } from "./page-checks";
import type { Page } from "@playwright/test";
import { account, expect, sqlOne, test } from "./fixtures";

const DISKOMINFO = "Dinas Komunikasi, Informatika, Statistik dan Persandian";
const year = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric" }).format(new Date()));
const number = (n: number) => new Intl.NumberFormat("id-ID").format(n);

/** ASN of the demo agency in service during the year, optionally only under one unit code. */
async function inService(unitCode?: string): Promise<number> {
  const { n } = await sqlOne<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Employee" e JOIN "OrgUnit" u ON u.id = e."unitId"
     WHERE e."agencyId" = (SELECT "agencyId" FROM "User" WHERE email = $1)
       AND e."serviceStartDate" <= make_date($2, 12, 31) AND (e."serviceEndDate" IS NULL OR e."serviceEndDate" >= make_date($2, 1, 1))
       AND ($3::text IS NULL OR u.path LIKE (SELECT path FROM "OrgUnit" WHERE code = $3) || '%')`,
    [account("ADMIN").login, year, unitCode ?? null],
  );
  return n;
}

async function noSeriousViolations(page: Page) {
  const results = await axe(page).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

test.describe("compliance dashboard", () => {
  test("an admin sees the per-OPD table and the equity panel, then drills down to an OPD and filters by status", async ({ page, loginAs }) => {
    test.slow(); // six page loads and two axe scans: past 30 s when the every-page spec shares the two cores
    await loginAs("ADMIN");
    await page.goto("/admin");
    await page.getByRole("link", { name: /Buka dasbor kepatuhan/ }).click();
    await expect(page).toHaveURL(/\/admin\/kepatuhan$/);
    await expect(page.getByRole("heading", { level: 1, name: "Kepatuhan JP" })).toBeVisible();

    // the per-OPD table, its total row and the headline cards
    const rows = page.getByTestId("opd-compliance-rows").locator("tr");
    expect(await rows.count()).toBeGreaterThan(1);
    await expect(page.getByTestId("opd-compliance-rows")).toContainText(DISKOMINFO);
    await expect(page.getByTestId("opd-compliance-total").locator("td").nth(1)).toHaveText(number(await inService()));
    await expect(page.getByTestId("stat-obligated-value")).toHaveText(/^\d[\d.]*$/);
    await expect(page.getByTestId("stat-average-value")).toHaveText(/^\d+,\d\d JP$/);
    await expect(page.getByTestId("opd-status-chart")).toBeVisible();

    // the equity panel: the four buckets and the top-decile sentence (or, with no training yet, why there is none)
    const equity = page.getByTestId("equity-panel");
    await expect(equity.getByRole("heading", { name: "Pemerataan pelatihan" })).toBeVisible();
    await expect(equity.getByTestId("equity-buckets").locator("tr")).toHaveCount(4);
    await expect(equity.getByTestId("equity-buckets")).toContainText("3 pelatihan atau lebih");
    await expect(equity.getByTestId("equity-top-decile")).toContainText(
      /tempat pelatihan diterima 10% ASN yang paling sering dilatih|Belum ada tempat pelatihan/,
    );

    // exports keep the year
    await expect(page.getByRole("link", { name: "Unduh XLSX" })).toHaveAttribute("href", `/api/ekspor/kepatuhan-opd?tahun=${year}&format=xlsx`);
    await expect(page.getByRole("link", { name: "Unduh CSV" })).toHaveAttribute("href", `/api/ekspor/kepatuhan-opd?tahun=${year}&format=csv`);
    await noSeriousViolations(page);

    // drill down into one OPD
    await page.getByTestId("opd-compliance-rows").getByRole("link", { name: DISKOMINFO }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/kepatuhan/daftar\\?tahun=${year}&unitId=[0-9a-f-]{36}$`));
    await expect(page.getByRole("heading", { level: 1, name: "Daftar kepatuhan ASN" })).toBeVisible();
    await expect(page.getByText(`${DISKOMINFO} · tahun ${year}`)).toBeVisible();
    const inOpd = await inService("DISKOMINFO");
    await expect(page.getByTestId("page-summary")).toHaveText(`Menampilkan 1–${Math.min(50, inOpd)} dari ${number(inOpd)}`);

    // filter by status with its chip: only that status is listed, as many as the chip said
    const chip = page.getByTestId("status-tab-AT_RISK");
    const count = Number((await chip.innerText()).match(/([\d.]+)\s*$/)![1]!.replace(/\./g, ""));
    await chip.click();
    await expect(page).toHaveURL(/status=AT_RISK/);
    await expect(page).toHaveURL(/unitId=/);
    await expect(page.getByTestId("status-tab-AT_RISK")).toHaveAttribute("aria-current", "page");
    if (count > 0) {
      await expect(page.getByTestId("page-summary")).toContainText(`dari ${number(count)}`);
      await expect(page.getByTestId("compliance-rows").locator('[data-testid="compliance-status"]:not([data-status="AT_RISK"])')).toHaveCount(0);
    } else {
      await expect(page.getByTestId("empty-state")).toBeVisible();
    }
    await expect(page.getByRole("link", { name: "Unduh CSV" })).toHaveAttribute("href", new RegExp(`^/api/ekspor/kepatuhan\\?tahun=${year}&unitId=[0-9a-f-]{36}&status=AT_RISK&format=csv$`));

    // the form keeps the status while another filter is added
    await page.getByRole("combobox", { name: "PNS dan PPPK" }).selectOption("PNS");
    await page.getByRole("button", { name: "Terapkan" }).click();
    await expect(page).toHaveURL(/kind=PNS/);
    await expect(page).toHaveURL(/status=AT_RISK/);
    await noSeriousViolations(page);
  });

  test("a past year shows at-risk ASN as non-compliant", async ({ page, loginAs }) => {
    await loginAs("ADMIN");
    await page.goto("/admin/kepatuhan");
    await page.getByRole("navigation", { name: "Pilih tahun" }).getByRole("link", { name: String(year - 1) }).click();
    await expect(page).toHaveURL(new RegExp(`tahun=${year - 1}`));
    await expect(page.getByText(`Tahun ${year - 1} sudah berakhir`)).toBeVisible();
    await expect(page.getByTestId("stat-on-track")).toHaveCount(0);
    await expect(page.getByTestId("stat-behind")).toContainText("Tidak memenuhi");
  });

  test("an operator sees only their own OPD", async ({ page, loginAs }) => {
    await loginAs("OPERATOR");
    await page.goto("/admin/kepatuhan");
    await expect(page.getByTestId("opd-compliance-rows").locator("tr")).toHaveCount(1);
    await expect(page.getByTestId("opd-compliance-rows")).toContainText(DISKOMINFO);
    await expect(page.getByTestId("opd-compliance-total").locator("td").nth(1)).toHaveText(number(await inService("DISKOMINFO")));
    await page.goto("/admin/kepatuhan/daftar");
    await expect(page.getByTestId("page-summary")).toContainText(`dari ${number(await inService("DISKOMINFO"))}`);
  });

  test("an ASN is refused both pages", async ({ page, loginAs }) => {
    await loginAs("ASN");
    for (const url of ["/admin/kepatuhan", `/admin/kepatuhan/daftar?tahun=${year}`]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(403);
      await expect(page.getByTestId("forbidden")).toBeVisible();
    }
  });
});
