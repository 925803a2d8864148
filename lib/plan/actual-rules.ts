// Pure helpers of plan against actual (issue 15 part 4, decision 0037): which version the report reads, the sums
// of planned and actual figures per OPD, route code and source of funds, and the seats still to deliver. The
// figures themselves (planned, cost per JP, variance, coverage) are lib/plan/rules.ts's; this file only groups them.
import type { FundSource, PlanVersionStatus } from "@/lib/generated/prisma/enums";
import { addFigures, budgetItemTotal, costPerJp, FUND_SOURCES, sumRupiah, variance, type BudgetItemValues, type Figures } from "./rules";

/** The version the report reads: the latest approved one, else the one being worked on (labelled as such). */
export function reportVersionOf<V extends { number: number; status: PlanVersionStatus }>(versions: readonly V[]): V | null {
  const approved = versions.filter((v) => v.status === "APPROVED").sort((a, b) => b.number - a.number);
  return approved[0] ?? versions.find((v) => v.status !== "APPROVED") ?? null;
}

export type LineAgainstActual = {
  itemId: string;
  opdId: string | null;
  routeCode: string;
  budget: readonly BudgetItemValues[];
  planned: Figures;
  actual: Figures;
  /** Realised Rupiah of the line's batches per source of funds. */
  actualByFundSource: Partial<Record<FundSource, number>>;
};

export type FiguresRow = { key: string | null; planned: Figures; actual: Figures; variance: Figures; costPerJp: number | null };

/** One row of planned against actual, with the variance and the cost per JP delivered. */
export function againstActual(key: string | null, planned: Figures, actual: Figures): FiguresRow {
  return { key, planned, actual, variance: variance(planned, actual), costPerJp: costPerJp(actual.rupiah, actual.jpMinutes) };
}

/**
 * The lines summed by a key (OPD, route code), in the order the keys first appear. Participants are summed line by
 * line, as the plan's target people are: a person trained by two lines fills a seat of each.
 */
export function sumBy(lines: readonly LineAgainstActual[], keyOf: (line: LineAgainstActual) => string | null): FiguresRow[] {
  const groups = new Map<string | null, LineAgainstActual[]>();
  for (const line of lines) {
    const key = keyOf(line);
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  return [...groups].map(([key, group]) => againstActual(key, addFigures(group.map((l) => l.planned)), addFigures(group.map((l) => l.actual))));
}

export type FundSourceRow = { fundSource: FundSource; planned: number; actual: number; variance: number };

/** Rupiah per source of funds: planned from the budget items' source, actual from the realised rows' source. */
export function sumByFundSource(lines: readonly LineAgainstActual[]): FundSourceRow[] {
  return FUND_SOURCES.map((fundSource) => {
    const planned = sumRupiah(lines.flatMap((l) => l.budget.filter((b) => b.fundSource === fundSource).map(budgetItemTotal)));
    const actual = sumRupiah(lines.map((l) => l.actualByFundSource[fundSource] ?? 0));
    return { fundSource, planned, actual, variance: actual - planned };
  }).filter((row) => row.planned !== 0 || row.actual !== 0);
}

/** The seats of a line still to deliver: its target people less the ASN its batches already credited. */
export const remainingSeats = (line: { planned: Figures; actual: Figures }) => Math.max(0, line.planned.participants - line.actual.participants);

/** A share as a fraction, or null when there is nothing to share (no ASN, no need). */
export const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** The year of a /admin/rencana/[year] address: four digits, 2000–2100; null otherwise (a 404). */
export function planYearParam(raw: string): number | null {
  if (!/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= 2000 && year <= 2100 ? year : null;
}
