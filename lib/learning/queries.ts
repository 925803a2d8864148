import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { hasPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { gain, summarise, type LearningSummary } from "./rules";
import { isUuid } from "@/lib/uuid";

// Level 2 reads for the admin batch page and the template. Gated by record:learning and filtered by the
// viewer's agency, so another agency's batch id finds nothing.

export type LearningRow = {
  enrolmentId: string;
  nip: string;
  name: string;
  preScore: number | null;
  postScore: number | null;
  gain: number | null;
  observerName: string | null;
  /** competencyId → level 1–5 */
  ratings: Record<string, number>;
};

export type BatchLearning = {
  batchId: string;
  status: string;
  competencies: { id: string; code: string; name: string }[];
  rows: LearningRow[];
  summary: LearningSummary;
};

/** The confirmed participants of a batch with their scores and ratings, ordered by name; null if not found. */
export async function batchLearning(viewer: Viewer, batchId: string): Promise<BatchLearning | null> {
  if (!hasPermission(viewer.roles, "record:learning")) throw new AppError("FORBIDDEN", "common.forbidden");
  if (!isUuid(batchId)) return null;
  const batch = await db.batch.findFirst({
    where: { id: batchId, agencyId: viewer.agencyId },
    select: {
      id: true, status: true,
      program: { select: { competencies: { select: { competency: { select: { id: true, code: true, name: true } } }, orderBy: { competency: { code: "asc" } } } } },
    },
  });
  if (!batch) return null;
  const enrolments = await db.enrolment.findMany({
    where: { batchId: batch.id, agencyId: viewer.agencyId, status: "CONFIRMED" },
    select: {
      id: true,
      employee: { select: { nip: true, name: true } },
      learningScore: { select: { preScore: true, postScore: true } },
      observerRatings: { select: { competencyId: true, level: true, observerName: true } },
    },
    orderBy: [{ employee: { name: "asc" } }, { id: "asc" }],
  });
  const rows = enrolments.map((e): LearningRow => {
    const preScore = e.learningScore?.preScore ?? null;
    const postScore = e.learningScore?.postScore ?? null;
    return {
      enrolmentId: e.id, nip: e.employee.nip, name: e.employee.name, preScore, postScore, gain: gain(preScore, postScore),
      observerName: e.observerRatings.find((r) => r.observerName)?.observerName ?? null,
      ratings: Object.fromEntries(e.observerRatings.map((r) => [r.competencyId, r.level])),
    };
  });
  return {
    batchId: batch.id,
    status: batch.status,
    competencies: batch.program.competencies.map((c) => c.competency),
    rows,
    summary: summarise(rows),
  };
}
