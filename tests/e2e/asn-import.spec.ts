// The SIASN ASN import in Chromium (issue 13's acceptance): the admin of an empty agency uploads a SIASN-shaped
// CSV of 2,000 ASN, sees the dry run (2,000 new), confirms, and the employees, units and positions exist (the
// employee list counts 2,000); the same file again reports 0 changes; a file with one changed unit and one missing
// person shows exactly those two, and the missing one's service ends on the date the admin gives.
import type { Page } from "@playwright/test";
import { EMPTY_AGENCY } from "../factories/empty-agency";
import { siasnCsv, siasnRows } from "../factories/siasn-export";
import { expect, loginAsAccount, sql, sqlOne, test } from "./fixtures";

const N = 2_000;
// NIPs are unique nationally: seed 7 keeps these clear of the demo's and of other specs' files.
const rows = siasnRows(N, 7);

async function upload(page: Page, name: string, text: string) {
  await page.goto("/admin/impor/asn");
  await page.getByLabel("Berkas (CSV atau XLSX)").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
  await page.getByRole("button", { name: "Unggah dan periksa" }).click();
  await page.waitForURL(/\/admin\/impor\/proses\/[0-9a-f-]{36}$/, { timeout: 120_000 });
  await expect(page.getByTestId("import-summary")).toBeVisible({ timeout: 120_000 });
}

const count = (page: Page, key: string) => page.getByTestId(`import-count-${key}`).locator("dd");

async function apply(page: Page) {
  await page.getByRole("button", { name: "Terapkan", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ya, terapkan" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Diterapkan", { timeout: 180_000 });
}

test("2,000 ASN into an empty agency: dry run, apply, the same file again, then one moved and one missing", async ({ page }) => {
  test.setTimeout(600_000);
  const agency = await sqlOne<{ id: string }>(`SELECT id::text AS id FROM "Agency" WHERE code = $1`, [EMPTY_AGENCY.code]);
  expect(Number((await sqlOne<{ n: string }>(`SELECT count(*) AS n FROM "Employee" WHERE "agencyId" = $1`, [agency.id])).n)).toBe(0);
  await loginAsAccount(page, EMPTY_AGENCY.adminEmail);

  const text = siasnCsv(rows);
  await upload(page, "ekspor-asn-november.csv", text);
  await expect(page.getByTestId("import-status")).toHaveText("Siap diterapkan");
  await expect(count(page, "creates")).toHaveText("2.000");
  await expect(count(page, "updates")).toHaveText("0");
  await expect(count(page, "errors")).toHaveText("0");
  await apply(page);
  await expect(page.getByTestId("import-result")).toContainText("2.000 data baru");

  const units = new Set(rows.map((r) => r["UNOR ID"]));
  const positions = new Set(rows.map((r) => `${r["UNOR ID"]}|${r["JABATAN NAMA"]}`));
  const state = await sqlOne<{ employees: string; units: string; positions: string }>(
    `SELECT (SELECT count(*) FROM "Employee" WHERE "agencyId" = $1) AS employees, (SELECT count(*) FROM "OrgUnit" WHERE "agencyId" = $1 AND "siasnId" IS NOT NULL) AS units,
            (SELECT count(*) FROM "Position" WHERE "agencyId" = $1) AS positions`, [agency.id]);
  expect(state).toEqual({ employees: String(N), units: String(units.size), positions: String(positions.size) });
  await page.getByRole("link", { name: "Lihat daftar pegawai" }).click();
  await expect(page.getByTestId("page-summary")).toContainText("dari 2.000");

  // The same file again: nothing to do.
  await upload(page, "ekspor-asn-november.csv", text);
  await expect(count(page, "creates")).toHaveText("0");
  await expect(count(page, "updates")).toHaveText("0");
  await expect(count(page, "missing")).toHaveText("0");
  await expect(count(page, "unchanged")).toHaveText("2.000");

  // One person moved to another unit, one gone from the file: exactly those two.
  const moved = { ...rows[46]!, "UNOR ID": "UNOR-3", "UNOR NAMA": "Dinas Nomor 3", "UNOR INDUK": "" };
  const gone = rows[47]!;
  const changed = rows.map((r, i) => (i === 46 ? moved : r)).filter((_, i) => i !== 47);
  await upload(page, "ekspor-asn-desember.csv", siasnCsv(changed));
  await expect(count(page, "creates")).toHaveText("0");
  await expect(count(page, "updates")).toHaveText("1");
  await expect(count(page, "missing")).toHaveText("1");
  await expect(count(page, "unchanged")).toHaveText("1.998");
  await page.getByRole("link", { name: /^Berubah/ }).click();
  const change = page.getByTestId("import-change-row");
  await expect(change).toHaveCount(1);
  await expect(change).toContainText(moved.NAMA);
  await expect(change).toContainText("Dinas Nomor 3");
  await page.getByRole("link", { name: /^Tidak ada di berkas/ }).click();
  await expect(page.getByTestId("import-record-row")).toHaveCount(1);
  await expect(page.getByTestId("import-record-row")).toContainText(gone.NAMA);

  await page.getByLabel("Akhiri masa kerja pada tanggal").fill("2026-12-31");
  await page.getByRole("button", { name: "Terapkan", exact: true }).click();
  await expect(page.getByRole("dialog")).toContainText("Masa kerja 1 pegawai yang tidak ada di berkas diakhiri pada 31 Desember 2026");
  await page.getByRole("dialog").getByRole("button", { name: "Ya, terapkan" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Diterapkan", { timeout: 180_000 });
  const [person] = await sql<{ unit: string }>(`SELECT u."siasnId" AS unit FROM "Employee" e JOIN "OrgUnit" u ON u.id = e."unitId" WHERE e.nip = $1`, [moved["NIP BARU"]]);
  expect(person!.unit).toBe("UNOR-3");
  const [ended] = await sql<{ end: string }>(`SELECT to_char("serviceEndDate", 'YYYY-MM-DD') AS end FROM "Employee" WHERE nip = $1`, [gone["NIP BARU"]]);
  expect(ended!.end).toBe("2026-12-31");
});
