// Issue 5, level 1: a participant of a batch the demo seed closed answers the reaction questionnaire from
// "Evaluasi pelatihan": a draft that survives a reload, a refused incomplete submission, then one
// submission. The demo set is anonymous: the answers are sealed, naming nobody.
import { axe } from "./page-checks";
import { expect, loginAsAccount, sql, sqlOne, test } from "./fixtures";

/** Arif Rahman completed "Pelatihan Dasar Analisis Data dengan Spreadsheet" angkatan 14 this year (demo-compliance.ts). */
const ARIF = "199109092017011004";
const PROGRAM = "Pelatihan Dasar Analisis Data dengan Spreadsheet";

test("a participant saves a draft, reloads it, and submits the questionnaire once", async ({ page }) => {
  test.setTimeout(90_000);
  const invite = await sqlOne<{ id: string; status: string }>(
    `SELECT i.id, i.status FROM "ReactionInvite" i JOIN "Enrolment" e ON e.id = i."enrolmentId" JOIN "Employee" p ON p.id = e."employeeId"
     WHERE p.nip = $1`,
    [ARIF],
  );
  expect(invite.status).toBe("PENDING");

  await loginAsAccount(page, ARIF);
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto("/evaluasi");
  const row = page.getByTestId("reaction-invite").filter({ hasText: PROGRAM });
  await expect(row).toContainText("Belum diisi");
  await row.getByRole("link", { name: /Isi kuesioner/ }).click();
  await expect(page).toHaveURL(new RegExp(`/evaluasi/${invite.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PROGRAM);
  await expect(page.getByTestId("reaction-anonymity")).toContainText("anonim");

  const items = page.getByTestId("reaction-item");
  const count = await items.count();
  expect(count).toBeGreaterThan(3);
  const first = items.first();
  await expect(page.getByRole("group", { name: /^Pertanyaan 1 · Materi/ })).toBeVisible();
  await first.getByRole("radio", { name: "4 – Baik" }).check();
  await first.getByLabel("Komentar (opsional)").fill("Contoh kasus dari data OPD sangat membantu.");
  await items.nth(1).getByRole("radio", { name: "3 – Cukup" }).focus();
  await page.keyboard.press("Space"); // keyboard only
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Draf tersimpan. Anda dapat melanjutkannya nanti.");

  await page.reload();
  await expect(items.first().getByRole("radio", { name: "4 – Baik" })).toBeChecked();
  await expect(items.nth(1).getByRole("radio", { name: "3 – Cukup" })).toBeChecked();
  await expect(items.first().getByLabel("Komentar (opsional)")).toHaveValue("Contoh kasus dari data OPD sangat membantu.");
  expect((await sqlOne<{ status: string }>(`SELECT status FROM "ReactionInvite" WHERE id = $1`, [invite.id])).status).toBe("DRAFT");

  const scan = await axe(page).analyze();
  expect(scan.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // Incomplete: refused, and the questions still to rate are named.
  await page.getByRole("button", { name: "Kirim", exact: true }).click();
  await page.getByRole("button", { name: "Ya, kirim" }).click();
  await expect(page.getByTestId("reaction-missing")).toContainText(`Pertanyaan 3: `);
  await expect(page.getByTestId("form-message")).toContainText("belum dinilai");

  for (let i = 2; i < count; i++) await items.nth(i).getByRole("radio", { name: "5 – Sangat baik" }).check();
  await page.getByRole("button", { name: "Kirim", exact: true }).click();
  await page.getByRole("button", { name: "Ya, kirim" }).click();
  await expect(page.getByTestId("reaction-answered")).toContainText("sudah dijawab");

  await page.goto("/evaluasi");
  await expect(page.getByTestId("reaction-invite").filter({ hasText: PROGRAM })).toContainText("Sudah dijawab");

  const stored = await sqlOne<{ status: string; draft: unknown }>(`SELECT status, draft FROM "ReactionInvite" WHERE id = $1`, [invite.id]);
  expect(stored).toEqual({ status: "SUBMITTED", draft: null });
  // Anonymous: sealed, with nobody named, until three of the batch's answers have come in (demo batch 14 has
  // no other answers yet), so no response can be matched to Arif by its date.
  const batch = `SELECT b.id FROM "Batch" b JOIN "Program" p ON p.id = b."programId" WHERE p.title = $1 AND b.number = 14`;
  expect(await sql(`SELECT id FROM "ReactionResponse" WHERE "batchId" = (${batch})`, [PROGRAM])).toEqual([]);
  const sealed = await sql<{ row: Record<string, unknown> }>(`SELECT row_to_json(s) AS row FROM "ReactionSealed" s WHERE "batchId" = (${batch})`, [PROGRAM]);
  expect(sealed).toHaveLength(1);
  // keyId names the sealing key, the same for every sheet it sealed: it points to no one.
  expect(Object.keys(sealed[0]!.row).sort()).toEqual(["agencyId", "answers", "batchId", "id", "keyId", "questionSetId"]);
  // Encrypted with a key the database does not hold: the comment cannot be read from the row.
  expect(Object.keys(sealed[0]!.row.answers as object).sort()).toEqual(["data", "iv", "kid", "tag", "v"]);
  expect(JSON.stringify(sealed[0]!.row)).not.toContain("Contoh kasus dari data OPD");
});
