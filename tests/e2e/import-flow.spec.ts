// The import pages in Chromium, with the inactivity-periods kind: an admin uploads a CSV with one bad row, sees
// it with its line, column and reason, downloads the error file (the original plus "Kesalahan"), fixes the file,
// uploads again, confirms, sees the counts, and a re-upload of the same file changes nothing. Also: the progress
// bar follows a run being checked, a 300-row dry run pages through every row, and operators are refused.
import fs from "node:fs";
import { parse } from "csv-parse/sync";
import type { Page } from "@playwright/test";
import { account, expect, loginAsAccount, sql, sqlOne, test } from "./fixtures";

const HEADER = "NIP;JENIS;TANGGAL MULAI;TANGGAL SELESAI;KETERANGAN";
const csv = (lines: string[]) => Buffer.from(`\uFEFF${[HEADER, ...lines].join("\r\n")}\r\n`);

/** Two demo employees who are none of the demo accounts and have no period yet: their periods (from 2031 on) disturb nobody's figures. */
async function quietEmployees(): Promise<{ id: string; nip: string }[]> {
  const accounts = ["ASN", "SUPERVISOR", "OPERATOR", "TRAINER"].map((role) => account(role as "ASN").login);
  return sql<{ id: string; nip: string }>(
    `SELECT e.id::text AS id, e.nip FROM "Employee" e JOIN "Agency" a ON a.id = e."agencyId" AND a.code <> 'KABCONTOH'
     WHERE e.nip <> ALL($1::text[]) AND NOT EXISTS (SELECT 1 FROM "InactivityPeriod" p WHERE p."employeeId" = e.id) ORDER BY e.nip LIMIT 2`, [accounts]);
}

async function upload(page: Page, name: string, buffer: Buffer) {
  await page.goto("/admin/impor/inactivity-periods");
  await page.getByLabel("Berkas (CSV atau XLSX)").setInputFiles({ name, mimeType: "text/csv", buffer });
  await page.getByRole("button", { name: "Unggah dan periksa" }).click();
  await page.waitForURL(/\/admin\/impor\/proses\/[0-9a-f-]{36}$/);
  return page.url().split("/").pop()!;
}

const count = (page: Page, key: string) => page.getByTestId(`import-count-${key}`).locator("dd");

test("an admin fixes a bad row with the error file, applies the import, and the same file again changes nothing", async ({ page }) => {
  test.slow();
  await loginAsAccount(page, account("ADMIN").login);
  const [a, b] = await quietEmployees();
  await page.goto("/admin/impor");
  await expect(page.getByRole("heading", { name: "Impor data", level: 1 })).toBeVisible();
  await page.getByTestId("import-kinds").getByRole("link", { name: "Unggah berkas" }).first().click();
  await expect(page).toHaveURL(/\/admin\/impor\/inactivity-periods$/);

  // Not a spreadsheet: refused on the field, in Bahasa Indonesia, before anything is kept.
  const runsBefore = Number((await sqlOne<{ n: string }>(`SELECT count(*) AS n FROM "ImportRun"`)).n);
  await page.getByLabel("Berkas (CSV atau XLSX)").setInputFiles({ name: "catatan.txt", mimeType: "text/plain", buffer: Buffer.from("halo") });
  await page.getByRole("button", { name: "Unggah dan periksa" }).click();
  await expect(page.getByTestId("error-file")).toHaveText(/Berkas: harus berformat CSV \(\.csv\) atau Excel \(\.xlsx\)/);
  expect(Number((await sqlOne<{ n: string }>(`SELECT count(*) AS n FROM "ImportRun"`)).n)).toBe(runsBefore);

  const good = [`${a!.nip};Cuti Besar;01-02-2031;30-04-2031;Cuti besar`, `${b!.nip};Tugas Belajar;01-08-2031;31-07-2032;"S2; UGM"`];
  const badLine = `1990;Cuti Besar;01-05-2031;31-05-2031;`;
  const badFile = csv([good[0]!, good[1]!, badLine]);
  const badRun = await upload(page, "periode-2031.csv", badFile);
  await expect(page.getByTestId("import-status")).toHaveText("Ada kesalahan");
  await expect(count(page, "errors")).toHaveText("1");
  const errorRow = page.getByTestId("import-error-row");
  await expect(errorRow).toHaveCount(1);
  await expect(errorRow.locator("td")).toHaveText(["4", "NIP", "NIP harus 18 angka."]);
  await expect(page.getByRole("button", { name: "Terapkan", exact: true })).toBeDisabled();

  // The error file: the original, cell for cell, plus the "Kesalahan" column.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh berkas galat" }).click()]);
  expect(download.suggestedFilename()).toBe("periode-2031-kesalahan.csv");
  const text = fs.readFileSync((await download.path())!, "utf8");
  const records = parse(text.replace(/^\uFEFF/, ""), { delimiter: ";" }) as string[][];
  const original = parse(badFile.toString("utf8").replace(/^\uFEFF/, ""), { delimiter: ";" }) as string[][];
  expect(records.map((r) => r.slice(0, -1))).toEqual(original);
  expect(records.map((r) => r.at(-1))).toEqual(["Kesalahan", "", "", "NIP: NIP harus 18 angka."]);
  // The error file is the admin's alone.
  const operator = await page.context().browser()!.newContext();
  await loginAsAccount(operator, account("OPERATOR").login);
  expect((await operator.request.get(`/api/impor/${badRun}/kesalahan`)).status()).toBe(403);
  const operatorPage = await operator.newPage();
  expect((await operatorPage.goto(`/admin/impor/proses/${badRun}`))!.status()).toBe(403);
  expect((await operatorPage.goto("/admin/impor"))!.status()).toBe(403);
  await operator.close();

  // Fixed: the bad row dropped. The dry run shows three... two new records, and applying asks first.
  const fixed = csv(good);
  await upload(page, "periode-2031.csv", fixed);
  await expect(page.getByTestId("import-status")).toHaveText("Siap diterapkan");
  await expect(count(page, "creates")).toHaveText("2");
  await expect(count(page, "errors")).toHaveText("0");
  await expect(page.getByTestId("import-record-row")).toHaveCount(2);
  await page.getByRole("button", { name: "Terapkan", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("2 data baru ditambahkan, 0 diubah, 0 tidak berubah, 0 tidak ada di berkas");
  await dialog.getByRole("button", { name: "Kembali" }).click();
  await expect(dialog).toBeHidden();
  expect(Number((await sqlOne<{ n: string }>(`SELECT count(*) AS n FROM "InactivityPeriod" WHERE "employeeId" = ANY($1::uuid[])`, [[a!.id, b!.id]])).n)).toBe(0);
  await page.getByRole("button", { name: "Terapkan", exact: true }).click();
  await dialog.getByRole("button", { name: "Ya, terapkan" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Diterapkan");
  await expect(page.getByTestId("import-result")).toContainText("2 data baru, 0 diubah, 0 tidak berubah");
  const periods = await sql<{ nip: string; start: string; note: string | null }>(
    `SELECT e.nip, to_char(p."startDate", 'YYYY-MM-DD') AS start, p.note FROM "InactivityPeriod" p JOIN "Employee" e ON e.id = p."employeeId" WHERE p."employeeId" = ANY($1::uuid[]) ORDER BY start`,
    [[a!.id, b!.id]]);
  expect(periods).toEqual([{ nip: a!.nip, start: "2031-02-01", note: "Cuti besar" }, { nip: b!.nip, start: "2031-08-01", note: "S2; UGM" }]);

  // The same file again: nothing new, nothing changed.
  await upload(page, "periode-2031.csv", fixed);
  await expect(page.getByTestId("import-status")).toHaveText("Siap diterapkan");
  await expect(count(page, "creates")).toHaveText("0");
  await expect(count(page, "updates")).toHaveText("0");
  await expect(count(page, "unchanged")).toHaveText("2");

  // The hub lists the runs, newest first.
  await page.goto("/admin/impor");
  await expect(page.getByTestId("import-run-row").first()).toContainText("periode-2031.csv");
});

test("the progress bar follows a run being checked, and the page shows the dry run when the check ends", async ({ page }) => {
  test.slow(); // a refresh after each status change; slow when the machine is shared
  await loginAsAccount(page, account("ADMIN").login);
  const runId = await upload(page, "kosong.csv", csv([]));
  await expect(page.getByTestId("import-status")).toHaveText("Siap diterapkan");
  // As the job queue would leave it mid-way (the e2e server runs no worker): checking, 0 of 10 rows.
  await sql(`UPDATE "ImportRun" SET status = 'CHECKING', "progressDone" = 0, "progressTotal" = 10 WHERE id = $1`, [runId]);
  await page.reload();
  const bar = page.getByRole("progressbar", { name: "Kemajuan" });
  await expect(bar).toHaveAttribute("aria-valuenow", "0");
  await sql(`UPDATE "ImportRun" SET "progressDone" = 5 WHERE id = $1`, [runId]);
  await expect(bar).toHaveAttribute("aria-valuenow", "50");
  await expect(page.getByTestId("import-progress")).toContainText("5 dari 10 baris (50%)");
  await sql(`UPDATE "ImportRun" SET status = 'READY', "progressDone" = 0, "progressTotal" = 0 WHERE id = $1`, [runId]);
  await expect(page.getByTestId("import-summary")).toBeVisible();
  await expect(bar).toHaveCount(0);
});

test("a dry run of 300 rows pages through all of them, and a cancelled run cannot be applied", async ({ page }) => {
  test.slow();
  await loginAsAccount(page, account("ADMIN").login);
  const [person] = await quietEmployees();
  // 300 periods of one person (one a week from 2032 on) and 30 bad rows after them.
  const start = Date.UTC(2032, 0, 5);
  const day = (t: number) => { const d = new Date(t); return `${String(d.getUTCDate()).padStart(2, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${d.getUTCFullYear()}`; };
  const rows = Array.from({ length: 300 }, (_, i) => `${person!.nip};Lainnya;${day(start + i * 7 * 86_400_000)};${day(start + (i * 7 + 1) * 86_400_000)};`);
  const bad = Array.from({ length: 30 }, (_, i) => `${person!.nip};Lainnya;${day(start + i * 86_400_000)};bukan tanggal;`);
  await upload(page, "tiga-ratus.csv", csv([...rows, ...bad]));
  await expect(count(page, "errors")).toHaveText("30");
  const errors = page.getByTestId("import-error-row");
  await expect(errors).toHaveCount(25);
  await expect(errors.first().locator("td").first()).toHaveText("302");
  await page.getByRole("link", { name: "Berikutnya" }).click();
  await expect(errors).toHaveCount(5);
  await expect(errors.last().locator("td")).toHaveText(["331", "TANGGAL SELESAI", /Bukan tanggal/]);

  await upload(page, "tiga-ratus.csv", csv(rows));
  await expect(count(page, "creates")).toHaveText("300");
  const created = page.getByTestId("import-record-row");
  await expect(created).toHaveCount(25);
  await expect(page.getByTestId("page-summary")).toHaveText("Menampilkan 1–25 dari 300");
  const seen = new Set<string>();
  for (let p = 1; p <= 12; p += 1) {
    if (p > 1) await page.getByRole("link", { name: "Berikutnya" }).click();
    await expect(page.getByText(`Halaman ${p} dari 12`)).toBeVisible();
    for (const line of await created.locator("td:first-child").allTextContents()) seen.add(line);
  }
  expect(seen.size).toBe(300);
  await expect(page.getByRole("link", { name: "Berikutnya" })).toHaveCount(0);

  await page.getByRole("button", { name: "Batalkan impor" }).click();
  await page.getByRole("button", { name: "Ya, batalkan" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Dibatalkan");
  await expect(page.getByTestId("import-cancelled")).toBeVisible();
  await expect(page.getByRole("button", { name: "Terapkan", exact: true })).toHaveCount(0);
  expect(Number((await sqlOne<{ n: string }>(`SELECT count(*) AS n FROM "InactivityPeriod" WHERE "employeeId" = $1`, [person!.id])).n)).toBe(0);
});
