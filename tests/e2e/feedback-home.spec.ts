// The supervisor's home lists pending feedback tasks with the person's results: the training, the L2 gain, and
// for an anonymous questionnaire no personal L1 figure; the task page shows the same; another supervisor does
// not see the task. The task is written straight into the database (its own program, so parallel specs that run
// the schedule are not disturbed).
import { axe } from "./page-checks";
import { randomBytes } from "node:crypto";
import { account, expect, loginAsAccount, sql, sqlOne, test } from "./fixtures";

const ABDUL = "197106222001031133"; // reports directly to Bambang, the demo supervisor
const BAMBANG = "197808222005011003";

/** A done batch of a program of its own, completed by Abdul, with scores 48 → 79, an answered anonymous questionnaire and an open task. */
async function pendingTask() {
  const title = `Pelatihan Penulisan Naskah Dinas ${randomBytes(3).toString("hex")}`;
  const { agencyId, employeeId, supervisorId } = await sqlOne<{ agencyId: string; employeeId: string; supervisorId: string }>(
    `SELECT e."agencyId", e.id AS "employeeId", s.id AS "supervisorId" FROM "Employee" e JOIN "Employee" s ON s.id = e."supervisorId" WHERE e.nip = $1 AND s.nip = $2`,
    [ABDUL, BAMBANG],
  );
  const { programId } = await sqlOne<{ programId: string }>(
    `INSERT INTO "Program" (id, "agencyId", title, description, objectives, "routeCode", organiser, "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, '', '', 'KL10', 'BKPP', now()) RETURNING id AS "programId"`,
    [agencyId, title],
  );
  const { batchId } = await sqlOne<{ batchId: string }>(
    `INSERT INTO "Batch" (id, "agencyId", "programId", number, "startDate", "endDate", capacity, "confirmedCount", "registrationOpensAt", "registrationClosesAt", status, "doneAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 7, '2024-03-04', '2024-03-06', 20, 1, '2024-01-01', '2024-02-01', 'DONE', now(), now()) RETURNING id AS "batchId"`,
    [agencyId, programId],
  );
  const { enrolmentId } = await sqlOne<{ enrolmentId: string }>(
    `INSERT INTO "Enrolment" (id, "agencyId", "batchId", "employeeId", status, origin, completed, "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, 'CONFIRMED', 'SELF', true, now()) RETURNING id AS "enrolmentId"`,
    [agencyId, batchId, employeeId],
  );
  const { adminId } = await sqlOne<{ adminId: string }>(`SELECT id AS "adminId" FROM "User" WHERE email = $1`, [account("ADMIN").login]);
  await sql(`INSERT INTO "LearningScore" ("enrolmentId", "agencyId", "preScore", "postScore", "updatedAt", "updatedById") VALUES ($1, $2, 48, 79, now(), $3)`, [enrolmentId, agencyId, adminId]);
  const anonymousSet = await sqlOne<{ id: string }>(`SELECT id FROM "QuestionSet" WHERE "agencyId" = $1 AND anonymous ORDER BY "createdAt" LIMIT 1`, [agencyId]);
  await sql(`INSERT INTO "ReactionInvite" (id, "agencyId", "batchId", "enrolmentId", "questionSetId", status) VALUES (gen_random_uuid(), $1, $2, $3, $4, 'SUBMITTED')`, [agencyId, batchId, enrolmentId, anonymousSet.id]);
  const { taskId } = await sqlOne<{ taskId: string }>(
    `INSERT INTO "FeedbackTask" (id, "agencyId", "enrolmentId", "employeeId", "supervisorId", "dueOn", "assignedOn")
     VALUES (gen_random_uuid(), $1, $2, $3, $4, '2024-06-06', '2024-06-06') RETURNING id AS "taskId"`,
    [agencyId, enrolmentId, employeeId, supervisorId],
  );
  return { title, taskId };
}

test("the supervisor's home shows a pending task with the training and the L2 gain, and opens its form", async ({ page, loginAs }) => {
  const { title, taskId } = await pendingTask();
  await loginAs("SUPERVISOR");
  await page.goto("/tim");
  const card = page.getByTestId("feedback-home-card");
  await expect(card).toBeVisible();
  const row = card.getByTestId("feedback-home-task").filter({ hasText: title });
  await expect(row).toContainText("Angkatan 7");
  await expect(row).toContainText("Abdul Rahman");
  await expect(row).toContainText("Terlambat");
  await expect(row.getByTestId("participant-l2-gain")).toHaveText("Kenaikan +31");
  await expect(row.getByTestId("participant-l1")).toHaveText("Anonim — hasil pribadi tidak ditampilkan");

  const results = await axe(page).include("[data-testid=feedback-home-card]").analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  await row.getByRole("link", { name: "Isi umpan balik" }).click();
  await expect(page).toHaveURL(new RegExp(`/tim/umpan-balik/${taskId}$`));
  const panel = page.getByTestId("participant-results");
  await expect(panel.getByTestId("participant-l2-gain")).toHaveText("Kenaikan +31");
  await expect(panel.getByTestId("participant-l1")).toHaveText("Anonim — hasil pribadi tidak ditampilkan");
  await expect(page.getByTestId("feedback-form")).toBeVisible();

  // The full list shows the same results in the task's row.
  await page.goto("/tim/umpan-balik");
  const listed = page.getByTestId("feedback-tasks").locator("li").filter({ hasText: title });
  await expect(listed.getByTestId("participant-l2-gain")).toHaveText("Kenaikan +31");
});

test("another supervisor's home does not show the task", async ({ page }) => {
  const { title } = await pendingTask();
  const other = await sqlOne<{ nip: string }>(
    `SELECT s.nip FROM "Employee" s JOIN "User" u ON u."employeeId" = s.id JOIN "UserRole" r ON r."userId" = u.id AND r.role = 'SUPERVISOR'
     WHERE s.nip <> $1 ORDER BY s.nip LIMIT 1`,
    [BAMBANG],
  );
  await loginAsAccount(page, other.nip);
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto("/tim");
  await expect(page.getByRole("heading", { name: "Tim saya" })).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);
});
