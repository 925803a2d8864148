import "server-only";
import { writeAudit } from "@/lib/audit/write";
import { db, type Tx } from "@/lib/db";
import { formatDate } from "@/lib/i18n/format";
import { drainOutbox } from "@/lib/mail/outbox";
import { notifyEmployees } from "@/lib/notification/notify";

// The level-3 schedule, run by the job queue (scripts/worker.ts) and, in tests, with a given date. Every step
// is idempotent: a task exists at most once per participation (unique enrolmentId, ON CONFLICT DO NOTHING) and a
// reminder is counted by a conditional UPDATE, so a job that runs twice, or again after a restart, adds nothing.

/** Participations completed longer ago than this when the schedule first sees them get no task (first deploy). */
const BACKFILL_DAYS = 180;
const TASK_LINK = "/tim/umpan-balik";

type CreatedTask = { id: string; agencyId: string; supervisorId: string | null; employeeId: string; title: string; dueOn: Date };

/** Creates the feedback tasks due on or before `asOf`, for the participant's supervisor at this moment. */
export async function createDueFeedbackTasks(asOf: Date, client: typeof db = db): Promise<number> {
  return client.$transaction(async (tx) => {
    const created = await tx.$queryRaw<CreatedTask[]>`
      WITH due AS (
        SELECT en.id AS "enrolmentId", en."agencyId", en."employeeId", e."supervisorId", p.title,
               (b."endDate" + make_interval(months => p."feedbackMonths"))::date AS "dueOn"
        FROM "Enrolment" en
        JOIN "Batch" b ON b.id = en."batchId"
        JOIN "Program" p ON p.id = b."programId"
        JOIN "Employee" e ON e.id = en."employeeId"
        WHERE en.completed AND b.status = 'DONE'
          AND NOT EXISTS (SELECT 1 FROM "FeedbackTask" t WHERE t."enrolmentId" = en.id)
      ),
      inserted AS (
        INSERT INTO "FeedbackTask" (id, "agencyId", "enrolmentId", "employeeId", "supervisorId", "dueOn", "assignedOn", behaviours)
        SELECT gen_random_uuid(), "agencyId", "enrolmentId", "employeeId", "supervisorId", "dueOn", ${asOf}::date, '{}'
        FROM due
        WHERE "dueOn" <= ${asOf}::date AND "dueOn" > ${asOf}::date - ${BACKFILL_DAYS}::int
        ON CONFLICT ("enrolmentId") DO NOTHING
        RETURNING id, "agencyId", "supervisorId", "employeeId", "enrolmentId", "dueOn"
      )
      SELECT i.id::text, i."agencyId"::text, i."supervisorId"::text, i."employeeId"::text, i."dueOn", d.title
      FROM inserted i JOIN due d ON d."enrolmentId" = i."enrolmentId"`;
    for (const task of created) await announce(tx, task);
    return created.length;
  });
}

async function announce(tx: Tx, task: CreatedTask) {
  await writeAudit(tx, {
    agencyId: task.agencyId, actorUserId: null, action: "create", entity: "FeedbackTask", entityId: task.id,
    after: { employeeId: task.employeeId, supervisorId: task.supervisorId, dueOn: task.dueOn.toISOString().slice(0, 10) },
  });
  if (!task.supervisorId) return;
  const person = await tx.employee.findUnique({ where: { id: task.employeeId }, select: { name: true } });
  await notifyEmployees(tx, task.agencyId, [task.supervisorId], {
    title: "Umpan balik pasca-pelatihan diminta",
    body: `Bagaimana ${person?.name ?? "staf Anda"} menerapkan hasil "${task.title}" dalam pekerjaan? Mohon isi umpan balik.`,
    link: TASK_LINK,
  });
}

type Reminded = { id: string; agencyId: string; supervisorId: string; due: number; dueOn: Date; title: string; name: string; email: string | null };

/**
 * Sends the reminders due on `asOf`, 7 and 14 days after the task was given (`reminderDue` in rules.ts): inbox
 * and e-mail outbox, each exactly once.
 */
export async function sendFeedbackReminders(asOf: Date, client: typeof db = db): Promise<number> {
  return client.$transaction(async (tx) => {
    const reminded = await tx.$queryRaw<Reminded[]>`
      WITH due AS (
        SELECT id, CASE WHEN ${asOf}::date >= "assignedOn" + 14 THEN 2 WHEN ${asOf}::date >= "assignedOn" + 7 THEN 1 ELSE 0 END AS due
        FROM "FeedbackTask" WHERE status = 'OPEN' AND "supervisorId" IS NOT NULL
      ),
      updated AS (
        UPDATE "FeedbackTask" t SET "remindersSent" = due.due, "lastRemindedAt" = now()
        FROM due WHERE t.id = due.id AND due.due > t."remindersSent"
        RETURNING t.id, t."agencyId", t."supervisorId", t."employeeId", t."enrolmentId", t."dueOn", due.due
      )
      SELECT u.id::text, u."agencyId"::text, u."supervisorId"::text, u.due, u."dueOn", p.title, e.name, s.email
      FROM updated u
      JOIN "Enrolment" en ON en.id = u."enrolmentId" JOIN "Batch" b ON b.id = en."batchId" JOIN "Program" p ON p.id = b."programId"
      JOIN "Employee" e ON e.id = u."employeeId" JOIN "Employee" s ON s.id = u."supervisorId"`;
    for (const r of reminded) {
      const body = `Pengingat ${r.due}: umpan balik untuk ${r.name} atas "${r.title}" belum diisi (jatuh tempo ${formatDate(r.dueOn, "id")}).`;
      await notifyEmployees(tx, r.agencyId, [r.supervisorId], { title: "Pengingat umpan balik pasca-pelatihan", body, link: TASK_LINK });
      if (r.email) {
        await tx.emailOutbox.create({ data: { agencyId: r.agencyId, toAddress: r.email, subject: "Pengingat umpan balik pasca-pelatihan", body } });
      }
      await writeAudit(tx, { agencyId: r.agencyId, actorUserId: null, action: "remind", entity: "FeedbackTask", entityId: r.id, after: { reminder: r.due } });
    }
    return reminded.length;
  });
}

/** One run of the schedule, as the job queue does it hourly. */
export async function runFeedbackSchedule(asOf: Date, client: typeof db = db) {
  const created = await createDueFeedbackTasks(asOf, client);
  const reminded = await sendFeedbackReminders(asOf, client);
  const sent = await drainOutbox(client);
  return { created, reminded, sent };
}

