// Pure rules of the annual competency-development plan (issue 15, decision 0035): exact Rupiah totals, version
// status moves, the difference between two versions, plan against actual, and the two coverage figures.
// Money is whole Rupiah in JavaScript numbers: exact up to Number.MAX_SAFE_INTEGER (9 × 10^15), far above any
// agency's budget; every sum checks it stays there rather than rounding silently.
import type { FundSource, PlanVersionStatus, RouteCode } from "@/lib/generated/prisma/enums";

export const FUND_SOURCES = ["APBD", "PAD", "DAK", "APBN", "OTHER"] as const satisfies readonly FundSource[];
export const MINUTES_PER_JP = 45;

/** a + b + …, refusing a result that a number cannot hold exactly. */
export function sumRupiah(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) {
    if (!Number.isSafeInteger(value)) throw new RangeError(`not a whole Rupiah amount: ${value}`);
    total += value;
    if (!Number.isSafeInteger(total)) throw new RangeError("Rupiah total out of range");
  }
  return total;
}

export type BudgetItemValues = { volume: number; unitPrice: number; fundSource: FundSource };

/** volume × unit price, whole Rupiah. */
export function budgetItemTotal(item: Pick<BudgetItemValues, "volume" | "unitPrice">): number {
  const total = item.volume * item.unitPrice;
  if (!Number.isSafeInteger(total)) throw new RangeError("budget item total out of range");
  return total;
}

export type LineForTotals = { unitId: string | null; routeCode: RouteCode; budget: readonly BudgetItemValues[] };

export function lineTotal(line: Pick<LineForTotals, "budget">): number {
  return sumRupiah(line.budget.map(budgetItemTotal));
}

export type PlanTotals = {
  total: number;
  byFundSource: Record<FundSource, number>;
  /** Keyed by the line's OPD; null = lines across OPDs. */
  byUnit: Map<string | null, number>;
  byRouteCode: Map<RouteCode, number>;
};

/** The totals of a version at every level: each budget item counted once in each breakdown, so every breakdown sums to the total. */
export function planTotals(lines: readonly LineForTotals[]): PlanTotals {
  const byFundSource = Object.fromEntries(FUND_SOURCES.map((s) => [s, 0])) as Record<FundSource, number>;
  const byUnit = new Map<string | null, number>();
  const byRouteCode = new Map<RouteCode, number>();
  const add = <K>(map: Map<K, number>, key: K, amount: number) => map.set(key, sumRupiah([map.get(key) ?? 0, amount]));
  for (const line of lines) {
    for (const item of line.budget) {
      const amount = budgetItemTotal(item);
      byFundSource[item.fundSource] = sumRupiah([byFundSource[item.fundSource], amount]);
    }
    const amount = lineTotal(line);
    add(byUnit, line.unitId, amount);
    add(byRouteCode, line.routeCode, amount);
  }
  return { total: sumRupiah(Object.values(byFundSource)), byFundSource, byUnit, byRouteCode };
}

const MOVES: readonly (readonly [PlanVersionStatus, PlanVersionStatus])[] = [
  ["DRAFT", "SUBMITTED"],
  ["SUBMITTED", "DRAFT"],
  ["SUBMITTED", "APPROVED"],
];

/** The status moves a version may make (the database trigger plan_version_guard allows exactly these). */
export function canMoveVersion(from: PlanVersionStatus, to: PlanVersionStatus): boolean {
  return MOVES.some(([a, b]) => a === from && b === to);
}

/** Only a draft's lines may change; an approved version changes only through a new revision. */
export const isEditable = (status: PlanVersionStatus) => status === "DRAFT";

/** A revision may start only when every version of the plan is approved (one version is worked on at a time). */
export function canStartRevision(versions: readonly { status: PlanVersionStatus }[]): boolean {
  return versions.length > 0 && versions.every((v) => v.status === "APPROVED");
}

/** "murni" for number 0, "perubahan n" for the others (the page's words come from the messages). */
export function versionKind(number: number): { kind: "ORIGINAL" } | { kind: "REVISION"; n: number } {
  return number === 0 ? { kind: "ORIGINAL" } : { kind: "REVISION", n: number };
}

/** The quarter (1–4) of a planned month (1–12). */
export const quarterOf = (month: number) => Math.ceil(month / 3);

// ---- The difference between two versions ------------------------------------------------------------------

/** A line as the diff compares it: its item (identity across versions), its fields as display-ready values, and
 * its budget items keyed by position (a revision copies each item with its position; new items take the next). */
export type LineSnapshot = {
  itemId: string;
  title: string;
  fields: Readonly<Record<string, string | number | null>>;
  budget: readonly (BudgetItemValues & { position: number; item: string; unit: string; accountCode: string })[];
};

export type FieldChange = { field: string; before: string | number | null; after: string | number | null };
export type BudgetChange = { position: number; kind: "ADDED" | "REMOVED" | "CHANGED"; item: string; changes: FieldChange[]; totalBefore: number; totalAfter: number };
export type LineDiff = {
  itemId: string;
  title: string;
  kind: "ADDED" | "REMOVED" | "CHANGED";
  changes: FieldChange[];
  budget: BudgetChange[];
  totalBefore: number;
  totalAfter: number;
};

function fieldChanges(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((k) => (before[k] ?? null) !== (after[k] ?? null))
    .map((field) => ({ field, before: (before[field] ?? null) as FieldChange["before"], after: (after[field] ?? null) as FieldChange["after"] }));
}

function budgetFields(b: LineSnapshot["budget"][number]): Record<string, string | number> {
  return { item: b.item, volume: b.volume, unit: b.unit, unitPrice: b.unitPrice, total: budgetItemTotal(b), fundSource: b.fundSource, accountCode: b.accountCode };
}

function budgetDiff(before: LineSnapshot["budget"], after: LineSnapshot["budget"]): BudgetChange[] {
  const old = new Map(before.map((b) => [b.position, b]));
  const now = new Map(after.map((b) => [b.position, b]));
  const positions = [...new Set([...old.keys(), ...now.keys()])].sort((a, b) => a - b);
  const out: BudgetChange[] = [];
  for (const position of positions) {
    const a = old.get(position);
    const b = now.get(position);
    const changes = fieldChanges(a ? budgetFields(a) : {}, b ? budgetFields(b) : {});
    if (!changes.length) continue;
    out.push({
      position,
      kind: !a ? "ADDED" : !b ? "REMOVED" : "CHANGED",
      item: (b ?? a)!.item,
      changes,
      totalBefore: a ? budgetItemTotal(a) : 0,
      totalAfter: b ? budgetItemTotal(b) : 0,
    });
  }
  return out;
}

/** What changed from one version to another, line by line (paired by item), in the order of `after` then removed lines. */
export function diffVersions(before: readonly LineSnapshot[], after: readonly LineSnapshot[]): LineDiff[] {
  const old = new Map(before.map((l) => [l.itemId, l]));
  const seen = new Set<string>();
  const out: LineDiff[] = [];
  for (const line of after) {
    seen.add(line.itemId);
    const prior = old.get(line.itemId);
    const changes = fieldChanges(prior ? { title: prior.title, ...prior.fields } : {}, prior ? { title: line.title, ...line.fields } : {});
    const budget = budgetDiff(prior?.budget ?? [], line.budget);
    if (prior && !changes.length && !budget.length) continue;
    out.push({
      itemId: line.itemId,
      title: line.title,
      kind: prior ? "CHANGED" : "ADDED",
      changes,
      budget,
      totalBefore: prior ? lineTotal(prior) : 0,
      totalAfter: lineTotal(line),
    });
  }
  for (const line of before) {
    if (seen.has(line.itemId)) continue;
    out.push({ itemId: line.itemId, title: line.title, kind: "REMOVED", changes: [], budget: budgetDiff(line.budget, []), totalBefore: lineTotal(line), totalAfter: 0 });
  }
  return out;
}

// ---- Plan against actual --------------------------------------------------------------------------------------

export type Figures = { participants: number; jpMinutes: number; rupiah: number };

/** Planned figures of a line: its people, people × JP, and its budget total. */
export function plannedFigures(line: { targetPeople: number; jpPerParticipant: number; budget: readonly BudgetItemValues[] }): Figures {
  return { participants: line.targetPeople, jpMinutes: line.targetPeople * line.jpPerParticipant * MINUTES_PER_JP, rupiah: lineTotal(line) };
}

export function addFigures(rows: readonly Figures[]): Figures {
  return {
    participants: rows.reduce((s, r) => s + r.participants, 0),
    jpMinutes: rows.reduce((s, r) => s + r.jpMinutes, 0),
    rupiah: sumRupiah(rows.map((r) => r.rupiah)),
  };
}

/** Whole Rupiah per JP delivered, rounded half up; null when nothing was delivered. */
export function costPerJp(rupiah: number, jpMinutes: number): number | null {
  if (jpMinutes <= 0) return null;
  return Math.floor((rupiah * MINUTES_PER_JP) / jpMinutes + 0.5);
}

/** actual − planned for each figure (negative: less than planned). */
export function variance(planned: Figures, actual: Figures): Figures {
  return { participants: actual.participants - planned.participants, jpMinutes: actual.jpMinutes - planned.jpMinutes, rupiah: actual.rupiah - planned.rupiah };
}

// ---- Coverage -----------------------------------------------------------------------------------------------

export type NeedRef = { competencyId: string; targetLevel: number };
export type FundedLine = { competencyId: string | null; targetLevel: number | null; needCompetencyId: string | null; needTargetLevel: number | null; rupiah: number };

/** A line answers a need when it was made from it, or develops the competency to at least the needed level; it
 * funds it when its budget is above zero. */
export function fundsNeed(line: FundedLine, need: NeedRef): boolean {
  if (line.rupiah <= 0) return false;
  if (line.needCompetencyId === need.competencyId && line.needTargetLevel === need.targetLevel) return true;
  return line.competencyId === need.competencyId && (line.targetLevel ?? 0) >= need.targetLevel;
}

/** The high-priority needs (the first `top` of the ranked list) that have a funded line. */
export function needCoverage(rankedNeeds: readonly NeedRef[], lines: readonly FundedLine[], top: number): { covered: number; considered: number } {
  const considered = rankedNeeds.slice(0, top);
  return { covered: considered.filter((need) => lines.some((line) => fundsNeed(line, need))).length, considered: considered.length };
}

export type PersonJp = { employeeId: string; creditedMinutes: number; targetMinutes: number };
export type Seats = { people: number; jpPerParticipant: number };

/**
 * How many people of one OPD reach their JP target if its planned seats are delivered. Each line's seats go to
 * distinct people still below target, those closest to it first (the allocation that lets the most people reach
 * it), lines with the most JP per seat first. An upper bound an admin can compare to today's share.
 */
export function projectedReach(people: readonly PersonJp[], lines: readonly Seats[]): { reachToday: number; reachPlanned: number; people: number } {
  const minutes = new Map(people.map((p) => [p.employeeId, p.creditedMinutes]));
  const target = new Map(people.map((p) => [p.employeeId, p.targetMinutes]));
  const reached = (id: string) => minutes.get(id)! >= target.get(id)!;
  const reachToday = people.filter((p) => reached(p.employeeId)).length;
  for (const line of [...lines].sort((a, b) => b.jpPerParticipant - a.jpPerParticipant)) {
    const below = people
      .filter((p) => !reached(p.employeeId))
      .sort((a, b) => target.get(a.employeeId)! - minutes.get(a.employeeId)! - (target.get(b.employeeId)! - minutes.get(b.employeeId)!) || a.employeeId.localeCompare(b.employeeId));
    for (const person of below.slice(0, line.people)) {
      minutes.set(person.employeeId, minutes.get(person.employeeId)! + line.jpPerParticipant * MINUTES_PER_JP);
    }
  }
  return { reachToday, reachPlanned: people.filter((p) => reached(p.employeeId)).length, people: people.length };
}
