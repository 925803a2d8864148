// Issue 12, in Chromium: the rundown shows JP for learning sessions only (ISHOMA and the opening are schedule
// only), the attendance grid has no ISHOMA or opening column, and the trainer's schedule shows one card per batch
// in "Hari ini", "Akan datang" and "Selesai". Two batches of its own are written straight into the seeded
// database (and removed afterwards): one running today and tomorrow, one closed although its day is tomorrow.
import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { calendarToday } from "../../lib/time";
import { account, expect, loginAsAccount, sql, sqlOne, test } from "./fixtures";

test.describe.configure({ timeout: 90_000 }); // a cold server on a busy two-core machine

const iso = (date: Date) => date.toISOString().slice(0, 10);
const today = calendarToday();
const tomorrow = new Date(today.getTime() + 86_400_000);
const numbers = { running: 9000 + randomInt(500), closed: 9500 + randomInt(499) };
const created: string[] = [];
let running = "";
let programTitle = "";

type Session = { date: Date; start: number; end: number; title: string; kind: string; taught: boolean };
const RUNNING: Session[] = [
  { date: today, start: 0, end: 30, title: "Pembukaan uji", kind: "OPENING_CLOSING", taught: false },
  { date: today, start: 30, end: 150, title: "Materi pagi uji", kind: "LEARNING", taught: true },
  { date: today, start: 150, end: 210, title: "ISHOMA uji", kind: "MEAL", taught: false },
  { date: tomorrow, start: 480, end: 600, title: "Materi besok uji", kind: "LEARNING", taught: true },
];

async function insertBatch(programId: string, agencyId: string, number: number, status: string, start: Date, end: Date, seats: number) {
  const { id } = await sqlOne<{ id: string }>(
    `INSERT INTO "Batch" (id, "agencyId", "programId", number, "startDate", "endDate", venue, capacity, "confirmedCount",
       "registrationOpensAt", "registrationClosesAt", status, "doneAt", "updatedAt")
     VALUES (gen_random_uuid(), $1::uuid, $2::uuid, $3, $4::date, $5::date, 'Ruang Diklat 1 BKPP', 30, $7,
       now() - interval '20 days', now() - interval '5 days', $6::text::"BatchStatus", CASE WHEN $6::text = 'DONE' THEN now() END, now())
     RETURNING id::text`,
    [agencyId, programId, number, iso(start), iso(end), status, seats],
  );
  created.push(id);
  return id;
}

async function insertSessions(batchId: string, agencyId: string, trainerId: string, sessions: Session[]) {
  for (const s of sessions) {
    const { id } = await sqlOne<{ id: string }>(
      `INSERT INTO "RundownSession" (id, "agencyId", "batchId", date, "startMinute", "endMinute", "plannedMinutes", title, kind)
       VALUES (gen_random_uuid(), $1::uuid, $2::uuid, $3::date, $4::int, $5::int, $5::int - $4::int, $6, $7::"SessionKind") RETURNING id::text`,
      [agencyId, batchId, iso(s.date), s.start, s.end, s.title, s.kind],
    );
    if (s.taught) await sql(`INSERT INTO "SessionTrainer" ("agencyId", "sessionId", "trainerId") VALUES ($1::uuid, $2::uuid, $3::uuid)`, [agencyId, id, trainerId]);
  }
}

test.beforeAll(async () => {
  const trainer = await sqlOne<{ id: string; agencyId: string }>(
    `SELECT e.id::text, e."agencyId"::text FROM "Employee" e WHERE e.nip = $1`, [account("TRAINER").login]);
  const trainerId = (await sql<{ id: string }>(`SELECT id::text FROM "Trainer" WHERE "employeeId" = $1::uuid LIMIT 1`, [trainer.id]))[0]?.id
    ?? (await sqlOne<{ id: string }>(
      `INSERT INTO "Trainer" (id, "agencyId", "employeeId", name, kind) VALUES (gen_random_uuid(), $1::uuid, $2::uuid, 'Dr. Agus Prasetyo, M.Si.', 'WIDYAISWARA') RETURNING id::text`,
      [trainer.agencyId, trainer.id])).id;
  const program = await sqlOne<{ id: string; title: string }>(
    `SELECT id::text, title FROM "Program" WHERE "agencyId" = $1::uuid ORDER BY length(title), title LIMIT 1`, [trainer.agencyId]);
  programTitle = program.title;
  const participants = await sql<{ id: string }>(
    `SELECT id::text FROM "Employee" WHERE "agencyId" = $1::uuid AND nip IN ($2, $3)`, [trainer.agencyId, account("ASN").login, account("OPERATOR").login]);

  running = await insertBatch(program.id, trainer.agencyId, numbers.running, "RUNNING", today, tomorrow, participants.length);
  await insertSessions(running, trainer.agencyId, trainerId, RUNNING);
  for (const p of participants) {
    await sql(`INSERT INTO "Enrolment" (id, "agencyId", "batchId", "employeeId", status, origin, "updatedAt")
               VALUES (gen_random_uuid(), $1::uuid, $2::uuid, $3::uuid, 'CONFIRMED', 'ADMIN', now())`, [trainer.agencyId, running, p.id]);
  }
  const closed = await insertBatch(program.id, trainer.agencyId, numbers.closed, "DONE", tomorrow, tomorrow, 0);
  await insertSessions(closed, trainer.agencyId, trainerId, [{ date: tomorrow, start: 480, end: 600, title: "Materi angkatan ditutup", kind: "LEARNING", taught: true }]);
});

test.afterAll(async () => {
  if (!created.length) return;
  await sql(`DELETE FROM "Enrolment" WHERE "batchId" = ANY($1::uuid[])`, [created]);
  await sql(`DELETE FROM "Batch" WHERE id = ANY($1::uuid[])`, [created]);
});

async function shots(page: Page, name: string) {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: test.info().outputPath(`${name}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath(`${name}-phone.png`), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1366, height: 900 });
}

test("the rundown shows JP for learning sessions only, and ISHOMA as schedule only", async ({ page }) => {
  await loginAsAccount(page, account("ADMIN").login);
  await page.goto(`/admin/angkatan/${running}`);
  const rows = page.getByTestId("rundown-rows").getByRole("row");
  await expect(rows).toHaveCount(4);
  for (const title of ["Pembukaan uji", "ISHOMA uji"]) {
    const row = rows.filter({ hasText: title });
    await expect(row).toContainText("Jadwal saja");
    await expect(row).not.toContainText("JP");
    await expect(row).toHaveAttribute("data-learning", "false");
  }
  await expect(rows.filter({ hasText: "Materi pagi uji" })).toContainText("120 menit (2,67 JP)");
  await expect(rows.filter({ hasText: "Materi pagi uji" })).not.toContainText("Jadwal saja");
  await page.locator("#rundown").scrollIntoViewIfNeeded();
  await shots(page, "rundown");
});

test("the attendance grid has columns for learning sessions only", async ({ page }) => {
  await loginAsAccount(page, account("ADMIN").login);
  await page.goto(`/presensi/${running}`);
  const header = page.locator("thead");
  await expect(header).toContainText("Materi pagi uji");
  await expect(header).toContainText("Materi besok uji");
  await expect(header).not.toContainText("ISHOMA uji");
  await expect(header).not.toContainText("Pembukaan uji");
  await expect(page.getByRole("columnheader")).toHaveCount(2 + 2); // participant, two sessions, summary
  await expect(page.getByTestId("grid-schedule-only")).toContainText("2 sesi lain");
  await shots(page, "presensi");
});

test("the trainer's schedule: one card per batch, in today, coming up and finished", async ({ page }) => {
  await loginAsAccount(page, account("TRAINER").login);
  await page.goto("/mengajar");
  for (const heading of ["Hari ini", "Akan datang", "Selesai"]) await expect(page.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
  const card = (n: number) => page.getByTestId("teaching-batch").filter({ hasText: `${programTitle} – Angkatan ${n}` });

  // The batch over two days is one card under today, with the trainer's two sessions (not the opening or ISHOMA).
  await expect(card(numbers.running)).toHaveCount(1);
  await expect(card(numbers.running)).toHaveAttribute("data-section", "today");
  await expect(card(numbers.running).getByRole("listitem")).toHaveCount(2);
  await expect(card(numbers.running).getByRole("listitem").first()).toContainText("Materi pagi uji");
  await expect(card(numbers.running)).not.toContainText("ISHOMA uji");
  // A closed batch is finished, although its day is tomorrow.
  await expect(card(numbers.closed)).toHaveCount(1);
  await expect(card(numbers.closed)).toHaveAttribute("data-section", "past");

  // No batch is split: every card on the page names a different batch.
  const titles = await page.getByTestId("teaching-batch").locator("h2, h3").allTextContents();
  expect(titles.length).toBeGreaterThan(1);
  expect(new Set(titles).size).toBe(titles.length);
  await shots(page, "mengajar");
});
