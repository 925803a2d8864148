// The outcome checks of bench/compliance.ts: the project's figures against the hand-written baseline's. Each
// returns the list of differences (empty when they agree).
import type { DashboardList, DashboardSummary } from "../../lib/compliance/dashboard-queries";
import type { OpdSummary } from "../../lib/compliance/queries";

const FIELDS = ["headcount", "compliant", "onTrack", "atRisk", "nonCompliant", "exempt", "zeroJp", "averageMinutes", "medianMinutes"] as const;
const COUNTED = ["headcount", "compliant", "onTrack", "atRisk", "nonCompliant", "exempt", "zeroJp"] as const;
const STATUSES = ["EXEMPT", "COMPLIANT", "ON_TRACK", "AT_RISK", "NON_COMPLIANT"] as const;

export type BaselineOpdRow = { opdId: string } & Record<(typeof FIELDS)[number], number>;
export type BaselineDashboardRow = { opdId: string | null } & Record<(typeof FIELDS)[number], number | null> &
  Record<"b0" | "b1" | "b2" | "b3" | "places" | "top", number | null>;
export type BaselineListRow = Record<string, string | number>;

/** Per-OPD rows (without the total) against the baseline's. */
export function compareByOpd(ours: OpdSummary[], theirs: BaselineOpdRow[]): string[] {
  const problems: string[] = [];
  const byId = new Map(theirs.map((r) => [r.opdId, r]));
  if (ours.length !== theirs.length) problems.push(`OPD rows: bangkom ${ours.length}, baseline ${theirs.length}`);
  for (const row of ours) {
    const other = byId.get(row.opdId);
    if (!other) {
      problems.push(`${row.opdName}: missing from the baseline`);
      continue;
    }
    for (const field of FIELDS) {
      if (Math.abs(Number(row[field]) - Number(other[field])) > 1e-6) problems.push(`${row.opdName} ${field}: bangkom ${row[field]}, baseline ${other[field]}`);
    }
  }
  return problems;
}

/** The whole dashboard (per OPD, total, equity panel) against the baseline's statement. */
export function compareDashboard(ours: DashboardSummary, theirs: BaselineDashboardRow[]): string[] {
  const perOpd = theirs.filter((r): r is BaselineOpdRow & BaselineDashboardRow => r.opdId !== null);
  const problems = compareByOpd(ours.opds, perOpd);
  for (const field of COUNTED) {
    const sum = perOpd.reduce((s, r) => s + r[field], 0);
    if (ours.total[field] !== sum) problems.push(`total ${field}: bangkom ${ours.total[field]}, baseline ${sum}`);
  }
  const equity = theirs.find((r) => r.opdId === null);
  if (!equity) return [...problems, "the baseline gave no equity row"];
  const buckets = [equity.b0, equity.b1, equity.b2, equity.b3];
  if (ours.equity.buckets.join(",") !== buckets.join(",")) problems.push(`equity buckets: bangkom ${ours.equity.buckets}, baseline ${buckets}`);
  if (ours.equity.places !== equity.places) problems.push(`equity places: bangkom ${ours.equity.places}, baseline ${equity.places}`);
  const share = equity.places ? equity.top! / equity.places : 0;
  if (Math.abs(ours.equity.topDecileShare - share) > 1e-12) problems.push(`equity top decile: bangkom ${ours.equity.topDecileShare}, baseline ${share}`);
  return problems;
}

/** The drill-down's first page and its status counts against the baseline's. */
export function compareList(ours: DashboardList | { rows: { employeeId: string }[]; total: number; counts: Record<string, number> }, page: BaselineListRow[]): string[] {
  const problems: string[] = [];
  for (const status of STATUSES) {
    if (ours.counts[status] !== Number(page[0]?.[status] ?? 0)) problems.push(`list count ${status}: bangkom ${ours.counts[status]}, baseline ${page[0]?.[status]}`);
  }
  if (ours.total !== Number(page[0]?.total ?? 0)) problems.push(`list total: bangkom ${ours.total}, baseline ${page[0]?.total}`);
  if (ours.rows.map((r) => r.employeeId).join(",") !== page.map((r) => r.id).join(",")) problems.push("list first page: different ASN or order");
  return problems;
}
