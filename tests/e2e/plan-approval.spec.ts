// The annual plan's approval cycle (issue 15, acceptance): the admin, who also holds PLAN_APPROVER, adds a line
// from the training-needs list to the 2027 plan, gives it a budget, submits and approves; then cannot change the
// approved line (the page is read-only with the lock message, and the action itself refuses); makes a revision
// that changes one budget item, and the version diff shows exactly that change.
import { randomUUID } from "node:crypto";
import { account, callAction, expect, loginAsAccount, sql, sqlOne, test } from "./fixtures";

const YEAR = 2027;
// What follows a server action waits longer: the needs are recomputed for the whole agency, and two cores are shared.
const AFTER_ACTION = { timeout: 30_000 };

test("the admin adds a need to the 2027 plan, approves it, is refused on the approved line, and a revision diffs as one change", async ({ page }) => {
  test.setTimeout(180_000);
  const admin = await sqlOne<{ id: string; agencyId: string }>(`SELECT id::text, "agencyId"::text FROM "User" WHERE email = lower($1)`, [account("ADMIN").login]);
  const existing = await sql(`SELECT 1 FROM "DevelopmentPlan" WHERE "agencyId" = $1 AND year = $2`, [admin.agencyId, YEAR]);
  test.skip(existing.length > 0, `the demo already has a ${YEAR} plan (approved plans cannot be removed): run on a fresh demo`);
  // Until the demo seed gives the admin PLAN_APPROVER, the spec does (and takes it back afterwards).
  const granted = await sql<{ id: string }>(
    `INSERT INTO "UserRole" (id, "agencyId", "userId", role) SELECT $1, $2, $3, 'PLAN_APPROVER'
      WHERE NOT EXISTS (SELECT 1 FROM "UserRole" WHERE "userId" = $3 AND role = 'PLAN_APPROVER') RETURNING id::text`,
    [randomUUID(), admin.agencyId, admin.id]);

  try {
    await loginAsAccount(page, account("ADMIN").login);

    // 1. From the needs list: the first need's own button, into the 2027 plan.
    await page.goto("/admin/kebutuhan-pelatihan");
    const needRow = page.getByTestId("need-row").first();
    const needName = (await needRow.locator("td").nth(2).locator("p").first().innerText()).trim();
    await page.getByLabel("Tahun rencana").fill(String(YEAR));
    await needRow.getByTestId("add-need-to-plan").click();
    await expect(page.getByTestId("add-to-plan").getByTestId("form-message")).toHaveText(`1 baris ditambahkan ke draf rencana ${YEAR}.`, AFTER_ACTION);

    // 2. The plan: one line from the need, no budget yet; give it two budget items with live totals.
    await page.goto(`/admin/rencana/${YEAR}`);
    await expect(page.getByTestId("plan-line")).toHaveCount(1);
    await expect(page.getByTestId("plan-line")).toContainText("dari kebutuhan");
    await page.getByTestId("plan-line").getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1, name: `Baris rencana ${YEAR}` })).toBeVisible();
    await expect(page.getByText(/Dibuat dari kebutuhan pelatihan/)).toContainText(needName.split(" ").slice(1).join(" ").slice(0, 10));
    const addItem = async (n: number, values: [string, string, string, string]) => {
      await page.getByRole("button", { name: "+ Tambah rincian" }).click();
      const row = page.getByRole("group", { name: `Uraian #${n}` });
      await row.getByLabel("Uraian", { exact: true }).fill(values[0]);
      await row.getByLabel("Volume").fill(values[1]);
      await row.getByLabel("Satuan", { exact: true }).fill(values[2]);
      await row.getByLabel("Harga satuan (Rp)").fill(values[3]);
    };
    await addItem(1, ["Konsumsi peserta", "90", "OH", "143000"]);
    await addItem(2, ["Honorarium narasumber", "24", "OJ", "900000"]);
    await expect(page.getByTestId("budget-row-total").nth(0)).toHaveText("Rp12.870.000");
    await expect(page.getByTestId("budget-line-total")).toHaveText("Rp34.470.000");
    await page.getByRole("button", { name: "Simpan baris" }).click();
    await expect(page.getByTestId("form-message")).toHaveText("Baris disimpan.", AFTER_ACTION);

    // 3. Submit, then approve, each after a confirmation.
    await page.goto(`/admin/rencana/${YEAR}`);
    await expect(page.getByTestId("plan-total")).toHaveText("Rp34.470.000");
    await page.getByRole("button", { name: "Ajukan untuk persetujuan" }).click();
    await page.getByTestId("confirm").click();
    await expect(page.getByTestId("version-tab")).toContainText("Diajukan", AFTER_ACTION);
    await page.getByRole("button", { name: "Setujui versi ini" }).click();
    await page.getByTestId("confirm").click();
    await expect(page.getByTestId("version-tab")).toContainText("Disetujui", AFTER_ACTION);
    await expect(page.getByTestId("lock-note")).toHaveText("Versi ini sudah disetujui dan terkunci. Buat perubahan (revisi) untuk mengubahnya.");
    await expect(page.getByTestId("version-stamps")).toContainText("Disetujui");

    // 4. The approved line: read-only with the lock message; the action itself refuses too.
    const line = await sqlOne<{ id: string }>(
      `SELECT l.id::text FROM "PlanLine" l JOIN "PlanVersion" v ON v.id = l."versionId" JOIN "DevelopmentPlan" p ON p.id = v."planId"
        WHERE p."agencyId" = $1 AND p.year = $2 AND v.number = 0`, [admin.agencyId, YEAR]);
    await page.goto(`/admin/rencana/${YEAR}/baris/${line.id}`);
    await expect(page.getByTestId("lock-message")).toContainText("Versi ini sudah disetujui dan terkunci");
    await expect(page.locator("#title")).toBeDisabled();
    await expect(page.getByRole("button", { name: "Simpan baris" })).toHaveCount(0);
    const answer = await callAction(page, `/admin/rencana/${YEAR}/baris/${line.id}`, "lib/plan/plans-actions.ts", "updatePlanLineAction", {
      lineId: line.id, title: "Diubah setelah disetujui", targetPeople: "10", routeCode: "KL03", provider: "INTERNAL", plannedMonth: "3", jpPerParticipant: "20", budget: "[]",
    });
    expect(answer).toContain("Versi ini sudah disetujui dan terkunci. Buat perubahan (revisi) untuk mengubahnya.");

    // 5. A revision that changes one budget item's unit price; the diff shows exactly that.
    await page.goto(`/admin/rencana/${YEAR}`);
    await page.getByRole("button", { name: "Buat perubahan (revisi)" }).click();
    await page.getByLabel("Alasan perubahan").fill("Penyesuaian standar honorarium");
    await page.getByRole("form", { name: "Buat perubahan (revisi)" }).getByRole("button", { name: "Buat perubahan (revisi)" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/rencana/${YEAR}\\?versi=1`), AFTER_ACTION);
    await expect(page.getByTestId("version-stamps")).toContainText("Penyesuaian standar honorarium");
    await page.getByTestId("plan-line").getByRole("link").first().click();
    await page.getByRole("group", { name: "Uraian #2" }).getByLabel("Harga satuan (Rp)").fill("800000");
    await expect(page.getByTestId("budget-line-total")).toHaveText("Rp32.070.000");
    await page.getByRole("button", { name: "Simpan baris" }).click();
    await expect(page.getByTestId("form-message")).toHaveText("Baris disimpan.", AFTER_ACTION);

    await page.goto(`/admin/rencana/${YEAR}`);
    await page.getByRole("link", { name: "Bandingkan versi" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Perbandingan versi, rencana ${YEAR}` })).toBeVisible();
    await expect(page.getByTestId("diff-line")).toHaveCount(1);
    await expect(page.getByTestId("diff-budget")).toHaveCount(1);
    await expect(page.getByTestId("diff-budget")).toContainText("Rincian anggaran #2: Honorarium narasumber");
    const changes = page.getByTestId("diff-change");
    await expect(changes).toHaveCount(2);
    await expect(changes.nth(0)).toContainText("Harga satuan");
    await expect(changes.nth(0)).toContainText("Rp900.000");
    await expect(changes.nth(0)).toContainText("Rp800.000");
    await expect(changes.nth(1)).toContainText("Rp21.600.000");
    await expect(changes.nth(1)).toContainText("Rp19.200.000");
    await expect(page.getByTestId("diff-line-total")).toHaveText("Total baris: Rp34.470.000 → Rp32.070.000");
  } finally {
    if (granted[0]) await sql(`DELETE FROM "UserRole" WHERE id = $1`, [granted[0].id]);
  }
});
