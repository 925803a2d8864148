import "server-only";
// Reads of the audit trail, always inside the viewer's scope: an admin reads the agency's rows, an operator the
// rows about the employees and units of their subtree (AuditLog.subjectEmployeeId / subjectUnitId, filled by the
// trigger "AuditLog_subject"), nobody else anything. Newest first, keyset-paginated on (createdAt, id).
import { Prisma } from "@/lib/generated/prisma/client";
import { accessFor } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { readEmployeeQuery } from "@/lib/people/search";
import { instantRange, type AuditCursor, type AuditFilters } from "./filters";

export const AUDIT_PAGE_SIZE = 50;

/** Sign-ins and sign-outs (with addresses) are the agency's security record, not a change an operator reviews. */
export const SECURITY_ACTIONS = ["sign-in", "sign-in.failed", "sign-in.throttled", "sign-out"];

export type AuditRow = {
  id: bigint;
  createdAt: Date;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  actorUserId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  actorNip: string | null;
  subjectEmployeeId: string | null;
  subjectBatchId: string | null;
};

/** The audit rows the viewer may read, as a condition over "AuditLog" a; null when they may read none. */
export function auditScopeSql(viewer: Viewer): Prisma.Sql | null {
  const access = accessFor(viewer.roles, "read:audit-log");
  const agency = Prisma.sql`${viewer.agencyId}::uuid`;
  if (access.includes("any")) return Prisma.sql`a."agencyId" = ${agency}`;
  if (!access.includes("unit") || !viewer.operatorUnits.length) return null;
  const inSubtree = Prisma.join(viewer.operatorUnits.map((u) => Prisma.sql`u.path LIKE ${`${u.path}%`}`), " OR ");
  return Prisma.sql`a."agencyId" = ${agency}
    AND NOT (a.action = ANY(${SECURITY_ACTIONS}::text[]))
    AND (a."subjectEmployeeId" IN (SELECT e.id FROM "Employee" e JOIN "OrgUnit" u ON u.id = e."unitId" WHERE e."agencyId" = ${agency} AND (${inSubtree}))
      OR a."subjectUnitId" IN (SELECT u.id FROM "OrgUnit" u WHERE u."agencyId" = ${agency} AND (${inSubtree})))`;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const timestamp = (d: Date) => Prisma.sql`${d.toISOString().slice(0, 23)}::timestamp`;

/** The accounts a "who" search finds: NIP prefix of their employee, or a part of the name or e-mail. */
function actorSql(viewer: Viewer, q: string): Prisma.Sql {
  const query = readEmployeeQuery(q);
  const match =
    query?.kind === "nip"
      ? Prisma.sql`ae.nip LIKE ${`${query.prefix}%`}`
      : Prisma.sql`(usr.name ILIKE ${`%${escapeLike(q)}%`} OR usr.email ILIKE ${`%${escapeLike(q)}%`} OR ae.name ILIKE ${`%${escapeLike(q)}%`})`;
  return Prisma.sql`a."actorUserId" IN (
    SELECT usr.id FROM "User" usr LEFT JOIN "Employee" ae ON ae.id = usr."employeeId"
    WHERE usr."agencyId" = ${viewer.agencyId}::uuid AND ${match})`;
}

/** The filters as conditions over "AuditLog" a. */
export function auditFilterSql(viewer: Viewer, filters: AuditFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (filters.entity) where.push(Prisma.sql`a.entity = ${filters.entity}`);
  if (filters.entityId) where.push(Prisma.sql`a."entityId" = ${filters.entityId}`);
  if (filters.action) where.push(Prisma.sql`a.action = ${filters.action}`);
  if (filters.employeeId) where.push(Prisma.sql`a."subjectEmployeeId" = ${filters.employeeId}::uuid`);
  if (filters.batchId) where.push(Prisma.sql`a."subjectBatchId" = ${filters.batchId}::uuid`);
  const range = instantRange(filters);
  if (range.gte) where.push(Prisma.sql`a."createdAt" >= ${timestamp(range.gte)}`);
  if (range.lt) where.push(Prisma.sql`a."createdAt" < ${timestamp(range.lt)}`);
  if (filters.q) where.push(actorSql(viewer, filters.q));
  return where;
}

export type AuditQuery = { filters: AuditFilters; older?: AuditCursor; newer?: AuditCursor; limit: number };

/** The statement of one page; exported for the EXPLAIN test. Null when the viewer may read nothing. */
export function auditPageSql(viewer: Viewer, query: AuditQuery): Prisma.Sql | null {
  const scope = auditScopeSql(viewer);
  if (!scope) return null;
  const where = [scope, ...auditFilterSql(viewer, query.filters)];
  const ascending = Boolean(query.newer && !query.older);
  if (query.older) where.push(Prisma.sql`(a."createdAt", a.id) < (${timestamp(query.older.at)}, ${query.older.id}::bigint)`);
  if (query.newer) where.push(Prisma.sql`(a."createdAt", a.id) > (${timestamp(query.newer.at)}, ${query.newer.id}::bigint)`);
  const order = ascending ? Prisma.sql`a."createdAt" ASC, a.id ASC` : Prisma.sql`a."createdAt" DESC, a.id DESC`;
  return Prisma.sql`
    SELECT a.id, a."createdAt", a.action, a.entity, a."entityId", a.before, a.after, a."actorUserId"::text AS "actorUserId",
           a."subjectEmployeeId"::text AS "subjectEmployeeId", a."subjectBatchId"::text AS "subjectBatchId",
           usr.name AS "actorName", usr.email AS "actorEmail", ae.nip AS "actorNip"
    FROM "AuditLog" a
    LEFT JOIN "User" usr ON usr.id = a."actorUserId"
    LEFT JOIN "Employee" ae ON ae.id = usr."employeeId"
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${order}
    LIMIT ${query.limit}`;
}

export type AuditPage = { rows: AuditRow[]; older?: AuditCursor; newer?: AuditCursor };

const cursorOf = (row: AuditRow): AuditCursor => ({ at: row.createdAt, id: row.id });

/**
 * One page, newest first. `older`: the rows after that cursor; `newer`: the rows before it (read upwards, then
 * turned round). The page's own cursors are set only when there is something on that side.
 */
export async function listAuditPage(viewer: Viewer, query: Omit<AuditQuery, "limit"> & { limit?: number }): Promise<AuditPage> {
  const limit = query.limit ?? AUDIT_PAGE_SIZE;
  const sql = auditPageSql(viewer, { ...query, limit: limit + 1 });
  if (!sql) return { rows: [] };
  const fetched = await db.$queryRaw<AuditRow[]>(sql);
  const more = fetched.length > limit;
  const rows = fetched.slice(0, limit);
  if (query.newer && !query.older) {
    rows.reverse();
    return { rows, older: rows.length ? cursorOf(rows.at(-1)!) : undefined, newer: more ? cursorOf(rows[0]!) : undefined };
  }
  return {
    rows,
    older: more ? cursorOf(rows.at(-1)!) : undefined,
    newer: query.older && rows.length ? cursorOf(rows[0]!) : undefined,
  };
}

/** Up to `cap` + 1 rows' worth of counting: whether the filtered list is longer than an export may be. */
export async function exceedsCap(viewer: Viewer, filters: AuditFilters, cap: number): Promise<boolean> {
  const scope = auditScopeSql(viewer);
  if (!scope) return false;
  const where = Prisma.join([scope, ...auditFilterSql(viewer, filters)], " AND ");
  const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (SELECT 1 FROM "AuditLog" a WHERE ${where} LIMIT ${cap + 1}) t`;
  return Number(row?.n ?? 0) > cap;
}

/** The kinds of record the agency's log holds, for the filter's list: a loose index scan, one probe per kind. */
export async function auditEntityKinds(viewer: Viewer): Promise<string[]> {
  if (!auditScopeSql(viewer)) return [];
  const rows = await db.$queryRaw<{ entity: string }[]>`
    WITH RECURSIVE kinds AS (
      (SELECT entity FROM "AuditLog" WHERE "agencyId" = ${viewer.agencyId}::uuid ORDER BY entity LIMIT 1)
      UNION ALL
      SELECT (SELECT entity FROM "AuditLog" WHERE "agencyId" = ${viewer.agencyId}::uuid AND entity > k.entity ORDER BY entity LIMIT 1)
      FROM kinds k WHERE k.entity IS NOT NULL
    )
    SELECT entity FROM kinds WHERE entity IS NOT NULL LIMIT 200`;
  return rows.map((r) => r.entity);
}

/** The same for actions. */
export async function auditActionKinds(viewer: Viewer): Promise<string[]> {
  if (!auditScopeSql(viewer)) return [];
  const rows = await db.$queryRaw<{ action: string }[]>`
    WITH RECURSIVE kinds AS (
      (SELECT action FROM "AuditLog" WHERE "agencyId" = ${viewer.agencyId}::uuid ORDER BY action LIMIT 1)
      UNION ALL
      SELECT (SELECT action FROM "AuditLog" WHERE "agencyId" = ${viewer.agencyId}::uuid AND action > k.action ORDER BY action LIMIT 1)
      FROM kinds k WHERE k.action IS NOT NULL
    )
    SELECT action FROM kinds WHERE action IS NOT NULL LIMIT 200`;
  return rows.map((r) => r.action);
}
