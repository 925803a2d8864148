// OPD proposals for the 2027 plan (issue 15, decision 0036), in Chromium: the admin opens the proposal window; the
// demo operator proposes two lines, one from a training need of their unit; the admin accepts one and declines the
// other with a reason; the operator sees both outcomes and the reason. Afterwards the spec removes what it wrote
// (its proposals, the accepted line, and the plan itself when the spec made it; audit rows stay: append-only).
import { randomUUID } from "node:crypto";
import { account, expect, loginAsAccount, sql, sqlOne, test } from "./fixtures";

const YEAR = 2027;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test("the admin opens the window, the operator proposes two lines, the admin accepts one and declines one", async ({ browser }) => {
  test.setTimeout(240_000); // two browsers, the needs of a unit computed on a machine other runs share
  const tag = randomUUID().slice(0, 6).toUpperCase();
  const { agencyId } = await sqlOne<{ agencyId: string }>(`SELECT "agencyId"::text AS "agencyId" FROM "User" WHERE email = $1`, [account("ADMIN").login]);
  const [before] = await sql<{ id: string; openAt: Date | null; closeAt: Date | null }>(
    `SELECT id::text AS id, "proposalsOpenAt" AS "openAt", "proposalsCloseAt" AS "closeAt" FROM "DevelopmentPlan" WHERE "agencyId" = $1::uuid AND year = $2`, [agencyId, YEAR]);
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
  } finally {
    await adminContext.close();
    await operatorContext.close();
    const like = `%${tag}%`;
    await sql(`DELETE FROM "Notification" WHERE kind LIKE 'planProposal%' AND params->>'title' LIKE $1`, [like]);
    const lines = await sql<{ itemId: string }>(`DELETE FROM "PlanLine" WHERE "agencyId" = $1::uuid AND title LIKE $2 RETURNING "itemId"::text AS "itemId"`, [agencyId, like]);
    await sql(`DELETE FROM "PlanProposal" WHERE "agencyId" = $1::uuid AND title LIKE $2`, [agencyId, like]);
    if (lines.length) await sql(`DELETE FROM "PlanItem" WHERE id = ANY($1::uuid[])`, [lines.map((l) => l.itemId)]);
    if (before) {
      await sql(`UPDATE "DevelopmentPlan" SET "proposalsOpenAt" = $2, "proposalsCloseAt" = $3 WHERE id = $1::uuid`, [before.id, before.openAt, before.closeAt]);
    } else {
      await sql(`DELETE FROM "DevelopmentPlan" WHERE "agencyId" = $1::uuid AND year = $2`, [agencyId, YEAR]);
    }
  }
});
