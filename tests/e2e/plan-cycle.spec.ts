// The annual plan's whole cycle (issue 15, acceptance), in Chromium, on the 2027 plan of a fresh demo:
// 1. the admin opens the OPD proposal window; the demo operator proposes two lines, one from a training need of
//    their unit; the admin accepts one and declines the other with a reason; the operator sees both outcomes;
// 2. the admin (who also holds PLAN_APPROVER in the demo) adds a line from the training-needs list, gives it a
//    budget, submits and approves; then cannot change the approved line (the page is read-only with the lock
//    message, and the action itself refuses); makes a revision that changes one budget item, and the version diff
//    shows exactly that change.
// Approved plans cannot be removed, so the spec runs once per database: it skips when 2027 already has a plan.
import { randomUUID } from "node:crypto";
import { account, callAction, expect, loginAsAccount, sql, sqlOne, test } from "./fixtures";

const YEAR = 2027;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
// What follows a server action waits longer: the needs are recomputed for the whole agency, and two cores are shared.
const AFTER_ACTION = { timeout: 30_000 };

test("proposals, a line from the needs list, approval, the lock, and a revision that diffs as one change", async ({ browser }) => {
  test.setTimeout(300_000); // two browsers and many server actions on a machine other runs share
  const tag = randomUUID().slice(0, 6).toUpperCase();
  const { agencyId } = await sqlOne<{ agencyId: string }>(`SELECT "agencyId"::text AS "agencyId" FROM "User" WHERE email = $1`, [account("ADMIN").login]);
  const existing = await sql(`SELECT 1 FROM "DevelopmentPlan" WHERE "agencyId" = $1 AND year = $2`, [agencyId, YEAR]);
  test.skip(existing.length > 0, `the demo already has a ${YEAR} plan (approved plans cannot be removed): run on a fresh demo`);
  const adminContext = await browser.newContext();
  const operatorContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const operator = await operatorContext.newPage();
  try {
    // 1. The admin opens the window (the plan is made when 2027 has none).
    await loginAsAccount(admin, account("ADMIN").login);
    await admin.goto(`/admin/rencana/${YEAR}/usulan`);
    await expect(admin.getByRole("heading", { level: 1, name: `Usulan OPD rencana ${YEAR}` })).toBeVisible();
    await admin.getByLabel("Tanggal buka").fill(day(-1));
    await admin.getByLabel("Tanggal tutup (hari terakhir)").fill(day(14));
    await admin.getByTestId("window-form").getByRole("button").click();
    await expect(admin.getByTestId("form-message")).toHaveText("Jendela usulan disimpan.");

    // 2. The operator proposes one line from a need of their unit and one of their own.
    await loginAsAccount(operator, account("OPERATOR").login);
    await operator.goto(`/admin/usulan-rencana?year=${YEAR}`);
    await expect(operator.getByTestId("open-windows")).toContainText(`Rencana ${YEAR}: Dibuka`);
    const form = operator.getByTestId("propose-form");
    const needPicker = form.getByLabel("Dari kebutuhan pelatihan unit (opsional)");
    await expect(needPicker.locator("option")).not.toHaveCount(1);
    await needPicker.selectOption({ index: 1 });
    const title = form.getByLabel("Judul kegiatan");
    await expect(title).toHaveValue(/^Pelatihan /);
    await expect(form.getByLabel("Jumlah orang")).not.toHaveValue("");
    const fromNeed = `${await title.inputValue()} ${tag}`;
    await title.fill(fromNeed);
    await form.getByLabel("Bulan pelaksanaan").selectOption("5");
    await form.getByLabel("JP per peserta").fill("24");
    await form.getByLabel("Jalur pengembangan").selectOption("KL03");
    await form.getByRole("button", { name: "Kirim usulan" }).click();
    await expect(form.getByTestId("form-message")).toHaveText("Usulan terkirim ke BKPP.");

    const own = `Bimtek Keamanan Informasi ${tag}`;
    await needPicker.selectOption({ index: 0 });
    await title.fill(own);
    await form.getByLabel("Jumlah orang").fill("15");
    await form.getByLabel("Perkiraan biaya (Rupiah, opsional)").fill("42900000");
    await form.getByLabel("Alasan / justifikasi").fill("Insiden keamanan informasi meningkat.");
    await form.getByRole("button", { name: "Kirim usulan" }).click();
    await expect(operator.getByTestId("my-proposals").getByTestId("proposal")).toContainText([own]);
    await expect(operator.getByTestId("my-proposals")).toContainText(fromNeed);

    // 3. The admin accepts the one from the need and declines the other with a reason, each after a confirmation.
    await admin.goto(`/admin/rencana/${YEAR}/usulan?q=${tag}`);
    const needCard = admin.getByTestId("proposal").filter({ hasText: fromNeed });
    await expect(needCard.getByTestId("from-need")).toBeVisible();
    await needCard.getByTestId("accept-form").getByRole("button", { name: "Terima" }).click();
    await needCard.getByRole("button", { name: "Ya, lanjutkan" }).click();
    await expect(needCard).toHaveAttribute("data-status", "ACCEPTED");
    await expect(needCard).toContainText(`Menjadi baris: ${fromNeed}`);

    const ownCard = admin.getByTestId("proposal").filter({ hasText: own });
    await ownCard.getByRole("button", { name: "Tolak" }).click();
    const decline = ownCard.getByTestId("decline-form");
    await decline.getByRole("button", { name: "Tolak" }).click();
    await decline.getByRole("button", { name: "Ya, lanjutkan" }).click();
    await expect(decline.getByTestId(/^error-decline-reason/)).toHaveText("Alasan penolakan wajib diisi.");
    // The refused decision keeps asking: with the reason typed, confirming again sends it.
    await decline.getByLabel("Alasan penolakan").fill("Sudah tercakup pelatihan keamanan siber provinsi.");
    await decline.getByRole("button", { name: "Ya, lanjutkan" }).click();
    await expect(ownCard).toHaveAttribute("data-status", "DECLINED");

    // 4. The operator sees both outcomes, with the reason.
    await operator.goto("/admin/usulan-rencana");
    const mine = operator.getByTestId("my-proposals");
    await expect(mine.getByTestId("proposal").filter({ hasText: fromNeed })).toContainText("Diterima");
    const declined = mine.getByTestId("proposal").filter({ hasText: own });
    await expect(declined).toContainText("Ditolak");
    await expect(declined.getByTestId("decline-reason")).toContainText("Sudah tercakup pelatihan keamanan siber provinsi.");
    await operator.goto("/kotak-masuk");
    await expect(operator.getByText("Usulan rencana Anda ditolak").first()).toBeVisible();

    // 5. From the needs list: the first need's own button, into the 2027 plan's draft.
    await admin.goto("/admin/kebutuhan-pelatihan");
    const needRow = admin.getByTestId("need-row").first();
    const needName = (await needRow.locator("td").nth(2).locator("p").first().innerText()).trim();
    await admin.getByLabel("Tahun rencana").fill(String(YEAR));
    await needRow.getByTestId("add-need-to-plan").click();
    await expect(admin.getByTestId("add-to-plan").getByTestId("form-message")).toHaveText(`1 baris ditambahkan ke draf rencana ${YEAR}.`, AFTER_ACTION);

    // 6. The plan: the line from the need has no budget yet; give it two budget items with live totals.
    // Two lines now: the proposal accepted above, and this one (the first without the proposal's tag).
    await admin.goto(`/admin/rencana/${YEAR}`);
    await expect(admin.getByTestId("plan-line")).toHaveCount(2);
    const fromList = admin.getByTestId("plan-line").filter({ hasNotText: tag });
    await expect(fromList).toContainText("dari kebutuhan");
    await fromList.getByRole("link").first().click();
    await expect(admin.getByRole("heading", { level: 1, name: `Baris rencana ${YEAR}` })).toBeVisible();
    await expect(admin.getByText(/Dibuat dari kebutuhan pelatihan/)).toContainText(needName.split(" ").slice(1).join(" ").slice(0, 10));
    const addItem = async (n: number, values: [string, string, string, string]) => {
      await admin.getByRole("button", { name: "+ Tambah rincian" }).click();
      const row = admin.getByRole("group", { name: `Uraian #${n}` });
      await row.getByLabel("Uraian", { exact: true }).fill(values[0]);
      await row.getByLabel("Volume").fill(values[1]);
      await row.getByLabel("Satuan", { exact: true }).fill(values[2]);
      await row.getByLabel("Harga satuan (Rp)").fill(values[3]);
    };
    await addItem(1, ["Konsumsi peserta", "90", "OH", "143000"]);
    await addItem(2, ["Honorarium narasumber", "24", "OJ", "900000"]);
    await expect(admin.getByTestId("budget-row-total").nth(0)).toHaveText("Rp12.870.000");
    await expect(admin.getByTestId("budget-line-total")).toHaveText("Rp34.470.000");
    await admin.getByRole("button", { name: "Simpan baris" }).click();
    await expect(admin.getByTestId("form-message")).toHaveText("Baris disimpan.", AFTER_ACTION);

    // 7. Submit, then approve, each after a confirmation.
    await admin.goto(`/admin/rencana/${YEAR}`);
    await expect(admin.getByTestId("plan-total")).toHaveText("Rp34.470.000");
    await admin.getByRole("button", { name: "Ajukan untuk persetujuan" }).click();
    await admin.getByTestId("confirm").click();
    await expect(admin.getByTestId("version-tab")).toContainText("Diajukan", AFTER_ACTION);
    await admin.getByRole("button", { name: "Setujui versi ini" }).click();
    await admin.getByTestId("confirm").click();
    await expect(admin.getByTestId("version-tab")).toContainText("Disetujui", AFTER_ACTION);
    await expect(admin.getByTestId("lock-note")).toHaveText("Versi ini sudah disetujui dan terkunci. Buat perubahan (revisi) untuk mengubahnya.");
    await expect(admin.getByTestId("version-stamps")).toContainText("Disetujui");

    // 8. The approved line: read-only with the lock message; the action itself refuses too.
    const line = await sqlOne<{ id: string }>(
      `SELECT l.id::text FROM "PlanLine" l JOIN "PlanVersion" v ON v.id = l."versionId" JOIN "DevelopmentPlan" p ON p.id = v."planId"
        WHERE p."agencyId" = $1 AND p.year = $2 AND v.number = 0 AND l.title NOT LIKE $3`, [agencyId, YEAR, `%${tag}%`]);
    await admin.goto(`/admin/rencana/${YEAR}/baris/${line.id}`);
    await expect(admin.getByTestId("lock-message")).toContainText("Versi ini sudah disetujui dan terkunci");
    await expect(admin.locator("#title")).toBeDisabled();
    await expect(admin.getByRole("button", { name: "Simpan baris" })).toHaveCount(0);
    const answer = await callAction(admin, `/admin/rencana/${YEAR}/baris/${line.id}`, "lib/plan/plans-actions.ts", "updatePlanLineAction", {
      lineId: line.id, title: "Diubah setelah disetujui", targetPeople: "10", routeCode: "KL03", provider: "INTERNAL", plannedMonth: "3", jpPerParticipant: "20", budget: "[]",
    });
    expect(answer).toContain("Versi ini sudah disetujui dan terkunci. Buat perubahan (revisi) untuk mengubahnya.");

    // 9. A revision that changes one budget item's unit price; the diff shows exactly that.
    await admin.goto(`/admin/rencana/${YEAR}`);
    await admin.getByRole("button", { name: "Buat perubahan (revisi)" }).click();
    await admin.getByLabel("Alasan perubahan").fill("Penyesuaian standar honorarium");
    await admin.getByRole("form", { name: "Buat perubahan (revisi)" }).getByRole("button", { name: "Buat perubahan (revisi)" }).click();
    await expect(admin).toHaveURL(new RegExp(`/admin/rencana/${YEAR}\\?versi=1`), AFTER_ACTION);
    await expect(admin.getByTestId("version-stamps")).toContainText("Penyesuaian standar honorarium");
    await admin.getByTestId("plan-line").filter({ hasNotText: tag }).getByRole("link").first().click();
    await admin.getByRole("group", { name: "Uraian #2" }).getByLabel("Harga satuan (Rp)").fill("800000");
    await expect(admin.getByTestId("budget-line-total")).toHaveText("Rp32.070.000");
    await admin.getByRole("button", { name: "Simpan baris" }).click();
    await expect(admin.getByTestId("form-message")).toHaveText("Baris disimpan.", AFTER_ACTION);

    await admin.goto(`/admin/rencana/${YEAR}`);
    await admin.getByRole("link", { name: "Bandingkan versi" }).click();
    await expect(admin.getByRole("heading", { level: 1, name: `Perbandingan versi, rencana ${YEAR}` })).toBeVisible();
    await expect(admin.getByTestId("diff-line")).toHaveCount(1);
    await expect(admin.getByTestId("diff-budget")).toHaveCount(1);
    await expect(admin.getByTestId("diff-budget")).toContainText("Rincian anggaran #2: Honorarium narasumber");
    const changes = admin.getByTestId("diff-change");
    await expect(changes).toHaveCount(2);
    await expect(changes.nth(0)).toContainText("Harga satuan");
    await expect(changes.nth(0)).toContainText("Rp900.000");
    await expect(changes.nth(0)).toContainText("Rp800.000");
    await expect(changes.nth(1)).toContainText("Rp21.600.000");
    await expect(changes.nth(1)).toContainText("Rp19.200.000");
    await expect(admin.getByTestId("diff-line-total")).toHaveText("Total baris: Rp34.470.000 → Rp32.070.000");
  } finally {
    await adminContext.close();
    await operatorContext.close();
  }
});
