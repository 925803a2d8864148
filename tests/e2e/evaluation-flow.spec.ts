// Issue 5, end to end: a batch closes → three participants answer the (anonymous) reaction questionnaire →
// L2 scores are imported from a sheet with one bad row, refused, fixed → three months later the supervisor
// gets the L3 tasks → a reminder follows seven days after → the supervisor answers two, with follow-up plans
// → the program's evaluation report shows the figures. Before it, level 3 on its own, for a demo participant: the
// task on the exact day, the reminder, a refused submission without a plan, a plan marked done, and another
// supervisor kept out through the page and the action. One file keeps that order: the journey's schedule run
// gives every demo participant a task.
// The clock is advanced through the test-only schedule route. The schedule touches every batch, so every test
// that advances the clock holds the SCHEDULE_LOCK: Playwright never runs two of them at the same time.
import ExcelJS from "exceljs";
import type { Browser, Page } from "@playwright/test";
import { account, callAction, expect, loginAsAccount, runScheduleOn, SCHEDULE_LOCK, sql, sqlOne, test } from "./fixtures";

const BAMBANG = account("SUPERVISOR").login;
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

async function as(browser: Browser, login: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "id-ID" });
  const page = await context.newPage();
  await loginAsAccount(page, login);
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: string, days: number) => iso(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
const addMonths = (day: string, months: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return iso(d);
};

// Level 3 for a demo participant first: the journey below runs the schedule far ahead, which gives every demo
// participant (Hendra too) a task, so these must find the agency as the seed left it.
const HENDRA = "199001122016031005"; // completed a batch on 2025-06-12; reports to Bambang (the demo supervisor)


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

test("from a closed batch to the program's evaluation report", { lock: SCHEDULE_LOCK }, async ({ browser }) => {
  test.setTimeout(240_000);
  const title = `Pelatihan Pelayanan Publik Uji Evaluasi ${Date.now()}`;
  // A day of its own in the coming year: the batch's JP never touch this year's compliance examples, and a
  // rerun on the same database never clashes with an earlier run.
  const year = new Date().getUTCFullYear() + 1;
  let day = addDays(`${year}-02-01`, Math.floor(Date.now() / 1000) % 200);

  // Three of the demo supervisor's staff who are not the README's worked examples.
  const staff = await sql<{ nip: string; name: string }>(
    `SELECT e.nip, e.name FROM "Employee" e JOIN "Employee" s ON s.id = e."supervisorId"
     WHERE s.nip = $1 AND e.nip NOT IN ('199203152019032001','199001122016031005','199607202025072001','198805052014021003','199303032018012002','199109092017011004')
     ORDER BY e.nip LIMIT 3`,
    [BAMBANG],
  );
  expect(staff).toHaveLength(3);

  // 1. The admin creates the program and a one-day batch, enrols the three, runs it and closes it.
  const admin = await as(browser, account("ADMIN").login);
  await admin.goto("/admin/pelatihan/baru");
  await admin.getByLabel("Judul pelatihan").fill(title);
  await admin.getByLabel("Jalur pengembangan").selectOption("KL10");
  await admin.getByLabel("Penyelenggara").fill("BKPP Kota Semarang");
  await admin.getByLabel("Uraian").fill("Konsumsi peserta");
  await admin.getByLabel("Volume").fill("3");
  await admin.getByLabel("Harga satuan (Rp)").fill("143000");
  await admin.getByRole("button", { name: "Simpan pelatihan" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(title);
  const programId = admin.url().split("/").pop()!;

  await admin.getByRole("link", { name: "Angkatan baru" }).first().click();
  await admin.getByLabel("Tanggal mulai").fill(day);
  await admin.getByLabel("Tanggal selesai").fill(day);
  await admin.getByLabel("Kapasitas peserta").fill("3");
  await admin.getByLabel("Pendaftaran dibuka").fill(`${addDays(iso(new Date()), -1)}T07:00`);
  await admin.getByLabel("Pendaftaran ditutup").fill(`${addDays(iso(new Date()), 5)}T07:00`);
  if (!(await admin.getByLabel("Acara").count())) await admin.getByRole("button", { name: "Tambah sesi" }).click();
  await admin.getByLabel("Tanggal", { exact: true }).first().fill(day);
  await admin.getByLabel("Mulai", { exact: true }).first().fill("08:00");
  await admin.getByLabel("Selesai", { exact: true }).first().fill("11:00");
  await admin.getByLabel("Acara").first().fill("Penyampaian materi standar pelayanan");
  await admin.getByLabel("Jenis").first().selectOption("LEARNING");
  await admin.getByRole("button", { name: "Simpan angkatan" }).click();
  await expect(admin).toHaveURL(/\/admin\/angkatan\/[0-9a-f-]+$/);
  const batchId = admin.url().split("/").pop()!;
  await admin.getByRole("button", { name: "Buka pendaftaran" }).click();
  await expect(admin.getByText("Pendaftaran dibuka").first()).toBeVisible();

  for (const person of staff) {
    await admin.getByLabel("NIP peserta").fill(person.nip);
    await admin.getByRole("button", { name: "Daftarkan", exact: true }).click();
    await expect(admin.getByRole("row").filter({ hasText: person.name })).toBeVisible();
  }
  // An admin's enrolment needs no approval: the three take the three seats.
  await expect(admin.getByText("3/3").first()).toBeVisible();
  await admin.getByRole("button", { name: "Tutup pendaftaran" }).click();
  await admin.getByRole("button", { name: "Mulai" }).click();
  await expect(admin.getByText("Berlangsung").first()).toBeVisible();
  // The batch is held: attendance waits for a session to start and completion for the last one to end
  // (issue 10), so its day moves into the past year (still clear of this year's compliance examples).
  day = addDays(`${year - 2}-02-01`, Math.floor(Date.now() / 1000) % 200);
  await sql(`UPDATE "Batch" SET "startDate" = $2::date, "endDate" = $2::date WHERE id = $1::uuid`, [batchId, day]);
  await sql(`UPDATE "RundownSession" SET date = $2::date WHERE "batchId" = $1::uuid`, [batchId, day]);
  await admin.goto(`/presensi/${batchId}`);
  for (const button of await admin.getByRole("button", { name: /Tandai semua peserta hadir/ }).all()) await button.click();
  await admin.getByRole("button", { name: "Simpan" }).click();
  await expect(admin.getByText(/Presensi tersimpan/)).toBeVisible();
  await admin.goto(`/admin/angkatan/${batchId}`);
  await admin.getByRole("button", { name: "Selesaikan & catat JP" }).click();
  await admin.getByRole("button", { name: "Ya, lanjutkan" }).click();
  await expect(admin.getByText(/Angkatan selesai: 180 menit .* dicatat untuk 3 peserta\./)).toBeVisible();

  // 2. Each participant finds the questionnaire in the inbox and answers it once (5, 4 and 3 everywhere).
  for (const [i, person] of staff.entries()) {
    const page = await as(browser, person.nip);
    await page.goto("/evaluasi");
    await page.getByTestId("reaction-invite").filter({ hasText: title }).getByRole("link", { name: /Isi kuesioner/ }).click();
    await expect(page).toHaveURL(/\/evaluasi\/[0-9a-f-]+$/);
    const label = ["5 – Sangat baik", "4 – Baik", "3 – Cukup"][i]!;
    const items = page.getByTestId("reaction-item");
    for (const item of await items.all()) await item.getByRole("radio", { name: label }).check();
    if (i === 0) await items.first().getByLabel("Komentar (opsional)").fill("Contoh kasus pelayanan di kelurahan sangat relevan.");
    await page.getByRole("button", { name: "Kirim", exact: true }).click();
    await page.getByRole("button", { name: "Ya, kirim" }).click();
    await expect(page.getByTestId("reaction-answered")).toContainText("sudah dijawab");
    if (i === 0) await shot(page, "1-questionnaire-answered");
    await page.context().close();
  }

  // 3. L2: the score sheet has one bad row; nothing is imported until it is fixed.
  await admin.goto(`/admin/angkatan/${batchId}`);
  const card = admin.getByTestId("batch-learning");
  const template = await admin.request.get((await card.getByTestId("learning-template").getAttribute("href"))!);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await template.body()) as unknown as ArrayBuffer);
  const ws = workbook.worksheets[0]!;
  for (let r = 2; r <= 4; r++) {
    ws.getCell(r, 3).value = 60;
    ws.getCell(r, 4).value = 80;
  }
  ws.getCell(4, 4).value = 120;
  const file = async () => ({ name: "nilai.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await workbook.xlsx.writeBuffer()) });
  const form = admin.getByTestId("learning-import-form");
  await form.getByLabel("Berkas XLSX (maks. 2 MB)").setInputFiles(await file());
  await form.getByRole("button", { name: "Impor nilai" }).click();
  await expect(form.getByTestId("learning-import-rows")).toHaveText("Baris 4: nilai post-test 120 di luar 0–100");
  const scores = () => sqlOne<{ n: number }>(`SELECT count(*)::int AS n FROM "LearningScore" s JOIN "Enrolment" e ON e.id = s."enrolmentId" WHERE e."batchId" = $1`, [batchId]);
  expect((await scores()).n).toBe(0);
  await form.screenshot({ path: test.info().outputPath("2-l2-refused.png") });
  ws.getCell(4, 4).value = 80;
  await form.getByLabel("Berkas XLSX (maks. 2 MB)").setInputFiles(await file());
  await form.getByRole("button", { name: "Impor nilai" }).click();
  await expect(form.getByTestId("form-message")).toHaveText("3 nilai peserta diimpor.");
  expect((await scores()).n).toBe(3);

  // 4. Three months after the batch the supervisor is asked, not a day before; a reminder follows 7 days later.
  const tasks = () =>
    sql<{ id: string; nip: string; remindersSent: number; supervisor: string }>(
      `SELECT t.id, p.nip, t."remindersSent", s.nip AS supervisor FROM "FeedbackTask" t JOIN "Enrolment" e ON e.id = t."enrolmentId"
       JOIN "Employee" p ON p.id = t."employeeId" LEFT JOIN "Employee" s ON s.id = t."supervisorId" WHERE e."batchId" = $1 ORDER BY p.nip`,
      [batchId],
    );
  const due = addMonths(day, 3);
  await runScheduleOn(admin, addDays(due, -1));
  expect(await tasks()).toHaveLength(0);
  await runScheduleOn(admin, due);
  await runScheduleOn(admin, due); // the job again: nothing twice
  const created = await tasks();
  expect(created.map((t) => [t.nip, t.supervisor, t.remindersSent])).toEqual(staff.map((s) => [s.nip, BAMBANG, 0]));
  await runScheduleOn(admin, addDays(due, 6));
  expect((await tasks()).every((t) => t.remindersSent === 0)).toBe(true);
  await runScheduleOn(admin, addDays(due, 7));
  expect((await tasks()).every((t) => t.remindersSent === 1)).toBe(true);

  // 5. The supervisor sees the reminder, and answers two of the three tasks with a follow-up plan each.
  const bambang = await as(browser, BAMBANG);
  await bambang.goto("/kotak-masuk");
  await expect(bambang.getByText("Pengingat umpan balik pasca-pelatihan").first()).toBeVisible();
  for (const [i, rating] of (["4 · Sebagian besar", "2 · Sedikit"] as const).entries()) {
    await bambang.goto(`/tim/umpan-balik/${created[i]!.id}`);
    const feedback = bambang.getByTestId("feedback-form");
    await feedback.getByLabel("Pembelajaran apa yang diterapkan dalam pekerjaan?").fill("Menerapkan standar pelayanan dan maklumat layanan di loket");
    await feedback.getByLabel("Contoh penerapannya").fill("Menyusun ulang alur antrean sehingga waktu tunggu turun");
    await feedback.getByLabel(rating).check();
    await feedback.getByLabel("Berorientasi Pelayanan").check();
    await feedback.getByLabel("Tindakan 1").fill("Menyusun SOP loket pelayanan terpadu");
    await feedback.getByLabel("Penanggung jawab 1").fill(staff[i]!.name);
    await feedback.getByLabel("Tanggal target 1").fill(addMonths(due, 2));
    if (i === 0) await shot(bambang, "3-feedback-form");
    await feedback.getByRole("button", { name: "Kirim umpan balik" }).click();
    await feedback.getByRole("button", { name: "Kirim umpan balik" }).click();
    await expect(bambang.getByTestId("follow-up-plans")).toContainText("Menyusun SOP loket pelayanan terpadu");
  }
  // The second person's plan is carried out: the supervisor marks it done.
  await bambang.getByRole("button", { name: "Tandai selesai: Menyusun SOP loket pelayanan terpadu" }).click();
  await expect(bambang.getByRole("button", { name: "Batalkan selesai: Menyusun SOP loket pelayanan terpadu" })).toBeVisible();

  // 6. The program's report: 3 of 3 answered L1 (averages 5, 4, 3 → 4), L2 gain +20, L3 2 of 3 answered,
  //    average 3, half of them applying (rating 3 or more), one plan open and one done.
  await admin.goto(`/admin/pelatihan/${programId}/evaluasi`);
  await expect(admin.getByTestId("eval-l1-responses")).toHaveText("3 dari 3 peserta menjawab");
  await expect(admin.getByTestId("eval-l1-overall")).toHaveText("4,00");
  await expect(admin.getByTestId("eval-l2-gain")).toHaveText("+20,0");
  await expect(admin.getByTestId("eval-l3-response-rate")).toHaveText("66,7%");
  await expect(admin.getByTestId("eval-l3-average")).toHaveText("3,00");
  await expect(admin.getByTestId("eval-l3-share-applying")).toHaveText("50%");
  await expect(admin.getByTestId("eval-plans-open")).toHaveText("1");
  await expect(admin.getByTestId("eval-plans-done")).toHaveText("1");
  await shot(admin, "4-program-report");
  const exported = await admin.request.get((await admin.getByTestId("eval-export").getAttribute("href"))!);
  expect(exported.status()).toBe(200);
  const report = new ExcelJS.Workbook();
  await report.xlsx.load((await exported.body()) as unknown as ArrayBuffer);
  const names = report.worksheets.map((w) => w.name);
  expect(names).toEqual(expect.arrayContaining(["Ringkasan"]));
  // The anonymous questionnaire's comment is in the export, and no participant's name or NIP is anywhere near it.
  const text = report.worksheets.map((w) => w.getSheetValues().flat().join(" ")).join(" ");
  expect(text).toContain("Contoh kasus pelayanan di kelurahan sangat relevan.");
  const commentSheet = report.worksheets.find((w) => /komentar/i.test(w.name));
  const comments = JSON.stringify(commentSheet?.getSheetValues() ?? []);
  for (const person of staff) {
    expect(comments).not.toContain(person.nip);
    expect(comments).not.toContain(person.name);
  }
});
