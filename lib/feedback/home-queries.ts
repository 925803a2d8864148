import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { accessFor, hasPermission } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/uuid";
import { db } from "@/lib/db";
import { l1Result, l2Result, type AnswerLike, type ParticipantResults } from "./results";

// The supervisor's view of pending level-3 tasks: who, which training, and that person's level-1 and level-2
// results, read for all tasks at once (a fixed number of queries however many tasks there are).

type Client = typeof db;
type Subject = { enrolmentId: string; employeeId: string; batchId: string };

/** L1, L2 and JP credited for each enrolment, keyed by enrolment id. The callers have scoped the subjects. */
async function loadResults(client: Client, agencyId: string, subjects: readonly Subject[]): Promise<Map<string, ParticipantResults>> {
  if (!subjects.length) return new Map();
  const enrolmentIds = subjects.map((s) => s.enrolmentId);
  const [invites, scores, ratings, credits] = await Promise.all([
    client.reactionInvite.findMany({
      where: { agencyId, enrolmentId: { in: enrolmentIds } },
      select: { enrolmentId: true, batchId: true, questionSetId: true, status: true, set: { select: { anonymous: true } } },
    }),
    client.learningScore.findMany({ where: { agencyId, enrolmentId: { in: enrolmentIds } }, select: { enrolmentId: true, preScore: true, postScore: true } }),
    client.observerRating.findMany({ where: { agencyId, enrolmentId: { in: enrolmentIds } }, select: { enrolmentId: true, level: true, competency: { select: { name: true } } } }),
    client.ledgerEntry.groupBy({
      by: ["employeeId", "batchId"],
      where: { agencyId, batchId: { in: [...new Set(subjects.map((s) => s.batchId))] }, employeeId: { in: [...new Set(subjects.map((s) => s.employeeId))] } },
      _sum: { minutes: true },
    }),
  ]);

  // Only a named set's response is looked up, by its respondent; anonymous responses have none to find.
  const employeeOf = new Map(subjects.map((s) => [s.enrolmentId, s.employeeId]));
  const named = invites.filter((i) => !i.set.anonymous && i.status === "SUBMITTED");
  const responses = named.length
    ? await client.reactionResponse.findMany({
        where: {
          agencyId, respondentId: { not: null }, set: { anonymous: false },
          OR: named.map((i) => ({ batchId: i.batchId, questionSetId: i.questionSetId, respondentId: employeeOf.get(i.enrolmentId)! })),
        },
        select: { batchId: true, questionSetId: true, respondentId: true, answers: { select: { rating: true, trainerId: true, question: { select: { aspect: true } } } } },
      })
    : [];

  const key = (...parts: string[]) => parts.join("|");
  const answersBy = new Map<string, AnswerLike[]>(
    responses.map((r) => [key(r.batchId, r.questionSetId, r.respondentId!), r.answers.map((a) => ({ aspect: a.question.aspect, rating: a.rating, trainerId: a.trainerId }))]),
  );
  const inviteBy = new Map(invites.map((i) => [i.enrolmentId, i]));
  const scoreBy = new Map(scores.map((s) => [s.enrolmentId, s]));
  const ratingsBy = new Map<string, { competency: string; level: number }[]>();
  for (const r of ratings) ratingsBy.set(r.enrolmentId, [...(ratingsBy.get(r.enrolmentId) ?? []), { competency: r.competency.name, level: r.level }]);
  const creditBy = new Map(credits.map((c) => [key(c.employeeId, c.batchId ?? ""), c._sum.minutes]));

  return new Map(
    subjects.map((s) => {
      const invite = inviteBy.get(s.enrolmentId);
      const answers = invite && !invite.set.anonymous ? (answersBy.get(key(invite.batchId, invite.questionSetId, s.employeeId)) ?? null) : null;
      const results: ParticipantResults = {
        l1: l1Result(invite ? { status: invite.status, anonymous: invite.set.anonymous } : null, answers),
        l2: l2Result(scoreBy.get(s.enrolmentId) ?? null, ratingsBy.get(s.enrolmentId) ?? []),
        jpMinutes: creditBy.get(key(s.employeeId, s.batchId)) ?? null,
      };
      return [s.enrolmentId, results];
    }),
  );
}

const homeSelect = {
  id: true, enrolmentId: true, employeeId: true, dueOn: true, assignedOn: true, remindersSent: true,
  enrolment: {
    select: {
      batchId: true,
      employee: { select: { name: true, nip: true, frontTitle: true, backTitle: true, position: { select: { name: true } } } },
      batch: { select: { number: true, startDate: true, endDate: true, program: { select: { title: true } } } },
    },
  },
} as const;

/**
 * The open feedback tasks assigned to the viewer as supervisor (oldest due first, at most `limit`), each with
 * the person's results, and how many are open in all. Only the viewer's own tasks: an admin sees theirs too,
 * never anyone else's, here.
 */
export async function pendingFeedbackHome(viewer: Viewer, limit = 5, client: Client = db) {
  if (!viewer.employeeId || !hasPermission(viewer.roles, "give:feedback")) return { total: 0, tasks: [] };
  const where = { agencyId: viewer.agencyId, supervisorId: viewer.employeeId, status: "OPEN" as const };
  const [total, tasks] = await Promise.all([
    client.feedbackTask.count({ where }),
    client.feedbackTask.findMany({ where, orderBy: [{ assignedOn: "asc" }, { dueOn: "asc" }, { id: "asc" }], take: limit, select: homeSelect }),
  ]);
  const results = await loadResults(client, viewer.agencyId, tasks.map((t) => ({ enrolmentId: t.enrolmentId, employeeId: t.employeeId, batchId: t.enrolment.batchId })));
  return { total, tasks: tasks.map((t) => ({ ...t, results: results.get(t.enrolmentId)! })) };
}

export type HomeFeedbackTask = Awaited<ReturnType<typeof pendingFeedbackHome>>["tasks"][number];

/**
 * The results behind the given tasks, keyed by task id: for the task's supervisor, or an admin who may give
 * feedback for anyone. Tasks the viewer may not see are left out.
 */
export async function feedbackResultsFor(viewer: Viewer, taskIds: readonly string[], client: Client = db): Promise<Map<string, ParticipantResults>> {
  const ids = taskIds.filter(isUuid);
  const access = accessFor(viewer.roles, "give:feedback");
  if (!ids.length || !access.length) return new Map();
  const scope = access.includes("any") ? {} : viewer.employeeId ? { supervisorId: viewer.employeeId } : null;
  if (!scope) return new Map();
  const tasks = await client.feedbackTask.findMany({
    where: { id: { in: ids }, agencyId: viewer.agencyId, ...scope },
    select: { id: true, enrolmentId: true, employeeId: true, enrolment: { select: { batchId: true } } },
  });
  const results = await loadResults(client, viewer.agencyId, tasks.map((t) => ({ enrolmentId: t.enrolmentId, employeeId: t.employeeId, batchId: t.enrolment.batchId })));
  return new Map(tasks.map((t) => [t.id, results.get(t.enrolmentId)!]));
}
