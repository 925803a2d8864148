// Pure rules of programs, batches and rundowns.
import type { BatchStatus, RouteCode, SessionKind } from "@/lib/generated/prisma/enums";
import { SCHEDULE_ONLY_KINDS } from "@/lib/policy/rules";

export const ROUTE_CODES: readonly RouteCode[] = [
  "KL01", "KL02", "KL03", "KL04", "KL05", "KL06", "KL07", "KL08", "KL09", "KL10", "KL11", "KL12",
  "NKL01", "NKL02", "NKL03", "NKL04", "NKL05", "NKL06", "NKL07", "NKL08", "NKL09", "NKL10", "NKL11", "NKL12", "NKL13",
];

export const SESSION_KINDS: readonly SessionKind[] = ["LEARNING", "OPENING_CLOSING", "MEAL", "TRAVEL", "OUTBOUND", "OTHER"];

/** Status changes an admin may make. DONE is reached and left only through the complete and reopen
 *  commands, which credit and reverse JP; this table never allows either. */
const TRANSITIONS: Record<BatchStatus, BatchStatus[]> = {
  DRAFT: ["OPEN", "CANCELLED"],
  OPEN: ["CLOSED", "CANCELLED", "DRAFT"],
  CLOSED: ["OPEN", "RUNNING", "CANCELLED"],
  RUNNING: ["CANCELLED"],
  DONE: [],
  CANCELLED: [],
};

/**
 * Whether an admin may move a batch from one status to another. A past batch (entered after the fact, its last
 * day before today) may also go straight to RUNNING from DRAFT, OPEN or CLOSED: there is no registration to open
 * for it, only participants to enrol, attendance to fill in and the batch to complete.
 */
export function canMoveBatch(from: BatchStatus, to: BatchStatus, past = false): boolean {
  if (past && to === "RUNNING" && (from === "DRAFT" || from === "OPEN" || from === "CLOSED")) return true;
  return TRANSITIONS[from].includes(to);
}

export type SessionTimes = { startMinute: number; endMinute: number; cancelled: boolean; kind: SessionKind };

/** Minutes a session was (or will be) held: its current length, or nothing once cancelled. */
export function heldMinutes(session: SessionTimes): number {
  return session.cancelled ? 0 : session.endMinute - session.startMinute;
}

/**
 * Minutes that count towards JP: sessions of the kinds the agency counts (by default LEARNING only), never a
 * schedule-only kind such as ISHOMA or the opening (isLearningSession in lib/attendance/rules.ts says the same).
 */
export function jpMinutes(sessions: readonly SessionTimes[], countedKinds: readonly SessionKind[]): number {
  return sessions.filter((s) => countedKinds.includes(s.kind) && !SCHEDULE_ONLY_KINDS.includes(s.kind)).reduce((sum, s) => sum + heldMinutes(s), 0);
}

/** "08:30" from minutes after midnight. */
export function clock(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

/** Minutes after midnight from "08:30"; null when it is not a valid time of day. */
export function parseClock(text: string): number | null {
  const match = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

export type BudgetLineAmounts = { volume: number; unitPrice: number; taxBasisPoints: number };

/** volume × unit price, plus tax, in whole Rupiah (tax rounded half up). */
export function budgetLineTotal(line: BudgetLineAmounts): number {
  const base = line.volume * line.unitPrice;
  return base + Math.round((base * line.taxBasisPoints) / 10_000);
}

export function budgetTotal(lines: readonly BudgetLineAmounts[]): number {
  return lines.reduce((sum, line) => sum + budgetLineTotal(line), 0);
}
