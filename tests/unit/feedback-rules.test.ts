import { describe, expect, it } from "vitest";
import { answerBy, feedbackDueOn, feedbackOverdue, reminderDue } from "@/lib/feedback/rules";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("feedbackDueOn", () => {
  it.each([
    ["2026-03-10", 3, "2026-06-10"],
    ["2026-11-30", 3, "2027-02-28"],
    ["2027-11-30", 3, "2028-02-29"],
    ["2026-10-31", 1, "2026-11-30"],
    ["2026-12-15", 12, "2027-12-15"],
  ])("%s + %i months → %s", (from, months, due) => {
    expect(feedbackDueOn(d(from), months).toISOString().slice(0, 10)).toBe(due);
  });
});

describe("reminderDue", () => {
  const task = (remindersSent: number) => ({ assignedOn: d("2026-06-10"), remindersSent });
  it.each([
    [0, "2026-06-16", null],
    [0, "2026-06-17", 1],
    [1, "2026-06-17", null],
    [1, "2026-06-24", 2],
    [0, "2026-06-30", 2],
    [2, "2026-07-30", null],
  ])("%i sent, on %s → %s", (sent, today, expected) => {
    expect(reminderDue(task(sent), d(today))).toBe(expected);
  });
});

describe("feedbackOverdue", () => {
  it("counts from the day the task was given: answer by the last reminder, late the day after", () => {
    const given = d("2026-11-25");
    expect(answerBy(given)).toEqual(d("2026-12-09"));
    expect(feedbackOverdue(given, d("2026-11-25"))).toBe(false); // given today, even if the feedback fell due in July
    expect(feedbackOverdue(given, d("2026-12-09"))).toBe(false);
    expect(feedbackOverdue(given, d("2026-12-10"))).toBe(true);
  });
});
