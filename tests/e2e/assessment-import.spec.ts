// Assessment results in Chromium (issue 14's acceptance, decision 0030): the admin uploads an assessment centre's CSV
// with one bad row at /admin/impor/assessment-results, sees the row named and nothing applied; uploads the fixed
// file, applies it, and the results show on /admin/pegawai/[id]/asesmen of the person, newest first; then withdraws
// one with a reason after confirming, and it stays there struck through with the reason. Dates are from 2021–2022,
// long expired, so no other page's current levels change under other specs.
import type { Page } from "@playwright/test";
import { account, expect, loginAsAccount, sql, sqlOne, test } from "./fixtures";

const HEADER = "NIP;KODE KOMPETENSI;LEVEL;TANGGAL;SUMBER;ASESOR;NOMOR DOKUMEN";
const csv = (lines: string[]) => Buffer.from(`\uFEFF${[HEADER, ...lines].join("\r\n")}\r\n`);
const count = (page: Page, key: string) => page.getByTestId(`import-count-${key}`).locator("dd");

async function upload(page: Page, name: string, buffer: Buffer) {
  await page.goto("/admin/impor/assessment-results");
  await page.getByLabel("Berkas (CSV atau XLSX)").setInputFiles({ name, mimeType: "text/csv", buffer });
  await page.getByRole("button", { name: "Unggah dan periksa" }).click();
  await page.waitForURL(/\/admin\/impor\/proses\/[0-9a-f-]{36}$/);
}

test("an admin imports assessment results with one bad row, fixes it, applies, sees them on the person's page and withdraws one", async ({ page }) => {
  test.slow();
  const admin = account("ADMIN");
  const { agencyId } = await sqlOne<{ agencyId: string }>(`SELECT "agencyId"::text AS "agencyId" FROM "User" WHERE email = $1`, [admin.login]);
  // A person of the admin's agency who is none of the demo accounts and has no result yet.
  const logins = ["ASN", "SUPERVISOR", "OPERATOR", "TRAINER"].map((role) => account(role as "ASN").login);
  const person = await sqlOne<{ id: string; nip: string; name: string }>(
    `SELECT e.id::text AS id, e.nip, e.name FROM "Employee" e WHERE e."agencyId" = $1 AND e.nip <> ALL($2::text[]) AND e."serviceEndDate" IS NULL
       AND NOT EXISTS (SELECT 1 FROM "CompetencyAssessment" r WHERE r."employeeId" = e.id) ORDER BY e.nip DESC LIMIT 1`, [agencyId, logins]);
  await loginAsAccount(page, admin.login);

  await page.goto("/admin/impor/assessment-results");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Impor: Hasil asesmen kompetensi");
  await expect(page.getByText(/Hasil assessment center, uji kompetensi dan penilaian 360/).first()).toBeVisible();

  const good = [
    `${person.nip};M.01;3;02-05-2022;Assessment Center;UPT Penilaian Kompetensi;AC/12/2022`,
    `${person.nip};M.02;2;02-05-2022;Assessment Center;UPT Penilaian Kompetensi;AC/12/2022`,
    `${person.nip};M.04;3;10-11-2021;360;Biro Organisasi;`,
  ];
  await upload(page, "hasil-ac-2022.csv", csv([good[0]!, `${person.nip};M.02;7;02-05-2022;Assessment Center;UPT Penilaian Kompetensi;AC/12/2022`, good[2]!]));
  await expect(page.getByTestId("import-status")).toHaveText("Ada kesalahan");
  await expect(count(page, "errors")).toHaveText("1");
  await expect(page.getByTestId("import-error-row").locator("td")).toHaveText(["3", "LEVEL", "LEVEL harus angka bulat 1 sampai 5."]);
  await expect(page.getByRole("button", { name: "Terapkan", exact: true })).toBeDisabled();
  const recorded = async () => Number((await sqlOne<{ n: string }>(`SELECT count(*) AS n FROM "CompetencyAssessment" WHERE "employeeId" = $1`, [person.id])).n);
  expect(await recorded()).toBe(0);

  await upload(page, "hasil-ac-2022.csv", csv(good));
  await expect(page.getByTestId("import-status")).toHaveText("Siap diterapkan");
  await expect(count(page, "creates")).toHaveText("3");
  await page.getByRole("button", { name: "Terapkan", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ya, terapkan" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Diterapkan");
  expect(await recorded()).toBe(3);

  await page.goto(`/admin/pegawai/${person.id}/asesmen`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hasil asesmen kompetensi");
  await expect(page.getByTestId("assessment-person")).toContainText(person.name);
  const rows = page.getByTestId("assessment-row");
  await expect(rows).toHaveCount(3);
  // Newest first: the two of May 2022, then the 360 of November 2021; each with its source, document and validity.
  await expect(rows.nth(2)).toContainText("M.04");
  await expect(rows.nth(2)).toContainText("Penilaian 360");
  await expect(rows.nth(2)).toContainText("10 November 2022");
  const m02 = rows.filter({ hasText: "M.02" });
  await expect(m02).toContainText("Assessment center");
  await expect(m02).toContainText("AC/12/2022");
  await expect(m02).toContainText("Impor hasil-ac-2022.csv");
  await expect(m02).toContainText("2 Mei 2025");
  await expect(m02).toContainText("Kedaluwarsa");

  // Withdrawing asks for a reason and a confirmation; the result stays, struck through, with the reason.
  await m02.locator("summary").click();
  await m02.getByLabel("Alasan penarikan").fill("Salah NIP pada berkas assessment center");
  await m02.getByRole("button", { name: "Tarik" }).click();
  await m02.getByRole("button", { name: "Ya, tarik" }).click();
  await expect(m02).toHaveAttribute("data-withdrawn", "true");
  await expect(m02.getByTestId("withdrawn-reason")).toContainText("Salah NIP pada berkas assessment center");
  const [withdrawn] = await sql<{ reason: string }>(`SELECT "withdrawnReason" AS reason FROM "CompetencyAssessment" WHERE "employeeId" = $1 AND "withdrawnAt" IS NOT NULL`, [person.id]);
  expect(withdrawn?.reason).toBe("Salah NIP pada berkas assessment center");
});
