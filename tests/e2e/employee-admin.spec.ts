// An admin brings one person in by hand (issue 13): creates them (the NIP checked against the other fields),
// moves them with a date (the history shows both placements), records a study assignment and sees the JP target
// drop on the employee page at once. An operator of another unit cannot open that person's pages.
import { expect, loginAsAccount, account, sql, sqlOne, test } from "./fixtures";

test.describe.configure({ timeout: 90_000 });

const year = new Date().getUTCFullYear();
const unitOf = (code: string) => sqlOne<{ id: string; positionId: string }>(
  `SELECT u.id::text, (SELECT p.id::text FROM "Position" p WHERE p."unitId" = u.id ORDER BY p.name LIMIT 1) AS "positionId"
   FROM "OrgUnit" u WHERE u.code = $1 AND u."agencyId" = (SELECT "agencyId" FROM "User" WHERE email = $2)`,
  [code, account("ADMIN").login],
);

/** A PNS NIP born 12 May 1993, TMT February 2019, female, with a sequence nobody in the database holds. */
async function freeNip(): Promise<string> {
  const taken = new Set((await sql<{ nip: string }>(`SELECT nip FROM "Employee" WHERE nip LIKE '19930512201902%'`)).map((r) => r.nip));
  for (let seq = 901; seq < 999; seq++) {
    const nip = `199305122019022${String(seq).padStart(3, "0")}`;
    if (!taken.has(nip)) return nip;
  }
  throw new Error("no free NIP");
}

test("an admin creates, moves and records inactivity for an employee; another unit's operator cannot see them", async ({ page, browser, loginAs }) => {
  const [diklat, mutasi] = await Promise.all([unitOf("BKPP-DIKLAT"), unitOf("BKPP-MUTASI")]);
  const nip = await freeNip();
  await loginAs("ADMIN");
  await page.goto("/admin/pegawai");
  await page.getByRole("link", { name: "Tambah pegawai" }).click();
  await expect(page).toHaveURL(/\/admin\/pegawai\/baru$/);

  const form = page.getByTestId("employee-form");
  await form.getByLabel("NIP", { exact: true }).fill(`${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`);
  await form.getByLabel("Nama (tanpa gelar)").fill("Raden Ajeng Sekar Ayu Kusumaningrum Prameswari Hadiningrat");
  await form.getByLabel("Gelar belakang").fill("S.Psi., M.Psi., Psikolog");
  await form.getByLabel("Status kepegawaian").selectOption("PNS");
  await form.getByLabel("Jenis kelamin").selectOption("F");
  await form.getByLabel("Tanggal lahir").fill("1993-05-13");
  await form.getByLabel("Pangkat/golongan").fill("Penata Muda Tk. I (III/b)");
  await form.getByLabel("TMT (mulai bekerja)").fill("2019-02-01");
  await form.getByLabel("Unit kerja").selectOption(diklat.id);
  await form.getByLabel("Jabatan").selectOption(diklat.positionId);
  await form.getByRole("button", { name: "Simpan pegawai" }).click();
  // The NIP says 12 May: the date of birth is refused on its own field, and what was typed stays.
  await expect(page.getByTestId("error-birthDate")).toHaveText("Tanggal lahir tidak sesuai dengan 8 angka pertama NIP.");
  await expect(form.getByLabel("Nama (tanpa gelar)")).toHaveValue("Raden Ajeng Sekar Ayu Kusumaningrum Prameswari Hadiningrat");
  await form.getByLabel("Tanggal lahir").fill("1993-05-12");
  await form.getByRole("button", { name: "Simpan pegawai" }).click();
  await expect(page).toHaveURL(/\/admin\/pegawai\/[0-9a-f-]{36}$/);
  const id = page.url().split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Raden Ajeng Sekar Ayu Kusumaningrum Prameswari Hadiningrat, S.Psi., M.Psi., Psikolog");

  try {
    // A full year of service from 2019: the whole target of the year.
    await expect(page.getByTestId("summary-target")).toHaveText("20,00 JP");

    await page.getByRole("link", { name: "Riwayat", exact: true }).click();
    const move = page.getByTestId("move-form");
    await move.getByLabel("Unit kerja").selectOption(mutasi.id);
    await move.getByLabel("Jabatan").selectOption(mutasi.positionId);
    await move.getByLabel("Berlaku mulai").fill(`${year - 1}-03-01`);
    await move.getByRole("button", { name: "Catat mutasi" }).click();
    await expect(move.getByTestId("form-message")).toHaveText("Mutasi tercatat.");
    const rows = page.getByTestId("assignment-rows").locator("tr");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText("Bidang Mutasi dan Promosi");
    await expect(rows.nth(0)).toContainText("Sekarang");
    await expect(rows.nth(1)).toContainText("Bidang Pendidikan dan Pelatihan");
    await expect(rows.nth(1)).toContainText(`28 Februari ${year - 1}`);

    await page.getByText("Tambah masa tidak aktif").click();
    const period = page.getByTestId("inactivity-form");
    await period.getByLabel("Jenis").selectOption("STUDY_ASSIGNMENT");
    await period.getByLabel("Mulai").fill(`${year}-02-01`);
    await period.getByLabel("Selesai").fill(`${year}-04-30`);
    await period.getByLabel("Keterangan").fill("Tugas belajar S2 Psikologi Industri dan Organisasi");
    await period.getByRole("button", { name: "Simpan masa tidak aktif" }).click();
    await expect(period.getByTestId("form-message")).toContainText("Target JP sudah dihitung ulang");
    // Three months out of twelve: 20 JP becomes 15 JP, on the page at once.
    await expect(page.getByTestId("summary-target")).toHaveText("15,00 JP");
    await expect(page.getByTestId("summary-active-months")).toHaveText("9 bulan aktif");
    await expect(page.getByTestId("inactivity-rows")).toContainText("Tugas belajar");
    await page.getByRole("link", { name: "JP", exact: true }).click();
    await expect(page.getByTestId("jp-target")).toHaveText("15,00 JP");

    // The period shows in the audit trail as a readable change, on the employee's own tab and in /admin/audit.
    await page.goto(`/admin/pegawai/${id}?tab=perubahan`);
    const periodChange = '[data-testid="audit-entry"][data-entity="InactivityPeriod"]';
    await expect(page.getByTestId("change-history").locator(periodChange).first()).toContainText("Tugas belajar S2 Psikologi Industri dan Organisasi");
    await page.goto(`/admin/audit?employeeId=${id}`);
    await expect(page.getByTestId("audit-list").locator(periodChange).first()).toContainText("Masa tidak aktif");
    await expect(page.getByTestId("audit-list").locator(periodChange).first()).toContainText("Tugas belajar S2 Psikologi Industri dan Organisasi");

    // The compliance list links each person to this page.
    await page.goto(`/admin/kepatuhan/daftar?q=${nip}`);
    await page.getByTestId("compliance-rows").getByRole("link", { name: "Raden Ajeng Sekar Ayu" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/pegawai/${id}$`));

    const audit = await sql<{ entity: string; action: string }>(`SELECT entity, action FROM "AuditLog" WHERE "entityId" = $1 OR after->>'employeeId' = $1 ORDER BY "createdAt"`, [id]);
    expect(audit).toEqual([{ entity: "Employee", action: "create" }, { entity: "Employee", action: "move" }, { entity: "InactivityPeriod", action: "create" }]);

    // The demo operator looks after Diskominfo: a BKPP employee's pages do not exist for them.
    const context = await browser.newContext();
    const operator = await context.newPage();
    await loginAsAccount(operator, account("OPERATOR").login);
    expect((await operator.goto(`/admin/pegawai/${id}`))?.status()).toBe(404);
    expect((await operator.goto(`/admin/pegawai/${id}/ubah`))?.status()).toBe(404);
    await context.close();
  } finally {
    // The demo stays as other specs expect it.
    await sql(`DELETE FROM "InactivityPeriod" WHERE "employeeId" = $1`, [id]);
    await sql(`DELETE FROM "Employee" WHERE id = $1`, [id]);
  }
});
