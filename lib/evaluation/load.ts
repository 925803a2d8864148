import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { gain, summarise as summariseLearning, type LearningSummary } from "@/lib/learning/rules";
import { fullName } from "@/lib/people/rules";
import { reactionReport, type BatchReactionFigures, type BatchReactionReport } from "@/lib/reaction/report";
import { measuredIndicator, summariseIndicators, type MeasuredIndicator, type ResultsSummary } from "@/lib/results/rules";
import { countPlans, isApplying, planOrder, planStatus, summariseBehaviour, type BehaviourSummary, type PlanCounts, type PlanStatus } from "./rules";

// Everything the evaluation report shows about a set of batches of the viewer's agency, read in a fixed number
// of queries whatever the number of batches or participants. The caller has checked the permission and found
// the batches in the viewer's agency; every read here filters by the agency again.

/** The figures of one scope: a batch, or all the batches of a program together. */
export type ScopeFigures = {
  reaction: Omit<BatchReactionFigures, "anonymous">;
  learning: LearningSummary;
  behaviour: BehaviourSummary;
  plans: PlanCounts;
  results: ResultsSummary;
};

export type ReportBatch = { id: string; number: number; startDate: Date; endDate: Date };

export type LearningRow = { enrolmentId: string; batchNumber: number; nip: string; name: string; preScore: number | null; postScore: number | null; gain: number | null };

export type FeedbackRow = {
  taskId: string;
  batchNumber: number;
  participant: string;
  nip: string;
  supervisor: string | null;
  status: "OPEN" | "SUBMITTED";
  rating: number | null;
  applying: boolean;
  behaviours: string[];
  applied: string | null;
  submittedAt: Date | null;
};

export type PlanRow = { id: string; batchNumber: number; participant: string; action: string; owner: string; dueDate: Date; doneAt: Date | null; status: PlanStatus };

export type IndicatorRow = MeasuredIndicator & {
  id: string;
  batchNumber: number;
  unitName: string;
  name: string;
  measure: string;
  baselineOn: Date;
  resultOn: Date | null;
};

export type EvaluationData = {
  /** The day overdue plans are judged on. */
  asOf: Date;
  totals: ScopeFigures;
  perBatch: Map<string, ScopeFigures>;
  reaction: BatchReactionReport;
  learningRows: LearningRow[];
  feedback: FeedbackRow[];
  plans: PlanRow[];
  indicators: IndicatorRow[];
};

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "id");

export async function loadEvaluation(viewer: Viewer, batches: readonly ReportBatch[], asOf: Date): Promise<EvaluationData> {
  const agencyId = viewer.agencyId;
  const ids = batches.map((b) => b.id);
  const numberOf = new Map(batches.map((b) => [b.id, b.number]));
  const [{ batches: reactionByBatch, ...reaction }, enrolments, tasks, indicatorRows] = await Promise.all([
    reactionReport(viewer, ids),
    db.enrolment.findMany({
      where: { batchId: { in: ids }, agencyId, status: "CONFIRMED" },
      select: { id: true, batchId: true, employee: { select: { nip: true, name: true, frontTitle: true, backTitle: true } }, learningScore: { select: { preScore: true, postScore: true } } },
    }),
    db.feedbackTask.findMany({
      where: { agencyId, enrolment: { batchId: { in: ids }, agencyId } },
      select: {
        id: true, status: true, rating: true, behaviours: true, applied: true, submittedAt: true, supervisorId: true,
        enrolment: { select: { batchId: true, employee: { select: { nip: true, name: true, frontTitle: true, backTitle: true } } } },
        plans: { select: { id: true, action: true, owner: true, dueDate: true, doneAt: true } },
      },
    }),
    db.resultIndicator.findMany({
      where: { batchId: { in: ids }, agencyId },
      select: {
        id: true, batchId: true, name: true, measure: true, higherIsBetter: true, baselineValue: true, baselineOn: true, resultValue: true, resultOn: true,
        unit: { select: { name: true } },
      },
    }),
  ]);
  const supervisorIds = [...new Set(tasks.flatMap((t) => (t.supervisorId ? [t.supervisorId] : [])))];
  const supervisors = supervisorIds.length
    ? new Map((await db.employee.findMany({ where: { id: { in: supervisorIds }, agencyId }, select: { id: true, name: true, frontTitle: true, backTitle: true } })).map((e) => [e.id, fullName(e)]))
    : new Map<string, string>();

  const learningRows = enrolments
    .map((e): LearningRow & { batchId: string } => {
      const preScore = e.learningScore?.preScore ?? null;
      const postScore = e.learningScore?.postScore ?? null;
      return { enrolmentId: e.id, batchId: e.batchId, batchNumber: numberOf.get(e.batchId)!, nip: e.employee.nip, name: fullName(e.employee), preScore, postScore, gain: gain(preScore, postScore) };
    })
    .sort((a, b) => a.batchNumber - b.batchNumber || byName(a, b));
  const feedback = tasks
    .map((t): FeedbackRow & { batchId: string } => ({
      taskId: t.id, batchId: t.enrolment.batchId, batchNumber: numberOf.get(t.enrolment.batchId)!,
      participant: fullName(t.enrolment.employee), nip: t.enrolment.employee.nip, supervisor: t.supervisorId ? (supervisors.get(t.supervisorId) ?? null) : null,
      status: t.status, rating: t.status === "SUBMITTED" ? t.rating : null, applying: t.status === "SUBMITTED" && isApplying(t.rating),
      behaviours: t.behaviours, applied: t.applied, submittedAt: t.submittedAt,
    }))
    .sort((a, b) => a.batchNumber - b.batchNumber || a.participant.localeCompare(b.participant, "id"));
  const plans = tasks
    .flatMap((t) => t.plans.map((p) => ({
      ...p, batchId: t.enrolment.batchId, batchNumber: numberOf.get(t.enrolment.batchId)!, participant: fullName(t.enrolment.employee), status: planStatus(p, asOf),
    })))
    .sort((a, b) => planOrder(asOf)(a, b) || a.participant.localeCompare(b.participant, "id"));
  const indicators = indicatorRows
    .map((r) => ({
      id: r.id, batchId: r.batchId, batchNumber: numberOf.get(r.batchId)!, unitName: r.unit.name, name: r.name, measure: r.measure,
      ...measuredIndicator(r), baselineOn: r.baselineOn, resultOn: r.resultOn,
    }))
    .sort((a, b) => a.batchNumber - b.batchNumber || a.unitName.localeCompare(b.unitName, "id") || byName(a, b));

  const scope = (batchId: string | null): ScopeFigures => {
    const mine = <T extends { batchId: string }>(rows: T[]) => (batchId ? rows.filter((r) => r.batchId === batchId) : rows);
    const own = batchId ? reactionByBatch.get(batchId) : undefined;
    return {
      reaction: own
        ? { invited: own.invited, responded: own.responded, withheld: own.withheld, overall: own.overall }
        : { invited: reaction.invited, responded: reaction.responded, withheld: reaction.withheld, overall: reaction.overall },
      learning: summariseLearning(mine(learningRows)),
      behaviour: summariseBehaviour(mine(feedback)),
      plans: countPlans(mine(plans), asOf),
      results: summariseIndicators(mine(indicators)),
    };
  };
  const strip = <T extends { batchId: string }>(rows: T[]) => rows.map(({ batchId: _batchId, ...row }) => row);
  return {
    asOf,
    totals: scope(null),
    perBatch: new Map(ids.map((id) => [id, scope(id)])),
    reaction,
    learningRows: strip(learningRows),
    feedback: strip(feedback),
    plans: strip(plans),
    indicators: strip(indicators),
  };
}
