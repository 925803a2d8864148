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
