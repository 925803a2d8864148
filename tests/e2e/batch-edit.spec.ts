// Issue 12: an admin changes a confirmed batch's venue and dates. Each participant's inbox names the batch and the
// change, and their new calendar file carries a higher SEQUENCE; capacity below the confirmed seats is refused
// with a clear message. The batch is this spec's own (written with SQL, removed afterwards), so the demo's
// figures that other specs count never change.
import type { Page } from "@playwright/test";
import { account, expect, loginAsAccount, sql, sqlOne, test } from "./fixtures";

const DAY = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const demoLogins = (["ADMIN", "SUPERVISOR", "ASN", "OPERATOR", "TRAINER"] as const).map((role) => account(role).login);

type Fixture = { batchId: string; programTitle: string; number: number; participants: { nip: string; userId: string }[]; supervisors: string[] };

/** A CLOSED batch 60 days ahead, two sessions, two confirmed participants whose supervisors have accounts. */
async function confirmedBatch(): Promise<Fixture> {
  const admin = await sqlOne<{ agencyId: string }>(`SELECT "agencyId"::text FROM "User" WHERE email = $1`, [account("ADMIN").login]);
  const program = await sqlOne<{ id: string; title: string }>(
    `SELECT id::text, title FROM "Program" WHERE "agencyId" = $1 ORDER BY (title LIKE 'Sosialisasi%') DESC, title LIMIT 1`, [admin.agencyId]);
  const { number } = await sqlOne<{ number: number }>(`SELECT COALESCE(MAX(number), 0) + 100 AS number FROM "Batch" WHERE "programId" = $1`, [program.id]);
  const people = await sql<{ id: string; nip: string; userId: string; supervisorUserId: string }>(
    `SELECT e.id::text, e.nip, u.id::text AS "userId", su.id::text AS "supervisorUserId"
     FROM "Employee" e JOIN "User" u ON u."employeeId" = e.id JOIN "Employee" s ON s.id = e."supervisorId" JOIN "User" su ON su."employeeId" = s.id
     WHERE e."agencyId" = $1 AND NOT (e.nip = ANY($2)) AND NOT (s.nip = ANY($2)) AND u.active
     ORDER BY e.nip DESC LIMIT 2`,
    [admin.agencyId, demoLogins],
  );
  expect(people).toHaveLength(2);
  const start = new Date(Date.parse(`${isoDay(new Date())}T00:00:00Z`) + 60 * DAY);
  const [{ id: batchId }] = (await sql<{ id: string }>(
    `INSERT INTO "Batch" (id, "agencyId", "programId", number, "startDate", "endDate", venue, capacity, "confirmedCount", "registrationOpensAt", "registrationClosesAt", status, "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, 'Gedung Diklat BKPP', 10, 2, now() - interval '20 days', now() - interval '1 day', 'CLOSED', now()) RETURNING id::text`,
    [admin.agencyId, program.id, number, start, new Date(start.getTime() + DAY)],
  )) as [{ id: string }];
  for (const [i, title] of ["Penyampaian materi hari 1", "Penyampaian materi hari 2"].entries()) {
    await sql(
      `INSERT INTO "RundownSession" (id, "agencyId", "batchId", date, "startMinute", "endMinute", "plannedMinutes", title, kind)
       VALUES (gen_random_uuid(), $1, $2, $3, 480, 600, 120, $4, 'LEARNING')`,
      [admin.agencyId, batchId, new Date(start.getTime() + i * DAY), title],
    );
  }
  for (const p of people) {
    await sql(`INSERT INTO "Enrolment" (id, "agencyId", "batchId", "employeeId", status, origin, "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, 'CONFIRMED', 'ADMIN', now())`, [admin.agencyId, batchId, p.id]);
  }
  return { batchId, programTitle: program.title, number, participants: people.map((p) => ({ nip: p.nip, userId: p.userId })), supervisors: [...new Set(people.map((p) => p.supervisorUserId))] };
}

async function removeBatch(batchId: string) {
  await sql(`DELETE FROM "Notification" WHERE params->>'batchId' = $1`, [batchId]);
  await sql(`DELETE FROM "Enrolment" WHERE "batchId" = $1`, [batchId]);
  await sql(`DELETE FROM "RundownSession" WHERE "batchId" = $1`, [batchId]);
  await sql(`DELETE FROM "Batch" WHERE id = $1`, [batchId]);
}

/** The calendar file this participant downloads now, and its SEQUENCE and SUMMARY lines. */
async function calendarOf(page: Page, nip: string, batchId: string) {
  await loginAsAccount(page, nip);
  const response = await page.request.get(`/api/angkatan/${batchId}/ics`);
  expect(response.status()).toBe(200);
  const lines = (await response.text()).replace(/\r\n[ \t]/g, "").split("\r\n");
  const values = (name: string) => lines.filter((l) => l.startsWith(`${name}:`)).map((l) => l.slice(name.length + 1));
  return { sequence: values("SEQUENCE").map(Number), summary: values("SUMMARY"), starts: values("DTSTART"), location: values("LOCATION") };
}

/**
 * With BANGKOM_SHOTS_DIR set, saves this page at desktop (1366) and phone (390) width, to be looked at, and checks
 * at phone width that the document is no wider than the viewport.
 */
async function shoot(page: Page, name: string) {
  const dir = process.env.BANGKOM_SHOTS_DIR;
  if (!dir) return;
  const size = page.viewportSize();
  for (const [label, width] of [["desktop", 1366], ["phone", 390]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${dir}/${name}-${label}.png`, fullPage: true });
    if (label === "phone") expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
  if (size) await page.setViewportSize(size);
}

let fixture: Fixture;
test.beforeAll(async () => {
  fixture = await confirmedBatch();
});
test.afterAll(async () => {
  if (fixture) await removeBatch(fixture.batchId);
});

test("an admin moves a confirmed batch; participants are told, their calendar updates, capacity below the confirmed is refused", async ({ page }) => {
  test.setTimeout(90_000);
  const { batchId, programTitle, number, participants } = fixture;
  const before = await calendarOf(page, participants[0]!.nip, batchId);
  expect(before.sequence).toEqual([0, 0]);
  expect(before.summary).toEqual([`${programTitle}: Penyampaian materi hari 1`, `${programTitle}: Penyampaian materi hari 2`]);

  await loginAsAccount(page, account("ADMIN").login);
  await page.goto(`/admin/angkatan/${batchId}`);
  await page.getByTestId("batch-edit-link").click();
  await expect(page.getByRole("heading", { name: "Ubah angkatan" })).toBeVisible();
  await expect(page.getByTestId("confirmed-note")).toContainText("2 peserta terkonfirmasi");
  const form = page.getByTestId("batch-edit-form");

  // Capacity below the two confirmed seats: refused, with the count named, and nothing saved.
  await form.getByLabel("Kapasitas peserta").fill("1");
  await form.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(form.getByTestId("form-message")).toContainText("Kapasitas tidak boleh kurang dari 2 peserta yang sudah terkonfirmasi.");
  await expect(form.locator("#capacity-error")).toContainText("Kapasitas tidak boleh kurang dari 2");
  await shoot(page, "batch-edit-refused");
  expect((await sqlOne<{ capacity: number }>(`SELECT capacity FROM "Batch" WHERE id = $1`, [batchId])).capacity).toBe(10);

  // A new venue and dates one week later.
  const oldStart = await sqlOne<{ start: string }>(`SELECT to_char("startDate", 'YYYY-MM-DD') AS start FROM "Batch" WHERE id = $1`, [batchId]);
  const newStart = new Date(Date.parse(`${oldStart.start}T00:00:00Z`) + 7 * DAY);
  await form.getByLabel("Kapasitas peserta").fill("10");
  await form.getByLabel("Tanggal mulai").fill(isoDay(newStart));
  await form.getByLabel("Tanggal selesai").fill(isoDay(new Date(newStart.getTime() + DAY)));
  await form.getByLabel("Tempat", { exact: true }).fill("Hotel Santika Premiere Semarang");
  await form.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(form.getByTestId("form-message")).toContainText("Angkatan diperbarui. 2 peserta");
  await shoot(page, "batch-edit");

  for (const participant of participants) {
    await loginAsAccount(page, participant.nip);
    await expect(page.getByTestId("nav-unread").first()).toBeVisible();
    await page.goto("/kotak-masuk");
    const notice = page.getByTestId("notifications").getByRole("listitem").filter({ hasText: "Jadwal pelatihan Anda berubah" });
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText(`${programTitle} angkatan ${number} berubah`);
    await expect(notice).toContainText("tempat Gedung Diklat BKPP → Hotel Santika Premiere Semarang");
    await expect(notice).toContainText(/tanggal .+ → .+/);
    await expect(notice.getByTestId("notice-training").getByRole("link")).toHaveText(`${programTitle} · angkatan ${number}`);
    if (participant === participants[0]) await shoot(page, "inbox");

    const after = await calendarOf(page, participant.nip, batchId);
    expect(Math.min(...after.sequence)).toBeGreaterThan(Math.max(...before.sequence));
    expect(after.starts[0]!.slice(0, 8)).toBe(isoDay(newStart).replace(/-/g, ""));
    expect(after.location).toEqual(["Hotel Santika Premiere Semarang", "Hotel Santika Premiere Semarang"]);
  }
  // Their supervisors hear of it too; the notices reach nobody else.
  await loginAsAccount(page, account("ADMIN").login);
  const { programId } = await sqlOne<{ programId: string }>(`SELECT "programId"::text FROM "Batch" WHERE id = $1`, [batchId]);
  await page.goto(`/admin/pelatihan/${programId}`);
  await page.getByTestId("program-edit-link").click();
  await expect(page.getByRole("heading", { name: "Ubah program pelatihan" })).toBeVisible();
  await expect(page.getByLabel("Judul pelatihan")).toHaveValue(programTitle);
  await shoot(page, "program-edit");

  const told = await sql<{ userId: string; kind: string }>(`SELECT "userId"::text, kind FROM "Notification" WHERE params->>'batchId' = $1`, [batchId]);
  expect(told.filter((n) => n.kind === "batchScheduleChanged").map((n) => n.userId).sort()).toEqual(participants.map((p) => p.userId).sort());
  expect(told.filter((n) => n.kind === "staffBatchScheduleChanged").map((n) => n.userId).sort()).toEqual([...fixture.supervisors].sort());
});
