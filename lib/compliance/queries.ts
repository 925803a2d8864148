import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EmployeeKind, PositionType } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/load-viewer";
import { accessFor } from "@/lib/auth/permissions";
import { employeeScopeSql, teamOf } from "@/lib/auth/scope";
import { db, type Tx } from "@/lib/db";
import { policyFor } from "@/lib/policy/queries";
import { employeeSearchSql } from "@/lib/people/search";
import { leanDb } from "@/lib/sql-transaction";
import { calendarToday } from "@/lib/time";
import type { ComplianceStatus } from "./rules";
import { runCancellable, tagged } from "./cancellable";
import { equitySql, summarySql } from "./figures-sql";
import type { ListSort } from "./list-sort";
import { listOrderSql, sortsByUnit, ZERO_JP } from "./list-sql";
import { complianceRows, RISK_ORDER, type ComplianceQuery, type ComplianceSqlRow } from "./sql";

export { summarySql };

export type ComplianceRow = ComplianceSqlRow & { unitName: string; opdName: string };

export type ComplianceFilters = {
  unitId?: string;
  positionType?: PositionType;
  kind?: EmployeeKind;
  status?: ComplianceStatus;
  /** Name or NIP. */
  q?: string;
  /** The figures as of this date (default today): see `asOfParam` in rules.ts. */
  asOf?: Date;
  /** Only the ASN with an obligation and no JP credited (the dashboard's "ASN dengan 0 JP"); the list only. */
  zeroJp?: boolean;
  /** The list's order (lib/compliance/list-sort.ts); absent is by risk, furthest behind first. */
  sort?: ListSort;
};

type Client = Tx | typeof db;

/** A query of year Y over the employees `scope` selects, under the agency's policy for that year. */
export async function queryOver(
  agencyId: string,
  year: number,
  scope: { where: Prisma.Sql; agencyWide: boolean },
  client: Client = db,
  evaluatedOn: Date = calendarToday(),
): Promise<ComplianceQuery> {
  return { agencyId, year, evaluatedOn, policy: await policyFor(agencyId, year, client), scope: scope.where, agencyWide: scope.agencyWide };
}

/** The query for everything the viewer may see of year Y, narrowed by filters; null when they see nobody. */
export async function complianceQuery(
  viewer: Viewer,
  year: number,
  filters: Omit<ComplianceFilters, "status"> = {},
  client: Client = db,
): Promise<ComplianceQuery | null> {
  const asOf = filters.asOf ?? calendarToday();
  const scope = await employeeScopeSql(viewer, "read:compliance", client);
  if (!scope) return null;
  const narrow: Prisma.Sql[] = [scope.where];
  if (filters.unitId) {
    narrow.push(Prisma.sql`u.path LIKE (SELECT path FROM "OrgUnit" WHERE id = ${filters.unitId}::uuid AND "agencyId" = ${viewer.agencyId}::uuid) || '%'`);
  }
  if (filters.positionType) narrow.push(Prisma.sql`p.type::text = ${filters.positionType}`);
  if (filters.kind) narrow.push(Prisma.sql`e.kind::text = ${filters.kind}`);
  const search = employeeSearchSql(filters.q);
  if (search) narrow.push(search);
  return queryOver(viewer.agencyId, year, { where: Prisma.join(narrow, " AND "), agencyWide: scope.agencyWide && narrow.length === 1 }, client, asOf);
}

const withNames = Prisma.sql`
  SELECT c.*, u.name AS "unitName", coalesce(o.name, u.name) AS "opdName"
  FROM c JOIN "OrgUnit" u ON u.id = c."unitId"::uuid LEFT JOIN "OrgUnit" o ON o.id::text = c."opdId"`;

/**
 * One ASN's figures for year Y, if the viewer may see them. On every view of /jp, so outside a transaction the
 * statement is prepared: PostgreSQL took 4.6 ms to plan it and 1 ms to run it.
 */
export async function complianceOf(viewer: Viewer, employeeId: string, year: number, client: Client = db): Promise<ComplianceRow | null> {
  const query = await complianceQuery(viewer, year, {}, client);
  if (!query) return null;
  const scoped = { ...query, scope: Prisma.sql`${query.scope} AND e.id = ${employeeId}::uuid`, agencyWide: false };
  const statement = Prisma.sql`WITH c AS (${complianceRows(scoped)}) ${withNames}`;
  const rows = client === db ? await leanDb().$queryPrepared<ComplianceRow[]>(statement) : await client.$queryRaw<ComplianceRow[]>(statement);
  return rows[0] ?? null;
}

export type StatusCounts = Record<ComplianceStatus, number>;

/**
 * A page of the list, in the order asked for (by risk when none), with the count of each status over the whole
 * filtered list. One statement: the rows are computed once, counted, sorted in SQL (a top-N sort, so 100,000 ASN
 * stay fast), and only the page's rows are named. Through `db`, it runs with the statement timeout and is
 * cancelled when the request is abandoned (throws StatementStopped).
 */
export async function complianceList(
  viewer: Viewer,
  year: number,
  filters: ComplianceFilters,
  page: { skip: number; take: number },
  client: Client = db,
): Promise<{ rows: ComplianceRow[]; total: number; counts: StatusCounts }> {
  const counts: StatusCounts = { EXEMPT: 0, COMPLIANT: 0, ON_TRACK: 0, AT_RISK: 0, NON_COMPLIANT: 0 };
  const query = await complianceQuery(viewer, year, filters, client);
  if (!query) return { rows: [], total: 0, counts };
  const statusFilter = filters.status ? Prisma.sql`WHERE status = ${filters.status}` : Prisma.empty;
  const order = filters.sort ? listOrderSql(filters.sort) : RISK_ORDER;
  // The unit sort needs the unit's name before the page is cut; any other sort names only the page's rows.
  const sortUnit = sortsByUnit(filters.sort)
    ? Prisma.sql`SELECT f.*, su.name AS "sortUnit" FROM f JOIN "OrgUnit" su ON su.id = f."unitId"::uuid`
    : Prisma.sql`SELECT f.*, NULL::text AS "sortUnit" FROM f`;
  const statement = Prisma.sql`
    WITH c AS MATERIALIZED (${complianceRows(query)}),
    f AS (SELECT * FROM c ${filters.zeroJp ? Prisma.sql`WHERE ${ZERO_JP}` : Prisma.empty}),
    counted AS (SELECT status, count(*)::int AS n FROM f GROUP BY status),
    page AS (SELECT * FROM (${sortUnit}) s ${statusFilter} ORDER BY ${order} OFFSET ${page.skip} LIMIT ${page.take}),
    named AS (
      SELECT p.*, u.name AS "unitName", coalesce(o.name, u.name) AS "opdName"
      FROM page p JOIN "OrgUnit" u ON u.id = p."unitId"::uuid LEFT JOIN "OrgUnit" o ON o.id::text = p."opdId"
    )
    SELECT (SELECT json_agg(named ORDER BY ${order}) FROM named) AS rows,
           (SELECT json_object_agg(status, n) FROM counted) AS counts`;
  type Result = [{ rows: (ComplianceRow & { sortUnit?: string | null })[] | null; counts: Partial<StatusCounts> | null }];
  // Through the dashboard's own client: with the statement timeout, cancelled when the request is abandoned.
  const [result] = client === db ? await runCancellable<Result>((tag) => tagged(tag, statement)) : await client.$queryRaw<Result>(statement);
  Object.assign(counts, result.counts ?? {});
  const total = filters.status ? counts[filters.status] : Object.values(counts).reduce((sum, n) => sum + n, 0);
  const rows = (result.rows ?? []).map(({ sortUnit: _, ...row }) => row);
  return { rows, total, counts };
}

/** Every row of the filtered list, sorted by risk: for exports and the supervisor's team. */
export async function complianceAll(viewer: Viewer, year: number, filters: ComplianceFilters = {}, client: Client = db): Promise<ComplianceRow[]> {
  const query = await complianceQuery(viewer, year, filters, client);
  if (!query) return [];
  const conditions = [
    ...(filters.status ? [Prisma.sql`status = ${filters.status}`] : []),
    ...(filters.zeroJp ? [ZERO_JP] : []),
  ];
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  return client.$queryRaw<ComplianceRow[]>`
    WITH c AS (${complianceRows(query)}), named AS (${withNames}) SELECT * FROM named ${where} ORDER BY ${RISK_ORDER}`;
}

export type OpdSummary = {
  opdId: string;
  opdName: string;
  headcount: number;
  /** ASN with at least one active month: the denominator of every share. */
  obligated: number;
  compliant: number;
  onTrack: number;
  atRisk: number;
  nonCompliant: number;
  exempt: number;
  zeroJp: number;
  averageMinutes: number;
  medianMinutes: number;
};

/** Aggregates of an already-built query, grouped by OPD (top-level unit), plus the total as opdId "". */
export async function summaryOf(query: ComplianceQuery, client: Client = db): Promise<OpdSummary[]> {
  return client.$queryRaw<OpdSummary[]>`${summarySql(query)}`;
}

/** Per-OPD figures for what the viewer may see; the last row is the total. */
export async function complianceByOpd(viewer: Viewer, year: number, filters: Omit<ComplianceFilters, "status"> = {}, client: Client = db): Promise<OpdSummary[]> {
  const query = await complianceQuery(viewer, year, filters, client);
  return query ? summaryOf(query, client) : [];
}

export type Equity = {
  /** ASN (with an obligation this year) by number of trainings credited: 0, 1, 2, 3 or more. */
  buckets: [number, number, number, number];
  places: number;
  /** Share (0–1) of all training places that went to the most-trained 10% of ASN. */
  topDecileShare: number;
};

/** The "same people every time" panel: how training places are spread over the ASN in scope. */
export async function equityOf(viewer: Viewer, year: number, filters: Omit<ComplianceFilters, "status"> = {}, client: Client = db): Promise<Equity> {
  const query = await complianceQuery(viewer, year, filters, client);
  if (!query) return { buckets: [0, 0, 0, 0], places: 0, topDecileShare: 0 };
  const [row] = await client.$queryRaw<EquityCounts[]>`${equitySql(query)}`;
  return equityFromCounts(row);
}

export type EquityCounts = { b0: number; b1: number; b2: number; b3: number; places: number; top: number };

/** The panel's figures from the counts of `equitySql` (or of the dashboard's statement). */
export function equityFromCounts(row: EquityCounts | null | undefined): Equity {
  if (!row) return { buckets: [0, 0, 0, 0], places: 0, topDecileShare: 0 };
  return {
    buckets: [row.b0, row.b1, row.b2, row.b3],
    places: row.places,
    topDecileShare: row.places ? row.top / row.places : 0,
  };
}

/** The supervisor's own staff (not whatever else their other roles reach), furthest behind first. */
export async function teamCompliance(viewer: Viewer, year: number, client: Client = db): Promise<ComplianceRow[]> {
  if (!viewer.employeeId || !accessFor(viewer.roles, "read:compliance").includes("team")) return [];
  const team = await teamOf(viewer.employeeId, viewer.supervisorSeesIndirect, client);
  if (!team.length) return [];
  const query = await queryOver(viewer.agencyId, year, { where: Prisma.sql`e.id = ANY(${team.map((m) => m.id)}::uuid[])`, agencyWide: false }, client);
  return client.$queryRaw<ComplianceRow[]>`WITH c AS (${complianceRows(query)}), named AS (${withNames}) SELECT * FROM named ORDER BY ${RISK_ORDER}`;
}
