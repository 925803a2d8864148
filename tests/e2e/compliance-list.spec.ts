// Issue 12, the compliance list an admin writes letters from: sorted by shortfall (and any column, in the URL,
// with aria-sort), filtered to the ASN with 0 JP from the dashboard's card, each row opening the employee page,
// the Status column whole at 1366 px, the SIASN export downloaded from its button and its certificate numbers
// read back; a supervisor opens a staff member's JP from the team lists.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Locator, Page } from "@playwright/test";
import { account, expect as baseExpect, sql, sqlOne, test } from "./fixtures";

// The list over the whole demo agency is one heavy statement; on a busy machine a page may take many seconds.
const expect = baseExpect.configure({ timeout: 60_000 });

const year = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric" }).format(new Date()));
const number = (n: number) => new Intl.NumberFormat("id-ID").format(n);

/** Screenshots to look at, when BANGKOM_SHOTS_DIR names a folder (not part of the assertions). */
async function shot(page: Page, name: string) {
  const dir = process.env.BANGKOM_SHOTS_DIR;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

async function numbersOf(rows: Locator, attribute: string): Promise<number[]> {
  return rows.evaluateAll((trs, name) => trs.map((tr) => Number(tr.getAttribute(name))), attribute);
}

const isSorted = (values: number[], direction: "asc" | "desc") =>
  values.every((v, i) => i === 0 || (direction === "asc" ? values[i - 1]! <= v : values[i - 1]! >= v));

test.describe("compliance list", () => {
  // Long journeys over the whole demo list; on a busy machine each page may take seconds.
  test.describe.configure({ timeout: 180_000 });

  test("an admin sorts by shortfall and by JP, filters 0 JP from the dashboard card, and opens an employee", async ({ page, loginAs }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await loginAs("ADMIN");

    // The dashboard's "ASN dengan 0 JP" card leads to the list filtered to them.
    await page.goto("/admin/kepatuhan");
    const zero = Number((await page.getByTestId("stat-zero-jp-value").innerText()).replace(/\./g, ""));
    await page.getByTestId("stat-zero-jp-link").click();
    await expect(page).toHaveURL(new RegExp(`/admin/kepatuhan/daftar\\?tahun=${year}&jp=0$`));
    await expect(page.getByTestId("filter-zero-jp")).toHaveAttribute("aria-current", "true");
    await expect(page.getByTestId("zero-jp-notice")).toBeVisible();
    const rows = page.getByTestId("compliance-rows").locator("tr");
    if (zero > 0) {
      await expect(page.getByTestId("page-summary")).toHaveText(`Menampilkan 1–${Math.min(50, zero)} dari ${number(zero)}`);
      expect(new Set(await numbersOf(rows, "data-credited"))).toEqual(new Set([0]));
      await expect(page.getByTestId("compliance-rows").getByTestId("compliance-status").filter({ hasText: "Dikecualikan" })).toHaveCount(0);
    } else {
      await expect(page.getByTestId("empty-state")).toBeVisible();
    }
    // The export of the filtered list keeps the filter.
    await expect(page.getByRole("link", { name: "Unduh CSV" })).toHaveAttribute("href", `/api/ekspor/kepatuhan?tahun=${year}&jp=0&format=csv`);
    await shot(page, "compliance-list-zero-jp-1366");

    // The default order: the largest shortfall first, one click away from any other order.
    await page.getByTestId("filter-zero-jp").click();
    await expect(page).toHaveURL(new RegExp(`/admin/kepatuhan/daftar\\?tahun=${year}$`));
    const shortfallHeader = page.locator("th", { has: page.getByTestId("sort-kekurangan") });
    await expect(shortfallHeader).toHaveAttribute("aria-sort", "descending");
    expect(await rows.count()).toBeGreaterThan(1);
    const shortfalls = await numbersOf(rows, "data-shortfall");
    expect(isSorted(shortfalls, "desc"), shortfalls.join(",")).toBe(true);
    expect(shortfalls[0]).toBeGreaterThan(0);

    // Sort by credited JP, lowest first, then turn it around; the order is in the URL and in aria-sort.
    await page.getByTestId("sort-jp").click();
    await expect(page).toHaveURL(/urut=jp&arah=naik/);
    const jpHeader = page.locator("th", { has: page.getByTestId("sort-jp") });
    await expect(jpHeader).toHaveAttribute("aria-sort", "ascending");
    await expect(shortfallHeader).not.toHaveAttribute("aria-sort", /.+/);
    expect(isSorted(await numbersOf(rows, "data-credited"), "asc")).toBe(true);
    await page.getByTestId("sort-jp").click();
    await expect(page).toHaveURL(/urut=jp&arah=turun/);
    await expect(jpHeader).toHaveAttribute("aria-sort", "descending");
    const credited = await numbersOf(rows, "data-credited");
    expect(isSorted(credited, "desc")).toBe(true);
    expect(credited[0]).toBeGreaterThan(0);

    // The sort survives a status chip and the filter form; page 2 continues the same order.
    await page.getByTestId("status-tab-COMPLIANT").click();
    await expect(page).toHaveURL(/status=COMPLIANT/);
    await expect(page).toHaveURL(/urut=jp&arah=turun/);
    await page.getByTestId("status-tab-ALL").click();
    await page.getByRole("combobox", { name: "PNS dan PPPK" }).selectOption("PNS");
    await page.getByRole("button", { name: "Terapkan" }).click();
    await expect(page).toHaveURL(/kind=PNS/);
    await expect(page).toHaveURL(/urut=jp&arah=turun/);
    const lastOfFirstPage = (await numbersOf(rows, "data-credited")).at(-1)!;
    const next = page.getByRole("link", { name: /Berikutnya|Selanjutnya/ });
    if (await next.count()) {
      await next.first().click();
      await expect(page).toHaveURL(/page=2/);
      const second = await numbersOf(rows, "data-credited");
      expect(second[0]).toBeLessThanOrEqual(lastOfFirstPage);
      expect(isSorted(second, "desc")).toBe(true);
    }

    // One click back to the default order.
    await page.getByTestId("sort-shortfall-first").click();
    await expect(page).not.toHaveURL(/urut=/);
    await expect(shortfallHeader).toHaveAttribute("aria-sort", "descending");

    // By name: the header for name and NIP says which one sorts.
    await page.getByTestId("sort-nama").click();
    await expect(page).toHaveURL(/urut=nama&arah=naik/);
    await expect(page.locator("th", { has: page.getByTestId("sort-nama") })).toHaveAttribute("aria-sort", "ascending");

    // At 1366 px the table fits: the Status column is not cut off.
    const table = page.getByTestId("compliance-rows").locator("xpath=ancestor::div[contains(@class,'overflow-x-auto')][1]");
    const fits = await table.evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(fits).toBe(true);
    const status = page.locator("th", { has: page.getByTestId("sort-status") });
    const [statusBox, tableBox] = [await status.boundingBox(), await table.boundingBox()];
    expect(statusBox!.x + statusBox!.width).toBeLessThanOrEqual(tableBox!.x + tableBox!.width + 0.5);
    await shot(page, "compliance-list-1366");

    // Each row opens the employee page.
    const first = page.getByTestId("compliance-rows").locator("tr").first().getByRole("link").first();
    const name = await first.innerText();
    await first.click();
    await expect(page).toHaveURL(/\/admin\/pegawai\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  });

  test("at phone width the list keeps name, JP and status, and the page is no wider than the screen", async ({ page, loginAs }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await loginAs("ADMIN");
    await page.goto(`/admin/kepatuhan/daftar?tahun=${year}`);
    await expect(page.getByTestId("sort-jp")).toBeVisible();
    await expect(page.getByTestId("sort-status")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, "compliance-list-390");
  });

  test("the SIASN export downloads from its button, with the certificate numbers of the certificates issued", async ({ page, loginAs }) => {
    await loginAs("ADMIN");
    await page.goto("/admin/kepatuhan");
    const button = page.getByTestId("export-siasn");
    await expect(button).toHaveAttribute("href", `/api/ekspor/siasn?tahun=${year}&format=xlsx`);
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    expect(download.suggestedFilename()).toBe(`siasn-riwayat-kursus-${year}.xlsx`);
    const workbook = await new ExcelJS.Workbook().xlsx.readFile((await download.path())!);
    const sheet = workbook.worksheets[0]!;
    let header = 0;
    sheet.eachRow((row, n) => {
      if (!header && row.getCell(1).value === "NIP") header = n;
    });
    const headers = (sheet.getRow(header).values as ExcelJS.CellValue[]).slice(1);
    const column = (name: string) => headers.indexOf(name) + 1;
    const inFile: string[] = [];
    for (let n = header + 1; n <= sheet.rowCount; n++) {
      const value = sheet.getRow(n).getCell(column("Nomor Sertifikat")).value;
      if (value) inFile.push(`${sheet.getRow(n).getCell(column("NIP")).value} ${value}`);
    }

    // Every certificate (not revoked) issued for a participation credited this year, and external training's own numbers.
    const { agencyId } = await sqlOne<{ agencyId: string }>(`SELECT "agencyId" FROM "User" WHERE email = $1`, [account("ADMIN").login]);
    const internal = await sql<{ line: string }>(
      `SELECT e.nip || ' ' || c.number AS line FROM "Certificate" c
       JOIN "Enrolment" en ON en.id = c."enrolmentId" JOIN "Employee" e ON e.id = c."employeeId"
       WHERE c."agencyId" = $1 AND c."revokedAt" IS NULL
         AND (SELECT sum(l.minutes) FROM "LedgerEntry" l WHERE l."agencyId" = $1 AND l.year = $2 AND l."employeeId" = en."employeeId"
                AND (l."batchId" = en."batchId" OR l."correctsId" IN (SELECT id FROM "LedgerEntry" WHERE "batchId" = en."batchId"))) > 0`,
      [agencyId, year],
    );
    const external = await sql<{ line: string }>(
      `SELECT e.nip || ' ' || trim(x."certificateNumber") AS line FROM "ExternalTraining" x JOIN "Employee" e ON e.id = x."employeeId"
       WHERE x."agencyId" = $1 AND x.status = 'VERIFIED' AND nullif(trim(x."certificateNumber"), '') IS NOT NULL
         AND (SELECT sum(l.minutes) FROM "LedgerEntry" l WHERE l.year = $2 AND (l."externalTrainingId" = x.id
                OR l."correctsId" IN (SELECT id FROM "LedgerEntry" WHERE "externalTrainingId" = x.id))) > 0`,
      [agencyId, year],
    );
    expect(internal.length).toBeGreaterThan(0);
    expect(inFile.sort()).toEqual([...internal, ...external].map((r) => r.line).sort());

    // The list page's button carries the unit it shows.
    const { id: unitId } = await sqlOne<{ id: string }>(`SELECT id FROM "OrgUnit" WHERE code = 'DISKOMINFO' AND "agencyId" = $1`, [agencyId]);
    await page.goto(`/admin/kepatuhan/daftar?tahun=${year}&unitId=${unitId}`);
    await expect(page.getByTestId("export-siasn")).toHaveAttribute("href", `/api/ekspor/siasn?tahun=${year}&unitId=${unitId}&format=xlsx`);
  });

  test("a supervisor opens a staff member's JP from both team lists, and not someone else's", async ({ page, loginAs }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await loginAs("SUPERVISOR");
    await page.goto(`/tim/jp?tahun=${year}`);
    const link = page.getByTestId("team-jp-rows").getByRole("link").first();
    const name = await link.innerText();
    await link.click();
    await expect(page).toHaveURL(/\/tim\/[0-9a-f-]{36}(\?.*)?$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
    await expect(page.getByTestId("staff-jp")).toContainText(`JP tahun ${year}`);
    await expect(page.getByRole("heading", { name: `Riwayat JP tahun ${year}` })).toBeVisible();
    await shot(page, "team-member-1366");
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await shot(page, "team-member-390");

    await page.goto("/tim");
    await page.getByTestId("employee-rows").getByRole("link").first().click();
    await expect(page).toHaveURL(/\/tim\/[0-9a-f-]{36}$/);

    // Someone outside the team (another OPD's ASN) is not found.
    const { id } = await sqlOne<{ id: string }>(
      `SELECT e.id FROM "Employee" e JOIN "OrgUnit" u ON u.id = e."unitId" WHERE u.code NOT LIKE 'DISKOMINFO%' ORDER BY e.nip LIMIT 1`,
    );
    const response = await page.goto(`/tim/${id}`);
    expect(response?.status()).toBe(404);
  });
});
