// Issue 13, end to end in Chromium: the admin corrects the demo ASN's ledger by +2 JP (90 minutes) and her
// "JP saya" total rises by exactly 90 minutes; the operator of her OPD records external training on her behalf
// with a PDF, which is verified at once and credited to her ledger.
import type { Browser, Page } from "@playwright/test";
import { tinyPdf } from "../factories/files";
import { account, expect, loginAsAccount, sql, sqlOne, test } from "./fixtures";

const RINA = "199203152019032001";

/** Today on the agency's wall clock (WIB), as the server computes it. */
function todayWib(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

let current: Page | null = null;
async function as(browser: Browser, login: string): Promise<Page> {
  await current?.context().close();
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "id-ID" });
  current = await context.newPage();
  await loginAsAccount(current, login);
  await expect(current).not.toHaveURL(/\/login/);
  return current;
}

/** The credited minutes "JP saya" shows for a year ("540 dari target 900 menit …"). */
async function creditedOnJpPage(page: Page, year: number): Promise<number> {
  await page.goto(`/jp?tahun=${year}`);
  const text = (await page.getByTestId("jp-target").textContent()) ?? "";
  const minutes = Number(/^(-?\d+) /.exec(text)?.[1]);
  expect(Number.isInteger(minutes), text).toBe(true);
  return minutes;
}

const entriesOf = (year: number) =>
  sql<{ id: string; minutes: number; source: string; title: string }>(
    `SELECT l.id, l.minutes, l.source::text AS source, l.title FROM "LedgerEntry" l JOIN "Employee" e ON e.id = l."employeeId" WHERE e.nip = $1 AND l.year = $2`,
    [RINA, year],
  );
const sum = (rows: { minutes: number }[]) => rows.reduce((s, r) => s + r.minutes, 0);

test("an admin's +2 JP correction raises the ASN's JP saya by exactly 90 minutes", async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const title = `Koreksi JP uji e2e ${stamp}`;
  const day = todayWib();
  const year = Number(day.slice(0, 4));
  const { id: rinaId } = await sqlOne<{ id: string }>(`SELECT id FROM "Employee" WHERE nip = $1`, [RINA]);

  let page = await as(browser, account("ASN").login);
  const shownBefore = await creditedOnJpPage(page, year);
  const before = await entriesOf(year);

  page = await as(browser, account("ADMIN").login);
  await page.goto(`/admin/pegawai/${rinaId}/koreksi-jp?tahun=${year}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Koreksi JP");
  await expect(page.getByText("1 JP = 45 menit", { exact: false }).first()).toBeVisible();
  const form = page.getByTestId("correction-form");
  await form.getByLabel("Tambah (+)").check();
  await form.getByLabel("JP", { exact: true }).fill("2");
  await expect(page.getByTestId("correction-preview")).toHaveText("Koreksi: +90 menit (2,00 JP)");
  await form.getByLabel("Tanggal", { exact: true }).fill(day);
  await form.getByLabel("Judul").fill(title);
  await form.getByLabel("Jalur pengembangan").selectOption("KL10");
  // Without a reason nothing is written, and the field says why.
  await form.getByRole("button", { name: "Simpan koreksi" }).click();
  await form.getByRole("button", { name: "Simpan koreksi" }).click();
  await expect(page.getByTestId("error-reason")).toHaveText("Alasan: wajib diisi, paling sedikit 10 huruf.");
  expect((await entriesOf(year)).filter((e) => e.title === title)).toHaveLength(0);

  await form.getByLabel("Alasan").fill("Nota dinas BKPP 800/77: sesi daring tidak tercatat (uji e2e)");
  // The second step names the amount and the person (it may still be open from the refused try).
  const question = form.getByText(/Simpan koreksi \+90 menit \(2,00 JP\) untuk Rina Kusumawardhani/);
  if (!(await question.isVisible())) await form.getByRole("button", { name: "Simpan koreksi" }).click();
  await expect(question).toBeVisible();
  await form.getByRole("button", { name: "Simpan koreksi" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Koreksi tersimpan. JP pegawai sudah berubah.", { timeout: 20_000 });
  await expect(page.getByTestId("ledger-rows").getByText(title)).toBeVisible();

  const after = await entriesOf(year);
  const known = new Set(before.map((e) => e.id));
  const added = after.filter((e) => !known.has(e.id));
  expect(added.filter((e) => e.title === title).map((e) => [e.source, e.minutes])).toEqual([["CORRECTION", 90]]);
  // Entries other specs running at the same time may have added for Rina are set aside.
  const others = sum(added.filter((e) => e.title !== title));
  expect(sum(after) - sum(before) - others).toBe(90);

  // The correction shows in the audit trail as a readable change: the JP entry with its title and reason.
  await page.goto(`/admin/audit?employeeId=${rinaId}`);
  const correction = page.getByTestId("audit-list").locator('[data-testid="audit-entry"][data-entity="LedgerEntry"]', { hasText: title });
  await expect(correction).toContainText("Catatan JP");
  await expect(correction).toContainText("Nota dinas BKPP 800/77: sesi daring tidak tercatat (uji e2e)");

  page = await as(browser, account("ASN").login);
  expect(await creditedOnJpPage(page, year)).toBe(shownBefore + 90 + others);
  await expect(page.getByTestId("ledger-rows").getByText(title)).toBeVisible();
  await current?.context().close();
});

test("the operator of her OPD records external training on the ASN's behalf, with a PDF, verified at once", async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const title = `Pelatihan atas nama ASN ${stamp}`;
  const day = todayWib();
  const year = Number(day.slice(0, 4));
  const pdf = Buffer.from(tinyPdf(`Sertifikat ${stamp}`));
  const { id: rinaId, agencyId } = await sqlOne<{ id: string; agencyId: string }>(`SELECT id, "agencyId" FROM "Employee" WHERE nip = $1`, [RINA]);
  const closed = await sql(`SELECT 1 FROM "YearClose" WHERE year = $1 AND "agencyId" = $2`, [year, agencyId]);
  const before = await entriesOf(year);

  const page = await as(browser, account("OPERATOR").login);
  await page.goto(`/admin/pegawai/${rinaId}/diklat-eksternal/baru`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Catat pelatihan eksternal");
  await page.getByLabel("Judul pelatihan").fill(title);
  await page.getByLabel("Penyelenggara").fill("Badan Siber dan Sandi Negara");
  await page.getByLabel("Jalur pengembangan").selectOption("KL10");
  await page.getByLabel("Tanggal mulai").fill(day);
  await page.getByLabel("Tanggal selesai").fill(day);
  await page.getByRole("radio", { name: "JP" }).check();
  await page.getByLabel("Durasi (JP)").fill("4");
  await page.getByLabel("Nomor sertifikat").fill(`E2E/OB/${stamp}`);
  await page.getByLabel("Berkas sertifikat").setInputFiles({ name: "sertifikat.pdf", mimeType: "application/pdf", buffer: pdf });
  if (closed.length) await page.getByLabel(/^Alasan/).fill("Tahun sudah ditutup; sertifikat sah (uji e2e)");
  await page.getByRole("button", { name: "Catat dan verifikasi" }).click();
  await expect(page).toHaveURL(/\/admin\/verifikasi\/[0-9a-f-]{36}\?tercatat=1$/, { timeout: 30_000 });
  await expect(page.getByTestId("external-status")).toHaveText("Terverifikasi");
  await expect(page.getByTestId("recorded-message")).toBeVisible();

  const row = await sqlOne<{ id: string; status: string; minutes: number; fileSize: number; recordedBy: string }>(
    `SELECT x.id, x.status::text AS status, x.minutes, x."fileSize", u.name AS "recordedBy" FROM "ExternalTraining" x JOIN "User" u ON u.id = x."recordedById" WHERE x.title = $1`,
    [title],
  );
  expect(row).toMatchObject({ status: "VERIFIED", minutes: 180, fileSize: pdf.length });
  expect(row.recordedBy).toContain("Dewi Lestari");
  const file = await page.request.get(`/api/berkas/eksternal/${row.id}`);
  expect(file.status()).toBe(200);
  expect(Buffer.from(await file.body()).equals(pdf)).toBe(true);
  const added = (await entriesOf(year)).filter((e) => !before.some((b) => b.id === e.id) && e.title === title);
  expect(added.map((e) => [e.source, e.minutes])).toEqual([["EXTERNAL", 180]]);

  // Another unit's employee is out of the operator's reach: the page answers 404.
  const { id: outsideId } = await sqlOne<{ id: string }>(
    `SELECT e.id FROM "Employee" e JOIN "OrgUnit" u ON u.id = e."unitId" WHERE e."agencyId" = $1 AND u.code LIKE 'DISHUB%' LIMIT 1`,
    [agencyId],
  );
  expect((await page.goto(`/admin/pegawai/${outsideId}/diklat-eksternal/baru`))?.status()).toBe(404);
  await current?.context().close();
});
