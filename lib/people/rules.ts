// Pure rules about people: who may become whose direct supervisor, and how names are written.

export type SupervisorCandidate = { id: string; agencyId: string; inService: boolean };
export type SupervisorChangeError = "self" | "otherAgency" | "retired" | "cycle";

/**
 * `candidateChain` is the candidate's own chain of supervisors, nearest first (excluding the candidate).
 * A cycle appears when the employee already sits in that chain: they would end up supervising themselves.
 */
export function checkSupervisorChange(
  employee: { id: string; agencyId: string },
  candidate: SupervisorCandidate | null,
  candidateChain: readonly string[],
): SupervisorChangeError | null {
  if (!candidate) return null;
  if (candidate.id === employee.id) return "self";
  if (candidate.agencyId !== employee.agencyId) return "otherAgency";
  if (!candidate.inService) return "retired";
  if (candidateChain.includes(employee.id)) return "cycle";
  return null;
}

/** "Dr. Siti Rahmawati, S.E., M.M." — front titles before, back titles after a comma. */
export function fullName(person: { name: string; frontTitle?: string | null; backTitle?: string | null }): string {
  const front = person.frontTitle ? `${person.frontTitle} ` : "";
  const back = person.backTitle ? `, ${person.backTitle}` : "";
  return `${front}${person.name}${back}`;
}

/** In service through the end date itself. `today` is a calendar date (UTC midnight), see lib/time.ts. */
export function isInService(person: { serviceEndDate: Date | null }, today: Date): boolean {
  return !person.serviceEndDate || person.serviceEndDate.getTime() >= startOfUtcDay(today).getTime();
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

// ——— Moves, end of service and inactivity (issue 13). Dates are calendar dates (UTC midnight). ———

const DAY_MS = 86_400_000;

/** The calendar day before `date`: a move on D closes the open assignment on D − 1. */
export function dayBefore(date: Date): Date {
  return new Date(startOfUtcDay(date).getTime() - DAY_MS);
}

export type MoveError = "unchanged" | "beforeCurrentStart" | "unitClosed" | "beforeServiceStart" | "afterServiceEnd";

/**
 * Whether an employee may move on `date` from their open assignment to (unitId, positionId). The open row is
 * closed the day before, so the date must come after the open row's start (a same-day correction is an edit of
 * the row, not a move); a closed unit takes no staff from the day it closed; an ended service takes no moves.
 */
export function checkMove(
  current: { unitId: string; positionId: string; startDate: Date },
  target: { unitId: string; positionId: string; unitClosedOn: Date | null },
  date: Date,
  service: { serviceStartDate: Date; serviceEndDate: Date | null },
): MoveError | null {
  if (current.unitId === target.unitId && current.positionId === target.positionId) return "unchanged";
  if (date.getTime() < service.serviceStartDate.getTime()) return "beforeServiceStart";
  if (date.getTime() <= current.startDate.getTime()) return "beforeCurrentStart";
  if (service.serviceEndDate && date.getTime() > service.serviceEndDate.getTime()) return "afterServiceEnd";
  if (target.unitClosedOn && target.unitClosedOn.getTime() <= date.getTime()) return "unitClosed";
  return null;
}

/** A unit closed on or before `date` takes no new staff that day. */
export function isUnitClosedOn(unit: { closedOn: Date | null }, date: Date): boolean {
  return unit.closedOn !== null && unit.closedOn.getTime() <= startOfUtcDay(date).getTime();
}

export type ServiceEndError = "beforeServiceStart" | "alreadyEnded";

/** Service ends on a day on or after it started, once: a second end must first be undone (reinstated). */
export function checkServiceEnd(person: { serviceStartDate: Date; serviceEndDate: Date | null }, endDate: Date): ServiceEndError | null {
  if (person.serviceEndDate) return "alreadyEnded";
  if (endDate.getTime() < person.serviceStartDate.getTime()) return "beforeServiceStart";
  return null;
}

export type Period = { id?: string; startDate: Date; endDate: Date };
export type PeriodError = "endBeforeStart" | "overlap";

/** Two closed date ranges share at least one day. */
export function periodsOverlap(a: Period, b: Period): boolean {
  return a.startDate.getTime() <= b.endDate.getTime() && b.startDate.getTime() <= a.endDate.getTime();
}

/**
 * Whether an inactivity period may be recorded next to the person's other periods (the one being edited, by its
 * id, is left out): its end on or after its start, and no day shared with another period, whatever its kind.
 */
export function checkInactivityPeriod(candidate: Period, others: readonly Period[]): { error: PeriodError; clash?: Period } | null {
  if (candidate.endDate.getTime() < candidate.startDate.getTime()) return { error: "endBeforeStart" };
  const clash = others.find((p) => p.id !== candidate.id && periodsOverlap(p, candidate));
  return clash ? { error: "overlap", clash } : null;
}

export type NipMismatch = { field: "birthDate" | "gender" | "kind"; key: string };

/**
 * What a well-formed NIP says against what the form says: its birth date, its gender digit and its PPPK marker.
 * The NIP's own shape is checked by parseNip (lib/people/nip.ts); this compares the parts with the other fields.
 */
export function nipMismatches(
  nip: { birthDate: string; gender: "M" | "F"; kind: "PNS" | "PPPK" },
  form: { birthDate: Date; gender: "M" | "F"; kind: "PNS" | "PPPK" },
): NipMismatch[] {
  const out: NipMismatch[] = [];
  if (nip.birthDate !== form.birthDate.toISOString().slice(0, 10)) out.push({ field: "birthDate", key: "people.form.birthDateNotNip" });
  if (nip.gender !== form.gender) out.push({ field: "gender", key: "people.form.genderNotNip" });
  if (nip.kind !== form.kind) out.push({ field: "kind", key: "people.form.kindNotNip" });
  return out;
}
