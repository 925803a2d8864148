// Issue 13, "the audit trail, visible": an admin changes a batch's venue, finds the change in /admin/audit as a
// readable diff ("Tempat: Gedung Diklat BKPP → Hotel Santika"), exports the filtered list as XLSX (read back), and
// sees it in the batch page's "Riwayat perubahan". With 300 older rows about the batch, its history still pages.
// An operator never sees it (page and export). The batch is this spec's own (written with SQL, removed
// afterwards); its audit rows stay, as every audit row does.
import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { account, expect, loginAsAccount, sql, sqlOne, test } from "./fixtures";

const DAY = 86_400_000;
const CHANGE = "Tempat: Gedung Diklat BKPP → Hotel Santika";

async function ownBatch(): Promise<{ batchId: string; agencyId: string }> {
  const { agencyId } = await sqlOne<{ agencyId: string }>(`SELECT "agencyId"::text FROM "User" WHERE email = $1`, [account("ADMIN").login]);
  const program = await sqlOne<{ id: string }>(`SELECT id::text FROM "Program" WHERE "agencyId" = $1 ORDER BY title LIMIT 1`, [agencyId]);
  const { number } = await sqlOne<{ number: number }>(`SELECT COALESCE(MAX(number), 0) + 200 AS number FROM "Batch" WHERE "programId" = $1`, [program.id]);
  const start = new Date(Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`) + 90 * DAY);
  const [row] = await sql<{ id: string }>(
    `INSERT INTO "Batch" (id, "agencyId", "programId", number, "startDate", "endDate", venue, capacity, "registrationOpensAt", "registrationClosesAt", status, "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, $4, $4, 'Gedung Diklat BKPP', 25, date_trunc('minute', now()) - interval '1 day',
             date_trunc('minute', now()) + interval '30 days', 'OPEN', now()) RETURNING id::text`,
    [agencyId, program.id, number, start],
  );
  return { batchId: row!.id, agencyId };
}

/** With BANGKOM_SHOTS_DIR set, saves the page at 1366 and 390 px; at 390 the document must not be wider. */
async function shoot(page: Page, name: string) {
  const dir = process.env.BANGKOM_SHOTS_DIR;
  if (!dir) return;
  for (const [label, width] of [["desktop", 1366], ["phone", 390]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${dir}/${name}-${label}.png`, fullPage: true });
    if (label === "phone") expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

async function readXlsx(path: string) {
  const workbook = await new ExcelJS.Workbook().xlsx.readFile(path);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (v) => (v == null ? "" : String(v)))));
  const header = rows.findIndex((r) => r[0] === "Waktu");
  return { header: rows[header]!, data: rows.slice(header + 1) };
}

let fixture: { batchId: string; agencyId: string };
test.beforeAll(async () => {
  fixture = await ownBatch();
});
test.afterAll(async () => {
  if (fixture) await sql(`DELETE FROM "Batch" WHERE id = $1`, [fixture.batchId]);
});

test("an admin's venue change reads as a diff in /admin/audit, in its XLSX export and in the batch's 'Riwayat perubahan'", async ({ page }) => {
  test.setTimeout(300_000); // seven pages of 50 entries, on a machine other test runs share
  const { batchId, agencyId } = fixture;
  await page.setViewportSize({ width: 1366, height: 900 });
  await loginAsAccount(page, account("ADMIN").login);
  await page.goto(`/admin/angkatan/${batchId}/ubah`);
  const form = page.getByTestId("batch-edit-form");
  await form.getByLabel("Tempat", { exact: true }).fill("Hotel Santika");
  await form.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(form.getByTestId("form-message")).toContainText("Angkatan diperbarui");

  // The audit page, filtered to this batch through the form.
  await page.goto("/admin/audit");
  const filters = page.getByTestId("audit-filters");
  await filters.getByLabel("Jenis data").selectOption({ label: "Angkatan" });
  await filters.getByLabel("Id data").fill(batchId);
  await filters.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(new RegExp(`entityId=${batchId}`));
  const entries = page.getByTestId("audit-entry");
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText("Mengubah");
  await expect(entries.first()).toContainText("Angkatan");
  // The venue first; then what the change also moved (the calendar sequence) and what it recorded beside it.
  await expect(entries.first().getByTestId("audit-change").first()).toHaveText(CHANGE);
  await expect(entries.first().getByTestId("audit-change").nth(1)).toHaveText("Urutan jadwal: 0 → 1");
  await shoot(page, "audit-filtered");

  // The export of the same filters: a download, read back.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("audit-export").click()]);
  expect(download.suggestedFilename()).toMatch(/^jejak-audit-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const sheet = await readXlsx((await download.path())!);
  expect(sheet.header).toEqual(["Waktu", "Oleh", "NIP/e-mail", "Tindakan", "Jenis data", "Data", "Id data", "Perubahan"]);
  expect(sheet.data).toHaveLength(1);
  expect(sheet.data[0]!.slice(3, 5)).toEqual(["Mengubah", "Angkatan"]);
  expect(sheet.data[0]![6]).toBe(batchId);
  expect(sheet.data[0]![7]!.split("\n").slice(0, 2)).toEqual([CHANGE, "Urutan jadwal: 0 → 1"]);

  // The batch page's own history.
  await page.goto(`/admin/angkatan/${batchId}#history`);
  const history = page.getByTestId("change-history");
  await expect(history.getByRole("heading", { name: "Riwayat perubahan" })).toBeVisible();
  await expect(history.getByTestId("audit-change").first()).toHaveText(CHANGE);

  // 300 older rows about the batch: the history shows the latest 20, the audit page pages through all of them.
  await sql(
    `INSERT INTO "AuditLog" ("agencyId", "actorUserId", action, entity, "entityId", before, after, "createdAt")
     SELECT $1, (SELECT id FROM "User" WHERE email = $3), 'change', 'RundownSession', gen_random_uuid()::text,
            jsonb_build_object('startMinute', 480, 'endMinute', 600, 'batchId', $2::text),
            jsonb_build_object('startMinute', 480 + i, 'endMinute', 600, 'batchId', $2::text, 'reason', 'Penyesuaian jadwal ke-' || i),
            now() - i * interval '1 minute'
     FROM generate_series(1, 300) i`,
    [agencyId, batchId, account("ADMIN").login],
  );
  await page.reload();
  await expect(history.getByTestId("audit-entry")).toHaveCount(20);
  await expect(history.getByTestId("audit-change").first()).toHaveText(CHANGE);
  await expect(history.getByTestId("audit-entry").nth(1).getByTestId("audit-change")).toHaveText(["Mulai: 08.00 → 08.01", "Alasan: Penyesuaian jadwal ke-1"]);
  await history.scrollIntoViewIfNeeded();
  await shoot(page, "batch-history");
  await history.getByTestId("change-history-all").click();
  await expect(page).toHaveURL(new RegExp(`batchId=${batchId}`));
  await expect(entries).toHaveCount(50);
  await expect(entries.first().getByTestId("audit-change").first()).toHaveText(CHANGE);
  await shoot(page, "audit-300");
  const seen = new Set<string>();
  for (let pageNo = 0; pageNo < 10; pageNo += 1) {
    for (const text of await entries.getByTestId("audit-change").filter({ hasText: "Alasan" }).allTextContents()) seen.add(text);
    const older = page.getByTestId("audit-older");
    if (!(await older.count())) break;
    const cursor = new URL((await older.getAttribute("href"))!, page.url()).searchParams.get("older");
    await older.click();
    await expect(page).toHaveURL(new RegExp(`older=${cursor}`));
    await expect(page.getByTestId("audit-newest")).toBeVisible();
  }
  expect(seen.size).toBe(300);
  await expect(entries.last().getByTestId("audit-change")).toHaveText(["Mulai: 08.00 → 13.00", "Alasan: Penyesuaian jadwal ke-300"]);
});

test("an operator sees none of it: not on the page, not in the export", async ({ page }) => {
  const { batchId } = fixture;
  await loginAsAccount(page, account("OPERATOR").login);
  await page.goto(`/admin/audit?batchId=${batchId}`);
  await expect(page.getByRole("heading", { name: "Jejak audit" })).toBeVisible();
  await expect(page.getByTestId("audit-entry")).toHaveCount(0);
  await expect(page.getByTestId("empty-state")).toContainText("Tidak ada perubahan yang cocok");
  await shoot(page, "audit-operator");
  const response = await page.request.get(`/api/ekspor/audit?entityId=${batchId}`);
  expect(response.status()).toBe(200);
  const path = test.info().outputPath("operator.xlsx");
  await (await import("node:fs/promises")).writeFile(path, await response.body());
  expect((await readXlsx(path)).data).toEqual([]);
});
