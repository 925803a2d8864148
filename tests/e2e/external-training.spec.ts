// Issue 4, end to end: an ASN submits external training with a real PDF, the operator of her unit verifies it,
// and her ledger for that year grows by exactly its minutes. The operator of another unit can neither see
// the submission (page, list, file) nor verify it by calling the server action by hand.
import type { Browser, Page } from "@playwright/test";
import { tinyPdf } from "../factories/files";
import { account, callAction, expect, loginAsAccount, sql, sqlOne, test } from "./fixtures";

const RINA = "199203152019032001";

/** Today on the agency's wall clock (WIB), as the server computes it: an end date that is not in the future. */
function todayWib(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

let current: Page | null = null;
/** A fresh browser context per person, as in training-flow.spec.ts. */
async function as(browser: Browser, login: string): Promise<Page> {
  await current?.context().close();
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "id-ID" });
  current = await context.newPage();
  await loginAsAccount(current, login);
  await expect(current).not.toHaveURL(/\/login/);
  return current;
}


/** The demo seed has one operator (Dewi, Diskominfo): add one for Dinas Perhubungan, with the demo password. */
async function operatorOfAnotherUnit(stamp: number): Promise<string> {
  const email = `operator.dishub.${stamp}@e2e.semarangkota.go.id`;
  const [user] = await sql<{ id: string }>(
    `INSERT INTO "User" (id, "agencyId", email, name, "passwordHash")
     SELECT gen_random_uuid(), u."agencyId", $1::text, 'Operator Dishub (uji e2e)', u."passwordHash"
     FROM "User" u JOIN "Employee" e ON e.id = u."employeeId" WHERE e.nip = $2
     RETURNING id`,
    [email, RINA],
  );
  await sql(
    `INSERT INTO "UserRole" (id, "agencyId", "userId", role, "unitId")
     SELECT gen_random_uuid(), u."agencyId", u.id, 'OPERATOR'::"Role", o.id
     FROM "User" u JOIN "OrgUnit" o ON o."agencyId" = u."agencyId" AND o.code = 'DISHUB' WHERE u.id = $1::uuid`,
    [user!.id],
  );
  return email;
}

/** The credited minutes "JP saya" shows for a year ("540 dari target 900 menit …"). */
async function creditedOnJpPage(page: Page, year: number): Promise<number> {
  await page.goto(`/jp?tahun=${year}`);
  const text = (await page.getByTestId("jp-target").textContent()) ?? "";
  const minutes = Number(/^(-?\d+) /.exec(text)?.[1]);
  expect(Number.isInteger(minutes), text).toBe(true);
  return minutes;
}

const ledgerOfYear = (year: number) =>
  sql<{ id: string; minutes: number; externalTrainingId: string | null }>(
    `SELECT l.id, l.minutes, l."externalTrainingId" FROM "LedgerEntry" l JOIN "Employee" e ON e.id = l."employeeId"
     WHERE e.nip = $1 AND l.year = $2`,
    [RINA, year],
  );

test("external training from submission to JP credit, out of reach of another unit's operator", async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const title = `Pelatihan Eksternal Uji ${stamp}`;
  const certificateNumber = `E2E/${stamp}`;
  const day = todayWib();
  const year = Number(day.slice(0, 4));
  const pdf = Buffer.from(tinyPdf(`Sertifikat ${stamp}`));

  // Rina submits: 2,67 JP are recorded as 120 minutes.
  let page = await as(browser, account("ASN").login);
  await page.goto("/jp/eksternal");
  await page.getByRole("link", { name: "Ajukan pelatihan eksternal" }).click();
  await expect(page).toHaveURL(/\/jp\/eksternal\/baru$/);
  await page.getByLabel("Judul pelatihan").fill(title);
  await page.getByLabel("Penyelenggara").fill("Badan Siber dan Sandi Negara");
  await page.getByLabel("Lokasi (opsional)").fill("Jakarta");
  await page.getByLabel("Jalur pengembangan").selectOption("KL10");
  await page.getByLabel("Tanggal mulai").fill(day);
  await page.getByLabel("Tanggal selesai").fill(day);
  await page.getByRole("radio", { name: "JP" }).check();
  await page.getByLabel("Durasi (JP)").fill("2,67");
  await expect(page.getByText("Dicatat sebagai 120 menit (2,67 JP)")).toBeVisible();
  await page.getByLabel("Nomor sertifikat").fill(certificateNumber);
  await page.getByLabel("Berkas sertifikat").setInputFiles({ name: "sertifikat.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "Kirim pengajuan" }).click();
  // She lands on the submission's own page: it says it was sent, and shows its status and what she sent.
  await expect(page).toHaveURL(/\/jp\/eksternal\/[0-9a-f-]{36}\?terkirim=1$/, { timeout: 30_000 });
  await expect(page.getByTestId("submitted-message")).toHaveText("Pengajuan terkirim. Menunggu verifikasi.");
  await expect(page.getByTestId("external-status")).toHaveText("Menunggu verifikasi");
  await expect(page.getByTestId("detail-title")).toHaveText(title);
  await expect(page.getByTestId("detail-duration")).toHaveText("120 menit (2,67 JP)");

  const submitted = await sqlOne<{ id: string; minutes: number; status: string; fileSize: number }>(
    `SELECT id, minutes, status, "fileSize" FROM "ExternalTraining" WHERE title = $1`,
    [title],
  );
  expect(submitted).toMatchObject({ minutes: 120, status: "SUBMITTED", fileSize: pdf.length });
  expect(new URL(page.url()).pathname).toBe(`/jp/eksternal/${submitted.id}`);
  await expect(page.getByTestId("file-link")).toHaveAttribute("href", `/api/berkas/eksternal/${submitted.id}`);
  await page.goto("/jp/eksternal");
  const row = page.getByTestId("external-row").filter({ hasText: title });
  await expect(row.getByTestId("external-status")).toHaveText("Menunggu verifikasi");
  const own = await page.request.get(`/api/berkas/eksternal/${submitted.id}`);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toBe("application/pdf");
  expect(own.headers()["x-content-type-options"]).toBe("nosniff");
  expect(own.headers()["content-disposition"]).toContain('inline; filename="sertifikat.pdf"');
  expect(Buffer.from(await own.body()).equals(pdf)).toBe(true);

  // The operator of another unit: no page, no list entry, no file, and the hand-made action finds nothing.
  page = await as(browser, await operatorOfAnotherUnit(stamp));
  expect((await page.goto(`/admin/verifikasi/${submitted.id}`))?.status()).toBe(404);
  await page.goto(`/admin/verifikasi?status=ALL&q=${encodeURIComponent(title)}`);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  expect((await page.request.get(`/api/berkas/eksternal/${submitted.id}`)).status()).toBe(404);
  const body = await callAction(page, "/admin/verifikasi", "lib/external/actions.ts", "verifyExternalTrainingAction", { id: submitted.id, reason: "" });
  expect(body).toContain("Data tidak ditemukan atau di luar wewenang Anda.");
  expect((await sqlOne<{ status: string }>(`SELECT status FROM "ExternalTraining" WHERE id = $1`, [submitted.id])).status).toBe("SUBMITTED");
  expect(await sql(`SELECT 1 FROM "LedgerEntry" WHERE "externalTrainingId" = $1`, [submitted.id])).toHaveLength(0);

  // Dewi, operator of Diskominfo (Rina's OPD), verifies it from the queue.
  const before = await ledgerOfYear(year);
  page = await as(browser, account("ASN").login);
  const pageBefore = await creditedOnJpPage(page, year);
  const closed = await sql(`SELECT 1 FROM "YearClose" WHERE year = $1 AND "agencyId" = (SELECT "agencyId" FROM "Employee" WHERE nip = $2)`, [year, RINA]);
  page = await as(browser, account("OPERATOR").login);
  // Her submission's own page is hers alone, even for the operator who verifies it.
  expect((await page.goto(`/jp/eksternal/${submitted.id}`))?.status()).toBe(404);
  await page.goto("/admin/verifikasi");
  const search = page.getByRole("search");
  await search.getByRole("searchbox").fill(title);
  await search.getByRole("button", { name: "Cari" }).click();
  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/verifikasi/${submitted.id}$`));
  await expect(page.getByTestId("detail-duration")).toHaveText("120 menit (2,67 JP)");
  const file = await page.request.get(`/api/berkas/eksternal/${submitted.id}`);
  expect(file.status()).toBe(200);
  if (closed.length) await page.getByTestId("verify-form").getByLabel("Alasan").fill("Tahun sudah ditutup; sertifikat sah (uji e2e)");
  await page.getByTestId("verify-form").getByRole("button", { name: "Verifikasi", exact: true }).click();
  await page.getByRole("button", { name: "Ya, verifikasi" }).click();
  await expect(page.getByTestId("external-status")).toHaveText("Terverifikasi");

  // Exactly one ledger entry for it, of exactly 120 minutes; the year's total grew by exactly that
  // (setting aside entries other tests running at the same time may have added for Rina).
  const after = await ledgerOfYear(year);
  const known = new Set(before.map((e) => e.id));
  const added = after.filter((e) => !known.has(e.id));
  const ours = added.filter((e) => e.externalTrainingId === submitted.id);
  expect(ours.map((e) => e.minutes)).toEqual([120]);
  const others = added.filter((e) => e.externalTrainingId !== submitted.id).reduce((sum, e) => sum + e.minutes, 0);
  const total = (entries: { minutes: number }[]) => entries.reduce((sum, e) => sum + e.minutes, 0);
  expect(total(after) - total(before) - others).toBe(120);

  // And Rina's "JP saya" shows exactly those minutes more.
  page = await as(browser, account("ASN").login);
  expect(await creditedOnJpPage(page, year)).toBe(pageBefore + 120 + others);
  await current?.context().close();
});
