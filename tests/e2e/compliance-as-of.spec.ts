// Issue 10, section 4: the compliance dashboard and list "per tanggal D". Credited minutes are the entries
// dated on or before D, so on 31 January (before the demo's February batches) the figures are lower than today.
import { expect, test } from "./fixtures";

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());
const year = Number(today.slice(0, 4));
const asOf = `${year}-01-31`;

test.describe("compliance as of a date", () => {
  test.skip(today <= `${year}-02-11`, "the demo's first credits of the year are dated 10 February");
  // Signing in and the dashboard's figures over the whole agency take a while on a busy two-core machine.
  test.setTimeout(120_000);

  test("an admin picks 31 January: the figures change, the heading and the export carry the date", async ({ page, loginAs }) => {
    await loginAs("ADMIN");
    await page.goto(`/admin/kepatuhan?tahun=${year}`);
    const average = page.getByTestId("stat-average-value");
    const todays = await average.innerText();

    await page.getByLabel("Per tanggal").fill(asOf);
    await page.getByRole("button", { name: "Tampilkan" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/kepatuhan\\?tahun=${year}&per=${asOf}$`));
    await expect(page.getByText(`tahun ${year} · per 31 Januari ${year}`)).toBeVisible();
    await expect(page.getByTestId("as-of-notice")).toContainText(`Angka per 31 Januari ${year}`);
    await expect(average).not.toHaveText(todays);
    await page.screenshot({ path: test.info().outputPath("compliance-as-of.png"), fullPage: false });

    // The per-OPD export carries the date into its file name.
    const opdExport = page.getByRole("link", { name: "Unduh XLSX" });
    await expect(opdExport).toHaveAttribute("href", `/api/ekspor/kepatuhan-opd?tahun=${year}&per=${asOf}&format=xlsx`);
    const opdDownload = page.waitForEvent("download");
    await opdExport.click();
    expect((await opdDownload).suggestedFilename()).toBe(`kepatuhan-opd-${year}-per-${asOf}.xlsx`);

    // The list keeps the date; its CSV is the list as of that date.
    await page.getByRole("link", { name: /Lihat daftar ASN/ }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/kepatuhan/daftar\\?tahun=${year}&per=${asOf}$`));
    await expect(page.getByLabel("Per tanggal")).toHaveValue(asOf);
    const csvLink = page.getByRole("link", { name: "Unduh CSV" });
    await expect(csvLink).toHaveAttribute("href", `/api/ekspor/kepatuhan?tahun=${year}&per=${asOf}&format=csv`);
    const listDownload = page.waitForEvent("download");
    await csvLink.click();
    const file = await listDownload;
    expect(file.suggestedFilename()).toBe(`kepatuhan-jp-${year}-per-${asOf}.csv`);
    const csv = (await import("node:fs")).readFileSync((await file.path())!, "utf8");
    expect(csv.split("\r\n")[0]).toContain(";Status;Di atas batas PPPK");
    await page.screenshot({ path: test.info().outputPath("compliance-list-as-of.png"), fullPage: false });

    // Back to today: the link drops the date.
    await page.getByRole("link", { name: "Hari ini" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/kepatuhan/daftar\\?tahun=${year}$`));
  });

  test("a date outside the year is not used, and says so", async ({ page, loginAs }) => {
    await loginAs("ADMIN");
    await page.goto(`/admin/kepatuhan?tahun=${year}&per=${year - 1}-10-01`);
    await expect(page.getByRole("status").filter({ hasText: `Tanggal "${year - 1}-10-01" tidak dipakai` })).toBeVisible();
    await expect(page.getByTestId("as-of-notice")).toHaveCount(0);
    const response = await page.request.get(`/api/ekspor/kepatuhan?tahun=${year}&per=${year}-02-30`);
    expect(response.status()).toBe(400);
  });
});
