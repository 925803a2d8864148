import { describe, expect, it } from "vitest";
import { feedbackDueOn, reminderDue } from "@/lib/feedback/rules";

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
