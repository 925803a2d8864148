// Pure rules of the OPD proposal window (usulan, decision 0036). The window is kept as two calendar days in the
// agency's time zone, stored as UTC midnights: proposalsOpenAt = the first day, proposalsCloseAt = the day AFTER
// the last one (exclusive), so "open" is a comparison of calendar days, never of clock times.
const DAY_MS = 86_400_000;

export type ProposalWindow = { proposalsOpenAt: Date | null; proposalsCloseAt: Date | null };
export type WindowState = "none" | "upcoming" | "open" | "closed";

/** Stored bounds of a window from its first and last day (both inclusive, UTC midnights). */
export function windowBounds(opensOn: Date, closesOn: Date): { proposalsOpenAt: Date; proposalsCloseAt: Date } {
  return { proposalsOpenAt: opensOn, proposalsCloseAt: new Date(closesOn.getTime() + DAY_MS) };
}

/** The last day proposals are taken (inclusive), or null without a window. */
export function lastDay(window: ProposalWindow): Date | null {
  return window.proposalsCloseAt ? new Date(window.proposalsCloseAt.getTime() - DAY_MS) : null;
}

/** Where a window stands on a calendar day (`today` = UTC midnight of the local date). */
export function windowState(window: ProposalWindow, today: Date): WindowState {
  const { proposalsOpenAt: opens, proposalsCloseAt: closes } = window;
  if (!opens || !closes) return "none";
  if (today.getTime() < opens.getTime()) return "upcoming";
  return today.getTime() < closes.getTime() ? "open" : "closed";
}

/** Closing early: proposals end before `today`; a window not yet begun is closed without ever opening. */
export function closedEarly(window: ProposalWindow, today: Date): { proposalsOpenAt: Date; proposalsCloseAt: Date } {
  const opens = window.proposalsOpenAt && window.proposalsOpenAt.getTime() < today.getTime() ? window.proposalsOpenAt : today;
  return { proposalsOpenAt: opens, proposalsCloseAt: today };
}

/** Only a proposal still waiting may be decided or withdrawn. */
export const isUndecided = (status: string) => status === "PROPOSED";

/** The line's people after a merge: the proposal's people join the line's. */
export const mergedPeople = (linePeople: number, proposalPeople: number) => linePeople + proposalPeople;

/** The budget an accepted proposal brings: one item at the OPD's estimate, or none without one. */
export function estimateBudget(estimatedRupiah: number | null, item: string) {
  if (!estimatedRupiah || estimatedRupiah <= 0) return [];
  return [{ item, volume: 1, unit: "paket", unitPrice: estimatedRupiah, fundSource: "APBD" as const, accountCode: "" }];
}
