import "server-only";
import { cache } from "react";
import type { Viewer } from "@/lib/auth/load-viewer";
import { asManager, hasPermission, MANAGER_ROLES } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { clampPage, pageWindow, type Page } from "@/lib/ui/pagination";
import { coalescer } from "@/lib/cache/coalesce";
import { requestAbortSignal } from "@/lib/http/request-context";
import { runCancellable, StatementStopped, stoppedOrThrow, tagged } from "./cancellable";
import { dashboardFiguresSql } from "./figures-sql";
import { complianceList, complianceQuery, equityFromCounts, type ComplianceFilters, type ComplianceRow, type Equity, type EquityCounts, type OpdSummary, type StatusCounts } from "./queries";

type Client = Tx | typeof db;

/** The dashboard is for admins (the agency) and operators (their unit); an ASN's own read:compliance is not enough. */
export function mayReadComplianceDashboard(viewer: Pick<Viewer, "roles">): boolean {
  return hasPermission(viewer.roles, "read:compliance") && viewer.roles.some((r) => MANAGER_ROLES.includes(r));
}

/**
 * The viewer as the dashboard sees them: only their ADMIN and OPERATOR roles. An operator is usually an ASN
 * too, often a supervisor; without this their own record (or their team, in another OPD) would join their
 * unit's figures. Null when the viewer may not read the dashboard at all.
 */
function dashboardViewer(viewer: Viewer): Viewer | null {
  if (!mayReadComplianceDashboard(viewer)) return null;
  return asManager(viewer);
}

const zeroTotal: OpdSummary = {
  opdId: "", opdName: "Total", headcount: 0, obligated: 0, compliant: 0, onTrack: 0, atRisk: 0, nonCompliant: 0, exempt: 0, zeroJp: 0, averageMinutes: 0, medianMinutes: 0,
};

export type DashboardSummary = { opds: OpdSummary[]; total: OpdSummary; equity: Equity };

type FiguresRow = { opds: OpdSummary[] | null; equity: EquityCounts | null };

/** Viewers of the same scope, year and date at once share one computation (lib/cache/coalesce.ts, decision 0019). */
const figureRuns = coalescer<FiguresRow[]>(() => new StatementStopped("abandoned"));

const noFigures = (): DashboardSummary => ({ opds: [], total: zeroTotal, equity: equityFromCounts(null) });

/**
 * The dashboard's figures for year Y as of a date (default today): one row per OPD, the total, and the equity
 * panel, all from ONE statement (one pass over the per-ASN figures). It runs with the statement timeout and is
 * cancelled in PostgreSQL when `run.signal` (by default the request's) aborts: then it throws StatementStopped.
 * Concurrent viewers of the same figures share one run that starts after all of them asked.
 */
export async function complianceDashboard(
  viewer: Viewer,
  year: number,
  client: Client = db,
  asOf?: Date,
  run: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<DashboardSummary> {
  const scoped = dashboardViewer(viewer);
  if (!scoped) return noFigures();
  const query = await complianceQuery(scoped, year, { asOf }, client);
  if (!query) return noFigures();
  const signal = run.signal ?? requestAbortSignal();
  if (signal?.aborted) throw new StatementStopped("abandoned");
  const statement = dashboardFiguresSql(query);
  const [row] = await figureRuns.run(
    `${statement.text}\u0000${JSON.stringify(statement.values)}`,
    (shared) => runCancellable<FiguresRow[]>((tag) => tagged(tag, statement), { signal: shared, timeoutMs: run.timeoutMs }),
    signal,
  );
  const rows = row?.opds ?? [];
  const total = rows.find((r) => r.opdId === "") ?? zeroTotal;
  return { opds: rows.filter((r) => r.opdId !== ""), total, equity: equityFromCounts(row?.equity) };
}

export type DashboardView = { figures: DashboardSummary } | { stopped: "timeout" | "abandoned" };

/**
 * What one view of /admin/kepatuhan shows: the figures computed once per request for (viewer, year, as-of),
 * however many parts of the page ask (React cache), or why they could not be computed in time.
 */
export const dashboardView = cache(async (viewer: Viewer, year: number, asOfDay: string | undefined): Promise<DashboardView> => {
  const asOf = asOfDay ? new Date(`${asOfDay}T00:00:00Z`) : undefined;
  return complianceDashboard(viewer, year, db, asOf).then((figures) => ({ figures }), stoppedOrThrow);
});

export type DashboardList = Page<ComplianceRow> & { counts: StatusCounts };

/**
 * One page of the drill-down, sorted by risk. A page past the end (an old link after a filter change)
 * shows the last page instead, as every other list does.
 */
export async function complianceDashboardList(
  viewer: Viewer,
  year: number,
  filters: ComplianceFilters,
  requestedPage: number,
  pageSize: number,
  client: Client = db,
): Promise<DashboardList> {
  const scoped = dashboardViewer(viewer);
  const none = { EXEMPT: 0, COMPLIANT: 0, ON_TRACK: 0, AT_RISK: 0, NON_COMPLIANT: 0 };
  if (!scoped) return { ...pageWindow([], 0, 1, pageSize), counts: none };
  let page = Math.max(1, requestedPage);
  let result = await complianceList(scoped, year, filters, { skip: (page - 1) * pageSize, take: pageSize }, client);
  if (!result.rows.length && result.total > 0) {
    page = clampPage(page, result.total, pageSize);
    result = await complianceList(scoped, year, filters, { skip: (page - 1) * pageSize, take: pageSize }, client);
  }
  return { ...pageWindow(result.rows, result.total, page, pageSize), counts: result.counts };
}

/** What the figures cover, for the page's subtitle: the agency for an admin, the operator's own unit(s) otherwise. */
export async function dashboardScopeName(viewer: Viewer, client: Client = db): Promise<string> {
  if (viewer.roles.includes("ADMIN") || !viewer.operatorUnits.length) {
    const agency = await client.agency.findUniqueOrThrow({ where: { id: viewer.agencyId }, select: { name: true } });
    return agency.name;
  }
  const units = await client.orgUnit.findMany({
    where: { agencyId: viewer.agencyId, id: { in: viewer.operatorUnits.map((u) => u.id) } },
    select: { name: true },
    orderBy: { path: "asc" },
  });
  return units.map((u) => u.name).join(", ");
}
