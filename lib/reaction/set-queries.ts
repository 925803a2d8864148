import "server-only";
import { hasPermission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { currentSet } from "./rules";
import { isUuid } from "@/lib/uuid";

// The admin's view of the agency's question sets. Gated by manage:question-set, filtered by agency.


function gate(viewer: Viewer) {
  if (!hasPermission(viewer.roles, "manage:question-set")) throw new AppError("FORBIDDEN", "common.forbidden");
}

/**
 * Answered invitations per set. Counted on the invitations, not the responses: anonymous answers stay sealed
 * until enough of a batch's have come in, and are answers all the same.
 */
async function answeredCounts(setIds: string[]): Promise<Map<string, number>> {
  if (!setIds.length) return new Map();
  const rows = await db.reactionInvite.groupBy({ by: ["questionSetId"], where: { questionSetId: { in: setIds }, status: "SUBMITTED" }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.questionSetId, r._count._all]));
}

/** Every set of the agency, newest first, with counts and which one new invitations use. */
export async function listQuestionSets(viewer: Viewer) {
  gate(viewer);
  const sets = await db.questionSet.findMany({
    where: { agencyId: viewer.agencyId },
    select: {
      id: true, name: true, anonymous: true, active: true, createdAt: true,
      _count: { select: { questions: true, invites: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
  });
  const answered = await answeredCounts(sets.map((s) => s.id));
  const current = currentSet(sets);
  return sets.map(({ _count, ...s }) => ({ ...s, questions: _count.questions, invites: _count.invites, responses: answered.get(s.id) ?? 0, current: s.id === current?.id }));
}
export type QuestionSetRow = Awaited<ReturnType<typeof listQuestionSets>>[number];

/** One set with its questions in order; null when not in the agency. */
export async function getQuestionSet(viewer: Viewer, setId: string) {
  gate(viewer);
  if (!isUuid(setId)) return null;
  const set = await db.questionSet.findFirst({
    where: { id: setId, agencyId: viewer.agencyId },
    select: {
      id: true, name: true, anonymous: true, active: true, createdAt: true,
      questions: { select: { id: true, aspect: true, text: true, position: true }, orderBy: { position: "asc" } },
      _count: { select: { invites: true } },
    },
  });
  if (!set) return null;
  const { _count, ...rest } = set;
  const responses = (await answeredCounts([set.id])).get(set.id) ?? 0;
  return { ...rest, responses, invites: _count.invites, locked: responses > 0 };
}
export type QuestionSetDetail = NonNullable<Awaited<ReturnType<typeof getQuestionSet>>>;
