// Level-3 (behaviour) feedback: when it is due and when its reminders go out. Pure.

/** The BerAKHLAK core values a supervisor may tick as observed (PermenPANRB 6/2022 context). */
export const BERAKHLAK = ["BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF", "KOLABORATIF"] as const;
export type Berakhlak = (typeof BERAKHLAK)[number];

export const DEFAULT_FEEDBACK_MONTHS = 3;
/** Reminders follow the day the task was given by these many days, one each. */
export const REMINDER_DAYS = [7, 14] as const;
/** The supervisor is asked to answer by the day of the last reminder; after it the task is overdue. */
export const ANSWER_WITHIN_DAYS: number = REMINDER_DAYS[REMINDER_DAYS.length - 1]!;

const DAY = 86_400_000;

/** The day a task given on `assignedOn` should be answered by. */
export const answerBy = (assignedOn: Date) => new Date(assignedOn.getTime() + ANSWER_WITHIN_DAYS * DAY);

/**
 * Overdue from the day after `answerBy`, counted from when the supervisor was given the task, not from when the
 * feedback fell due: a task the schedule (or a reassignment) gives today is not late today.
 */
export const feedbackOverdue = (assignedOn: Date, today: Date) => answerBy(assignedOn).getTime() < today.getTime();

/** Completion date plus whole months; a day the target month lacks becomes its last day (30 Nov + 3 → 28 Feb). */
export function feedbackDueOn(completedOn: Date, months: number): Date {
  const y = completedOn.getUTCFullYear();
  const m = completedOn.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(completedOn.getUTCDate(), lastDay)));
}

/**
 * Which reminder (1 or 2) an open task should get on `today`, or null. A reminder already sent is never sent
 * again; a late run sends only the latest one due.
 */
export function reminderDue(task: { assignedOn: Date; remindersSent: number }, today: Date): number | null {
  const days = Math.floor((today.getTime() - task.assignedOn.getTime()) / DAY);
  let due = 0;
  REMINDER_DAYS.forEach((after, i) => {
    if (days >= after) due = i + 1;
  });
  return due > task.remindersSent ? due : null;
}
