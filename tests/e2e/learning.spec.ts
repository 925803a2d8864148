// Issue 5, level 2: an admin downloads the score template of a finished demo batch, fills it with one bad
// row (post-test 120), and uploads it: the row is named and nothing is imported. Fixed, it imports, and
// the grid shows the gain per participant and the batch summary.
import ExcelJS from "exceljs";
import { expect, sql, sqlOne, test } from "./fixtures";

test("a score sheet with one bad row imports nothing until it is fixed", async ({ page, loginAs }) => {
  test.setTimeout(90_000);
  const batch = await sqlOne<{ id: string; confirmed: number }>(
    `SELECT b.id, COUNT(e.id)::int AS confirmed FROM "Batch" b JOIN "Enrolment" e ON e."batchId" = b.id AND e.status = 'CONFIRMED'
     WHERE b.status = 'DONE' GROUP BY b.id ORDER BY COUNT(e.id) DESC, b.id LIMIT 1`,
  );
  const stored = () => sql<{ n: number }>(`SELECT COUNT(*)::int AS n FROM "LearningScore" s JOIN "Enrolment" e ON e.id = s."enrolmentId" WHERE e."batchId" = $1`, [batch.id]);
  expect((await stored())[0]!.n).toBe(0);

  await loginAs("ADMIN");
  await page.goto(`/admin/angkatan/${batch.id}`);
  const card = page.getByTestId("batch-learning");
  await expect(card.getByRole("heading", { name: "Evaluasi pembelajaran (level 2)" })).toBeVisible();
  await expect(card.getByTestId("learning-row")).toHaveCount(batch.confirmed);

  // The template: the confirmed participants, scores empty.
  const href = await card.getByTestId("learning-template").getAttribute("href");
  const template = await page.request.get(href!);
  expect(template.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await template.body()) as unknown as ArrayBuffer);
  const ws = workbook.worksheets[0]!;
  expect(ws.getRow(1).values).toEqual([undefined, "NIP", "Nama", "Pre-test", "Post-test"]);
  const lastRow = 1 + batch.confirmed;
  for (let r = 2; r <= lastRow; r++) {
    ws.getCell(r, 3).value = 50 + r;
    ws.getCell(r, 4).value = 70 + r;
  }
  ws.getCell(lastRow, 4).value = 120;
  const file = async () => ({ name: "nilai.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await workbook.xlsx.writeBuffer()) });

  const form = page.getByTestId("learning-import-form");
  await form.getByLabel("Berkas XLSX (maks. 2 MB)").setInputFiles(await file());
  await form.getByRole("button", { name: "Impor nilai" }).click();
  await expect(form.getByTestId("form-message")).toContainText("Tidak ada nilai yang diimpor");
  await expect(form.getByTestId("learning-import-rows")).toHaveText(`Baris ${lastRow}: nilai post-test 120 di luar 0–100`);
  expect((await stored())[0]!.n).toBe(0);
  await form.screenshot({ path: test.info().outputPath("learning-refused.png") });

  // Fixed: everything imports, and the grid shows the gain (20 for every row).
  ws.getCell(lastRow, 4).value = 70 + lastRow;
  await form.getByLabel("Berkas XLSX (maks. 2 MB)").setInputFiles(await file());
  await form.getByRole("button", { name: "Impor nilai" }).click();
  await expect(form.getByTestId("form-message")).toHaveText(`${batch.confirmed} nilai peserta diimpor.`);
  expect((await stored())[0]!.n).toBe(batch.confirmed);
  await expect(card.getByTestId("learning-gain").first()).toHaveText("+20");
  await expect(card.getByTestId("learning-summary")).toContainText("100%");
  await card.screenshot({ path: test.info().outputPath("learning-imported.png") });

  // The grid: one participant's post-test out of range is refused next to the row, then saved.
  const row = card.getByTestId("learning-row").first();
  const post = row.getByRole("textbox", { name: /^Post-test / });
  await post.fill("101");
  await row.getByRole("button", { name: "Simpan nilai" }).click();
  await expect(row).toContainText("Isi bilangan bulat 0–100");
  await expect(post).toHaveValue("101");
  await post.fill("95");
  await row.getByRole("button", { name: "Simpan nilai" }).click();
  await expect(row.getByTestId("learning-gain")).toHaveText("+43");
});
