// Issue 5, level 3 on its own, for a demo participant: the task on the exact day, the reminder, a refused
// submission without a plan, a plan marked done, and another supervisor kept out through the page and the action.
// (The journey from a closed batch to the program's report is evaluation-flow.spec.ts.)
// The clock is advanced through the test-only schedule route, which touches every batch: every test that advances
// it holds the SCHEDULE_LOCK, so none runs beside another. The two tests here run in this order: the second
// finds the task the first created.
import type { Browser, Page } from "@playwright/test";
import { account, callAction, expect, loginAsAccount, runScheduleOn, SCHEDULE_LOCK, sql, sqlOne, test } from "./fixtures";

const HENDRA = "199001122016031005"; // completed a batch on 2025-06-12; reports to Bambang (the demo supervisor)

async function as(browser: Browser, login: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "id-ID" });
  const page = await context.newPage();
  await loginAsAccount(page, login);
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

test("three months after the batch the supervisor is asked, reminded, and answers with a follow-up plan", { lock: SCHEDULE_LOCK }, async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await as(browser, account("ADMIN").login);
  const task = () =>
    sql<{ id: string; status: string; remindersSent: number }>(
      `SELECT t.id, t.status, t."remindersSent" FROM "FeedbackTask" t JOIN "Employee" e ON e.id = t."employeeId" WHERE e.nip = $1`,
      [HENDRA],
    );
  expect(await task()).toHaveLength(0);
  await runScheduleOn(admin, "2025-09-11");
  expect(await task()).toHaveLength(0);
  await runScheduleOn(admin, "2025-09-12");
  const [created] = await task();
  expect(created).toMatchObject({ status: "OPEN", remindersSent: 0 });
  await runScheduleOn(admin, "2025-09-12"); // again: nothing new
  expect(await task()).toHaveLength(1);
  await runScheduleOn(admin, "2025-09-19");
  expect((await task())[0]!.remindersSent).toBe(1);

  // The supervisor sees the request and the reminder in the inbox, and the task in the list.
  const bambang = await as(browser, account("SUPERVISOR").login);
  await bambang.goto("/kotak-masuk");
  await expect(bambang.getByText("Pengingat umpan balik pasca-pelatihan").first()).toBeVisible();
  await bambang.goto("/tim/umpan-balik");
  const row = bambang.getByTestId("feedback-tasks").locator("li").filter({ hasText: "Hendra Gunawan" });
  await row.getByRole("link", { name: "Isi umpan balik" }).click();
  await expect(bambang).toHaveURL(new RegExp(`/tim/umpan-balik/${created!.id}$`));

  // A submission without a plan is refused, with the message on the plan.
  const form = bambang.getByTestId("feedback-form");
  await form.getByLabel("Pembelajaran apa yang diterapkan dalam pekerjaan?").fill("Menerapkan prosedur penanganan insiden keamanan informasi");
  await form.getByLabel("Contoh penerapannya").fill("Menangani dua insiden phishing di bulan Agustus sesuai prosedur");
  await form.getByLabel("4 · Sebagian besar").check();
  await form.getByLabel("Akuntabel").check();
  await form.getByLabel("Kompeten").check();
  await form.getByRole("button", { name: "Kirim umpan balik" }).click();
  await form.getByRole("button", { name: "Kirim umpan balik" }).click();
  await expect(bambang.getByTestId("error-plans")).toHaveText("Isi setidaknya satu rencana tindak lanjut.");
  expect((await task())[0]!.status).toBe("OPEN");

  await form.getByLabel("Tindakan 1").fill("Menyusun SOP insiden untuk bidang");
  await form.getByLabel("Penanggung jawab 1").fill("Hendra Gunawan");
  await form.getByLabel("Tanggal target 1").fill("2025-12-31");
  // The confirmation is still open from the refused attempt: one click sends.
  await expect(form.getByRole("button", { name: "Periksa lagi" })).toBeVisible();
  await form.getByRole("button", { name: "Kirim umpan balik" }).click();
  // The page now shows the feedback as given, with its plan, in place of the form.
  await expect(bambang.getByTestId("follow-up-plans")).toContainText("Menyusun SOP insiden untuk bidang");
  await expect(bambang.getByTestId("feedback-given")).toContainText("4 · Sebagian besar");
  const saved = await sqlOne<{ status: string; rating: number }>(`SELECT status, rating FROM "FeedbackTask" WHERE id = $1`, [created!.id]);
  expect(saved).toEqual({ status: "SUBMITTED", rating: 4 });

  // The supervisor marks the plan done.
  const plan = bambang.getByTestId("follow-up-plan").filter({ hasText: "Menyusun SOP insiden untuk bidang" });
  await plan.getByRole("button", { name: "Tandai selesai: Menyusun SOP insiden untuk bidang" }).click();
  await expect(plan.getByText("Selesai", { exact: true })).toBeVisible();
  await expect(plan.getByRole("button", { name: "Batalkan selesai: Menyusun SOP insiden untuk bidang" })).toBeVisible();
  const done = await sqlOne<{ done: boolean }>(`SELECT "doneAt" IS NOT NULL AS done FROM "FollowUpPlan" WHERE "taskId" = $1`, [created!.id]);
  expect(done).toEqual({ done: true });
});

test("a supervisor who is not assigned the task cannot open or submit it", { lock: SCHEDULE_LOCK }, async ({ browser }) => {
  const admin = await as(browser, account("ADMIN").login);
  await runScheduleOn(admin, "2025-09-12");
  const { id } = await sqlOne<{ id: string }>(
    `SELECT t.id FROM "FeedbackTask" t JOIN "Employee" e ON e.id = t."employeeId" WHERE e.nip = $1`,
    [HENDRA],
  );
  // Another supervisor: someone with staff who is not Hendra's supervisor.
  const other = await sqlOne<{ nip: string }>(
    `SELECT s.nip FROM "Employee" s WHERE s.nip <> '197808222005011003' AND EXISTS (SELECT 1 FROM "Employee" x WHERE x."supervisorId" = s.id) ORDER BY s.nip LIMIT 1`,
  );
  const page = await as(browser, other.nip);
  expect((await page.goto(`/tim/umpan-balik/${id}`))?.status()).toBe(404);
  const body = await callAction(page, "/tim/umpan-balik", "lib/feedback/actions.ts", "submitFeedbackAction", {
    taskId: id, applied: "Diterapkan dengan baik sekali", examples: "Contoh penerapan yang jelas", rating: "5", planAction: "Tindak lanjut", planOwner: "Siapa saja", planDue: "2026-01-01",
  });
  expect(body).toContain("Data tidak ditemukan atau di luar wewenang Anda.");
  const after = await sqlOne<{ submittedById: string | null }>(`SELECT "submittedById" FROM "FeedbackTask" WHERE id = $1`, [id]);
  // Submitted, if at all, only by the demo supervisor in the other test; never by this one.
  const otherUser = await sqlOne<{ id: string }>(`SELECT u.id FROM "User" u JOIN "Employee" e ON e.id = u."employeeId" WHERE e.nip = $1`, [other.nip]);
  expect(after.submittedById).not.toBe(otherUser.id);
});
