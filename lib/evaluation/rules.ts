// The evaluation report's own arithmetic: level 3 (the supervisors' feedback) and the follow-up plans. Levels 1, 2
// and 4 keep their rules in lib/reaction, lib/learning and lib/results; this file only adds what they lack.
// Pure: no I/O, no Prisma. Unit-tested in tests/unit/evaluation-rules.test.ts.
import { figures, type Distribution } from "@/lib/reaction/rules";

/**
 * A participant counts as applying the learning when their supervisor rated the application at least this:
 * 3 is "Sebagian" (partly applied) on the 1–5 scale of the feedback form; 1 "Belum diterapkan" and 2 "Sedikit"
 * do not count. Only submitted feedback is counted, so the share is over the answers, not over the tasks.
 */
export const APPLYING_MIN_RATING = 3;

/** part ÷ whole, or null when there is nothing to divide by (shown as "—", never as 0%). */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export type FeedbackTaskLike = { status: "OPEN" | "SUBMITTED"; rating: number | null };

export type BehaviourSummary = {
  /** Feedback tasks created (one per completed participation, once its feedback became due). */
  tasks: number;
  submitted: number;
  /** submitted ÷ tasks. */
  responseRate: number | null;
  /** Average application rating 1–5 over the submitted feedback. */
  average: number | null;
  /** Submitted feedback with a rating of at least APPLYING_MIN_RATING. */
  applying: number;
  /** applying ÷ submitted (with a rating). */
  shareApplying: number | null;
  /** How many submitted answers gave each rating 1–5. */
  distribution: Distribution;
};

export function summariseBehaviour(tasks: readonly FeedbackTaskLike[]): BehaviourSummary {
  const ratings = tasks.flatMap((t) => (t.status === "SUBMITTED" && t.rating !== null ? [t.rating] : []));
  const rated = figures(ratings);
  const submitted = tasks.filter((t) => t.status === "SUBMITTED").length;
  const applying = ratings.filter((r) => r >= APPLYING_MIN_RATING).length;
  return {
    tasks: tasks.length,
    submitted,
    responseRate: shareOf(submitted, tasks.length),
    average: rated.average,
    applying,
    shareApplying: shareOf(applying, rated.count),
    distribution: rated.distribution,
  };
}

/** Whether one supervisor's rating counts as applying the learning. */
export const isApplying = (rating: number | null) => rating !== null && rating >= APPLYING_MIN_RATING;

export type PlanLike = { dueDate: Date; doneAt: Date | null };
export type PlanStatus = "DONE" | "OVERDUE" | "OPEN";

/** Done once marked done; overdue while open after its due date (a plan due today is not yet late). */
export function planStatus(plan: PlanLike, today: Date): PlanStatus {
  if (plan.doneAt) return "DONE";
  return plan.dueDate.getTime() < today.getTime() ? "OVERDUE" : "OPEN";
}

/** `open` counts every plan not done, overdue ones included; `overdue` is the part of them past due on `today`. */
export type PlanCounts = { total: number; open: number; done: number; overdue: number };

export function countPlans(plans: readonly PlanLike[], today: Date): PlanCounts {
  const statuses = plans.map((p) => planStatus(p, today));
  const done = statuses.filter((s) => s === "DONE").length;
  return { total: plans.length, open: plans.length - done, done, overdue: statuses.filter((s) => s === "OVERDUE").length };
}

/** Plans in the order a reader works through them: overdue first, then open, then done; earliest due first. */
export function planOrder(today: Date) {
  const rank: Record<PlanStatus, number> = { OVERDUE: 0, OPEN: 1, DONE: 2 };
  return (a: PlanLike, b: PlanLike) => rank[planStatus(a, today)] - rank[planStatus(b, today)] || a.dueDate.getTime() - b.dueDate.getTime();
}
