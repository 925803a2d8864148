// Issue 5, level 4: an admin turns on "Ukur hasil" for a program in its evaluation settings, adds a unit
// indicator to its finished batch with an Indonesian decimal comma ("87,5"), records the value after the
// batch, and sees the change with its badge. A value that is not a number is refused on its field.
import { axe } from "./page-checks";
import { expect, sqlOne, test } from "./fixtures";

test("an admin measures a unit indicator before and after a batch", async ({ page, loginAs }) => {
  test.setTimeout(90_000);
  const batch = await sqlOne<{ id: string; programId: string; startDate: string }>(
    `SELECT b.id, b."programId", to_char(b."startDate", 'YYYY-MM-DD') AS "startDate" FROM "Batch" b JOIN "Program" p ON p.id = b."programId"
     WHERE p.title LIKE 'Pelatihan Kepemimpinan Nasional Tingkat II%' AND b.status = 'DONE' ORDER BY b.number LIMIT 1`,
  );
  const unit = await sqlOne<{ name: string }>(`SELECT u.name FROM "OrgUnit" u JOIN "Batch" b ON b."agencyId" = u."agencyId" WHERE b.id = $1 AND u.kind = 'OPD' ORDER BY u.path LIMIT 1`, [batch.id]);
  const name = `Dokumen perencanaan tepat waktu ${Date.now()}`;
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10); // WIB

  await loginAs("ADMIN");
  await page.goto(`/admin/pelatihan/${batch.programId}`);
  const settings = page.getByTestId("program-evaluation");
  await expect(settings.getByRole("heading", { name: "Pengaturan evaluasi" })).toBeVisible();
  await settings.getByLabel("Ukur hasil (Level 4): indikator kinerja unit sebelum dan sesudah").check();
  await settings.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(settings.getByTestId("form-message")).toHaveText("Pengaturan evaluasi tersimpan.");

  await page.goto(`/admin/angkatan/${batch.id}`);
  const card = page.getByTestId("batch-results");
  await expect(card.getByRole("heading", { name: "Hasil (level 4): indikator kinerja unit" })).toBeVisible();
  const add = card.getByTestId("indicator-add-form");
  await add.getByLabel("Unit kerja").selectOption({ label: unit.name });
  await add.getByLabel("Indikator").fill(name);
  await add.getByLabel("Satuan").fill("%");
  await add.getByLabel("Nilai sebelum").fill("87,5");
  await add.getByLabel("Tanggal pengukuran sebelum").fill(batch.startDate);
  await add.getByRole("button", { name: "Tambah indikator" }).click();
  await expect(add.getByTestId("form-message")).toHaveText("Indikator ditambahkan.");

  const row = card.getByTestId("indicator-row").filter({ hasText: name });
  await expect(row.getByTestId("indicator-baseline")).toHaveText("87,5%");
  await expect(row).toContainText("Belum diukur");

  await row.getByRole("button", { name: "Catat hasil" }).click();
  const result = card.getByTestId("result-form");
  await result.getByLabel("Nilai sesudah").fill("sembilan puluh");
  await result.getByLabel("Tanggal pengukuran sesudah").fill(today);
  await result.getByRole("button", { name: "Simpan hasil" }).click();
  await expect(result.getByTestId("error-result-" + (await result.locator("input[name=indicatorId]").inputValue()) + "-resultValue")).toHaveText(
    "Nilai sesudah harus angka, mis. 87,5 (paling banyak dua angka di belakang koma).",
  );
  await result.getByLabel("Nilai sesudah").fill("92,25");
  await result.getByRole("button", { name: "Simpan hasil" }).click();
  await expect(result.getByTestId("form-message")).toHaveText("Hasil tercatat.");

  await expect(row.getByTestId("indicator-result")).toHaveText("92,25%");
  const change = row.getByTestId("indicator-change");
  await expect(change).toHaveAttribute("data-direction", "IMPROVED");
  await expect(change).toContainText("+4,75%");
  await expect(change).toContainText("Membaik");
  await expect(row.getByRole("button", { name: "Ubah hasil" })).toBeVisible();

  const scan = await axe(page).include("[data-testid=batch-results]").analyze();
  expect(scan.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});
