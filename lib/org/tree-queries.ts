import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { calendarToday } from "@/lib/time";
import { unitScopeSql } from "./scope";

/** A unit as the tree shows it: its headcounts (in service today) and its head position with its holder. */
export type UnitRow = {
  id: string;
  parentId: string | null;
  path: string;
  depth: number;
  name: string;
  code: string;
  kind: UnitKind;
  siasnId: string | null;
  closedOn: Date | null;
  headPositionId: string | null;
  headPositionName: string | null;
  /** The first holder of the head position (by name) and how many hold it. */
  headHolder: { name: string; frontTitle: string | null; backTitle: string | null } | null;
  headHolders: number;
  /** In-service employees placed directly in the unit, and in the unit with all its sub-units. */
  direct: number;
  total: number;
};

type Raw = Omit<UnitRow, "headHolder"> & { holderName: string | null; holderFront: string | null; holderBack: string | null };

/**
 * Every unit of the viewer's scope with its headcounts, in one statement. A unit's total is the sum of the direct
 * counts of every unit whose path runs through it: each staffed unit's path is split into its ancestors' ids
 * (the path's prefixes), so the work grows with units × depth, not units².
 */
export async function unitRows(viewer: Viewer, opts: { unitId?: string; client?: Tx | typeof db } = {}): Promise<UnitRow[]> {
  const scope = unitScopeSql(viewer, "read:organisation");
  if (!scope) return [];
  const today = calendarToday();
  const only = opts.unitId ? Prisma.sql`AND u.id = ${opts.unitId}::uuid` : Prisma.empty;
  const rows = await (opts.client ?? db).$queryRaw<Raw[]>`
    WITH staff AS (
      SELECT e."unitId", count(*)::int AS n FROM "Employee" e
      WHERE e."agencyId" = ${viewer.agencyId}::uuid AND (e."serviceEndDate" IS NULL OR e."serviceEndDate" >= ${today}::date)
      GROUP BY e."unitId"
    ), totals AS (
      SELECT a.id::uuid AS id, sum(s.n)::int AS n
      FROM staff s JOIN "OrgUnit" su ON su.id = s."unitId"
      CROSS JOIN LATERAL unnest(string_to_array(btrim(su.path, '/'), '/')) AS a(id)
      GROUP BY a.id
    )
    SELECT u.id::text, u."parentId"::text AS "parentId", u.path, u.depth, u.name, u.code, u.kind::text AS kind, u."siasnId",
           u."closedOn", u."headPositionId"::text AS "headPositionId", hp.name AS "headPositionName",
           coalesce(d.n, 0)::int AS direct, coalesce(t.n, 0)::int AS total,
           h.name AS "holderName", h."frontTitle" AS "holderFront", h."backTitle" AS "holderBack", coalesce(h.holders, 0)::int AS "headHolders"
    FROM "OrgUnit" u
    LEFT JOIN staff d ON d."unitId" = u.id
    LEFT JOIN totals t ON t.id = u.id
    LEFT JOIN "Position" hp ON hp.id = u."headPositionId"
    LEFT JOIN LATERAL (
      SELECT e.name, e."frontTitle", e."backTitle", count(*) OVER ()::int AS holders FROM "Employee" e
      WHERE e."positionId" = u."headPositionId" AND (e."serviceEndDate" IS NULL OR e."serviceEndDate" >= ${today}::date)
      ORDER BY e.name LIMIT 1
    ) h ON true
    WHERE ${scope} ${only}
    ORDER BY u.path`;
  return rows.map(({ holderName, holderFront, holderBack, ...row }) => ({
    ...row,
    headHolder: holderName ? { name: holderName, frontTitle: holderFront, backTitle: holderBack } : null,
  }));
}
