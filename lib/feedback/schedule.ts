import "server-only";
import { writeAudit } from "@/lib/audit/write";
import { db, type Tx } from "@/lib/db";
import { id } from "@/lib/i18n/messages/id";
import { drainOutbox } from "@/lib/mail/outbox";
import { renderNotice } from "@/lib/notification/notices";
import { notifyEmployees } from "@/lib/notification/notify";
import { REMINDER_DAYS, reminderDue } from "./rules";

// The level-3 schedule, run by the job queue (scripts/worker.ts) and, in tests, with a given date. Every step
// is idempotent: a task exists at most once per participation (unique enrolmentId, ON CONFLICT DO NOTHING) and a
// reminder is counted by a conditional UPDATE, so a job that runs twice, or again after a restart, adds nothing.

/**
 * A run may create or remind many tasks at once (a first deploy, a server that was down); Prisma's default of
 * five seconds undid whole runs on a busy machine.
 */
const JOB_TRANSACTION = { maxWait: 60_000, timeout: 120_000 };

/** Participations completed longer ago than this when the schedule first sees them get no task (first deploy). */
const BACKFILL_DAYS = 180;
const TASK_LINK = "/tim/umpan-balik";

type CreatedTask = { id: string; agencyId: string; supervisorId: string | null; employeeId: string; name: string; title: string; dueOn: Date };

/** Creates the feedback tasks due on or before `asOf`, for the participant's supervisor at this moment. */
export async function createDueFeedbackTasks(asOf: Date, client: typeof db = db): Promise<number> {
  return client.$transaction(async (tx) => {
    const created = await tx.$queryRaw<CreatedTask[]>`
      WITH due AS (
        SELECT en.id AS "enrolmentId", en."agencyId", en."employeeId", e."supervisorId", e.name, p.title,
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
      SELECT i.id::text, i."agencyId"::text, i."supervisorId"::text, i."employeeId"::text, i."dueOn", d.name, d.title
      FROM inserted i JOIN due d ON d."enrolmentId" = i."enrolmentId"`;
    for (const task of created) await announce(tx, task);
    return created.length;
  }, JOB_TRANSACTION);
}

async function announce(tx: Tx, task: CreatedTask) {
  await writeAudit(tx, {
    agencyId: task.agencyId, actorUserId: null, action: "create", entity: "FeedbackTask", entityId: task.id,
    after: { employeeId: task.employeeId, supervisorId: task.supervisorId, dueOn: task.dueOn.toISOString().slice(0, 10) },
  });
  if (!task.supervisorId) return;
  await notifyEmployees(tx, task.agencyId, [task.supervisorId], {
    kind: "feedbackRequested", params: { name: task.name, program: task.title }, link: TASK_LINK,
  });
}

type Candidate = {
  id: string; agencyId: string; supervisorId: string; assignedOn: Date; remindersSent: number; dueOn: Date; title: string; name: string; email: string | null;
};

/**
 * Sends the reminders due on `asOf` (which ones: `reminderDue` in rules.ts): inbox and e-mail outbox. Each is
 * claimed by a conditional UPDATE on the count already sent, so a concurrent or repeated run sends it once.
 */
export async function sendFeedbackReminders(asOf: Date, client: typeof db = db): Promise<number> {
  return client.$transaction(async (tx) => {
    const candidates = await tx.$queryRaw<Candidate[]>`
      SELECT t.id::text, t."agencyId"::text, t."supervisorId"::text, t."assignedOn", t."remindersSent", t."dueOn", p.title, e.name, s.email
      FROM "FeedbackTask" t
      JOIN "Enrolment" en ON en.id = t."enrolmentId" JOIN "Batch" b ON b.id = en."batchId" JOIN "Program" p ON p.id = b."programId"
      JOIN "Employee" e ON e.id = t."employeeId" JOIN "Employee" s ON s.id = t."supervisorId"
      WHERE t.status = 'OPEN' AND t."remindersSent" < ${REMINDER_DAYS.length}::int
        AND t."assignedOn" + ${REMINDER_DAYS[0]}::int <= ${asOf}::date`;
    let sent = 0;
    for (const task of candidates) {
      const due = reminderDue(task, asOf);
      if (due === null) continue;
      const { count } = await tx.feedbackTask.updateMany({
        where: { id: task.id, status: "OPEN", remindersSent: { lt: due } },
        data: { remindersSent: due, lastRemindedAt: new Date() },
      });
      if (count !== 1) continue;
      const notice = { kind: "feedbackReminder", params: { reminder: due, name: task.name, program: task.title, dueOn: task.dueOn.toISOString().slice(0, 10) }, link: TASK_LINK } as const;
      await notifyEmployees(tx, task.agencyId, [task.supervisorId], notice);
      if (task.email) {
        // E-mail leaves in the agency's language, worded by the same catalog as the inbox.
        const { title, body } = renderNotice(id, "id", notice.kind, notice.params);
        await tx.emailOutbox.create({ data: { agencyId: task.agencyId, toAddress: task.email, subject: title, body } });
      }
      await writeAudit(tx, { agencyId: task.agencyId, actorUserId: null, action: "remind", entity: "FeedbackTask", entityId: task.id, after: { reminder: due } });
      sent += 1;
    }
    return sent;
  }, JOB_TRANSACTION);
}

/** One run of the schedule, as the job queue does it hourly. */
export async function runFeedbackSchedule(asOf: Date, client: typeof db = db) {
  const created = await createDueFeedbackTasks(asOf, client);
  const reminded = await sendFeedbackReminders(asOf, client);
  const sent = await drainOutbox(client);
  return { created, reminded, sent };
}

