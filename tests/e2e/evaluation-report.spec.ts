// Issue 5, the evaluation report: the admin opens the demo program's report from the program page, sees the
// four levels' figures, and downloads the workbook; an ASN or a supervisor is refused the pages and the file.
import ExcelJS from "exceljs";
import { expect, sqlOne, test } from "./fixtures";

const PROGRAM = "Bimbingan Teknis Penatausahaan Keuangan Daerah melalui SIPD"; // tests/factories/demo-evaluation.ts

const demo = () =>
  sqlOne<{ programId: string; batchId: string }>(
    `SELECT p.id AS "programId", (SELECT b.id FROM "Batch" b WHERE b."programId" = p.id AND b.status = 'DONE' ORDER BY b.number LIMIT 1) AS "batchId"
     FROM "Program" p WHERE p.title = $1`,
    [PROGRAM],
  );

test("the admin reads the program's evaluation report and downloads it", async ({ page, loginAs }) => {
  const { programId } = await demo();
  await loginAs("ADMIN");
  await page.goto(`/admin/pelatihan/${programId}`);
  await page.getByTestId("program-evaluation-link").click();
  await expect(page).toHaveURL(new RegExp(`/admin/pelatihan/${programId}/evaluasi$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Laporan evaluasi · ${PROGRAM}`);
  // Demo figures: an average 1–5 with a decimal comma, a response rate, plans done.
  await expect(page.getByTestId("eval-l1-overall")).toHaveText(/^[1-5],\d\d$/);
  await expect(page.getByTestId("eval-l1-responses")).toContainText(/\d+ dari \d+ peserta menjawab/);
  await expect(page.getByTestId("eval-l3-response-rate")).toHaveText(/%$/);
  await expect(page.getByTestId("eval-batch-row")).toHaveCount(2);
  await expect(page.getByTestId("eval-l3-row").first()).toBeVisible();

  const href = await page.getByTestId("eval-export").getAttribute("href");
  const file = await page.request.get(href!);
  expect(file.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await file.body()) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(["Ringkasan", "L1 per aspek", "L1 per widyaiswara", "L1 komentar", "L2 nilai", "L3 umpan balik", "Rencana tindak lanjut", "L4 indikator"]);

  // Printed, the menu and the buttons are left out.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("eval-export")).toBeHidden();
  await expect(page.getByRole("navigation").first()).toBeHidden();
});

for (const role of ["ASN", "SUPERVISOR"] as const) {
  test(`a${role === "ASN" ? "n" : ""} ${role} is refused the reports and the files`, async ({ page, loginAs }) => {
    const { programId, batchId } = await demo();
    await loginAs(role);
    for (const url of [`/admin/pelatihan/${programId}/evaluasi`, `/admin/angkatan/${batchId}/evaluasi`]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(403);
    }
    for (const url of [`/api/ekspor/evaluasi/program/${programId}`, `/api/ekspor/evaluasi/angkatan/${batchId}`]) {
      expect((await page.request.get(url)).status(), url).toBe(403);
    }
  });
}
