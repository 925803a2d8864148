import { describe, expect, it } from "vitest";
import { APPLYING_MIN_RATING, countPlans, isApplying, planOrder, planStatus, shareOf, summariseBehaviour } from "@/lib/evaluation/rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("summariseBehaviour", () => {
  it("counts the response rate over the tasks created and the share applying over the answers", () => {
    const s = summariseBehaviour([
      { status: "SUBMITTED", rating: 5 },
      { status: "SUBMITTED", rating: 3 },
      { status: "SUBMITTED", rating: 2 },
      { status: "SUBMITTED", rating: 4 },
      { status: "OPEN", rating: null },
    ]);
    expect(s).toEqual({ tasks: 5, submitted: 4, responseRate: 0.8, average: 3.5, applying: 3, shareApplying: 0.75, distribution: [0, 1, 1, 1, 1] });
  });

  it("takes 3 (partly applied) as the threshold for applying", () => {
    expect(APPLYING_MIN_RATING).toBe(3);
    expect([1, 2, 3, 4, 5].map(isApplying)).toEqual([false, false, true, true, true]);
    expect(isApplying(null)).toBe(false);
  });

  it("has no rates without tasks or answers, rather than 0%", () => {
    expect(summariseBehaviour([])).toEqual({ tasks: 0, submitted: 0, responseRate: null, average: null, applying: 0, shareApplying: null, distribution: [0, 0, 0, 0, 0] });
    const open = summariseBehaviour([{ status: "OPEN", rating: null }, { status: "OPEN", rating: null }]);
    expect(open).toMatchObject({ tasks: 2, submitted: 0, responseRate: 0, average: null, shareApplying: null });
  });

  it("ignores a rating on a task that is still open", () => {
    expect(summariseBehaviour([{ status: "OPEN", rating: 5 }, { status: "SUBMITTED", rating: 1 }])).toMatchObject({ average: 1, applying: 0, shareApplying: 0 });
  });
});

describe("follow-up plans", () => {
  const today = day("2026-03-10");
  it("is done once marked, overdue only after its due date", () => {
    expect(planStatus({ dueDate: day("2026-01-01"), doneAt: new Date("2026-02-01T03:00:00Z") }, today)).toBe("DONE");
    expect(planStatus({ dueDate: day("2026-03-09"), doneAt: null }, today)).toBe("OVERDUE");
    expect(planStatus({ dueDate: day("2026-03-10"), doneAt: null }, today)).toBe("OPEN");
    expect(planStatus({ dueDate: day("2026-06-30"), doneAt: null }, today)).toBe("OPEN");
  });

  it("counts overdue plans among the open ones", () => {
    const plans = [
      { dueDate: day("2026-01-15"), doneAt: day("2026-01-10") },
      { dueDate: day("2026-02-01"), doneAt: null },
      { dueDate: day("2026-04-01"), doneAt: null },
      { dueDate: day("2026-05-01"), doneAt: null },
    ];
    expect(countPlans(plans, today)).toEqual({ total: 4, open: 3, done: 1, overdue: 1 });
    expect(countPlans([], today)).toEqual({ total: 0, open: 0, done: 0, overdue: 0 });
  });

  it("lists overdue plans first, then open, then done, earliest due first", () => {
    const done = { dueDate: day("2026-01-01"), doneAt: day("2026-01-01") };
    const late = { dueDate: day("2026-02-01"), doneAt: null };
    const soon = { dueDate: day("2026-04-01"), doneAt: null };
    const later = { dueDate: day("2026-05-01"), doneAt: null };
    expect([later, done, soon, late].sort(planOrder(today))).toEqual([late, soon, later, done]);
  });
});

describe("shareOf", () => {
  it("divides, or says there is nothing to divide by", () => {
    expect(shareOf(1, 4)).toBe(0.25);
    expect(shareOf(0, 0)).toBeNull();
  });
});
