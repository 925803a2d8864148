import "server-only";
import { defineCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { hasPermission } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { interpolate } from "@/lib/i18n/format";
import { yearCloseSchema } from "@/lib/policy/schemas";
import { calendarToday } from "@/lib/time";
import { queryOver } from "./queries";
import { complianceRows, type ComplianceQuery } from "./sql";

/**
 * The content hash of a snapshot: SHA-256 over one canonical line per ASN, ordered by id. The same SQL
 * hashes the rows when the year is closed and again whenever the report checks them.
 */
function snapshotHash(rows: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT encode(sha256(convert_to(coalesce(string_agg(
             concat_ws('|', "employeeId", "unitId", "activeMonths", "targetMinutes", "creditedMinutes", status), E'\n'
             ORDER BY "employeeId"), ''), 'UTF8')), 'hex') AS hash,
           count(*)::int AS n
    FROM (${rows}) snapshot`;
}

function agencyQuery(agencyId: string, year: number, evaluatedOn: Date, client: Tx | typeof db): Promise<ComplianceQuery> {
  return queryOver(agencyId, year, { where: Prisma.sql`true`, agencyWide: true }, client, evaluatedOn);
}

export async function isYearClosed(agencyId: string, year: number, client: Tx | typeof db = db): Promise<boolean> {
  return !!(await client.yearClose.findUnique({ where: { agencyId_year: { agencyId, year } }, select: { year: true } }));
}

/**
 * Closes year Y for the agency: every ASN's figures are stored with a content hash, in one transaction.
 * Only after 31 December of Y, and only once.
 */
export const closeYear = defineCommand({
  name: "compliance.closeYear",
  permission: "close:year",
  schema: yearCloseSchema,
  revalidate: ["/admin/kepatuhan", "/admin/kepatuhan/tutup-tahun", "/admin/kebijakan"],
  successMessage: (m, result: { year: number; employeeCount: number }) => interpolate(m.jp.close.done, { year: result.year, count: result.employeeCount }),
  async run({ viewer, input, tx, audit }): Promise<{ year: number; employeeCount: number; contentHash: string }> {
    const today = calendarToday();
    if (today.getTime() <= Date.UTC(input.year, 11, 31)) throw new AppError("CONFLICT", "jp.close.notYet", undefined, { year: input.year });
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`year-close:${viewer.agencyId}:${input.year}`}))`;
    if (await isYearClosed(viewer.agencyId, input.year, tx)) throw new AppError("CONFLICT", "jp.close.alreadyClosed", undefined, { year: input.year });

    // Computed once into a temporary table, so the hash and the stored rows are the same figures.
    const query = await agencyQuery(viewer.agencyId, input.year, today, tx);
    await tx.$executeRaw`CREATE TEMPORARY TABLE year_close_rows ON COMMIT DROP AS
      SELECT "employeeId", "unitId", "activeMonths", "targetMinutes", "creditedMinutes", status FROM (${complianceRows(query)}) c`;
    const [{ hash, n }] = await tx.$queryRaw<[{ hash: string; n: number }]>`${snapshotHash(Prisma.sql`SELECT * FROM year_close_rows`)}`;
    await tx.yearClose.create({
      data: { agencyId: viewer.agencyId, year: input.year, closedById: viewer.userId, evaluatedOn: today, employeeCount: n, contentHash: hash },
    });
    await tx.$executeRaw`
      INSERT INTO "YearCloseRow" ("agencyId", year, "employeeId", "unitId", "activeMonths", "targetMinutes", "creditedMinutes", status)
      SELECT ${viewer.agencyId}::uuid, ${input.year}, "employeeId"::uuid, "unitId"::uuid, "activeMonths", "targetMinutes", "creditedMinutes", status
      FROM year_close_rows`;
    await audit({ action: "close", entity: "YearClose", entityId: `${viewer.agencyId}:${input.year}`, after: { employeeCount: n, contentHash: hash } });
    return { year: input.year as number, employeeCount: n, contentHash: hash };
  },
});

export type YearCloseChange = {
  employeeId: string;
  nip: string;
  name: string;
  creditedAtClose: number;
  creditedNow: number;
  statusAtClose: string;
  statusNow: string;
};

/** A closed year: who closed it, whether the snapshot still matches its hash, and what changed since. */
export async function yearCloseReport(viewer: Viewer, year: number) {
  if (!hasPermission(viewer.roles, "close:year")) return null;
  const close = await db.yearClose.findUnique({ where: { agencyId_year: { agencyId: viewer.agencyId, year } } });
  if (!close) return null;
  const closedBy = await db.user.findUnique({ where: { id: close.closedById }, select: { name: true } });
  const stored = Prisma.sql`
    SELECT "employeeId"::text AS "employeeId", "unitId"::text AS "unitId", "activeMonths", "targetMinutes", "creditedMinutes", status
    FROM "YearCloseRow" WHERE "agencyId" = ${viewer.agencyId}::uuid AND year = ${year}`;
  const [{ hash }] = await db.$queryRaw<[{ hash: string }]>`${snapshotHash(stored)}`;
  const query = await agencyQuery(viewer.agencyId, year, close.evaluatedOn, db);
  const changes = await db.$queryRaw<YearCloseChange[]>`
    WITH c AS (${complianceRows(query)})
    SELECT c."employeeId", c.nip, c.name, s."creditedMinutes" AS "creditedAtClose", c."creditedMinutes" AS "creditedNow",
           s.status AS "statusAtClose", c.status AS "statusNow"
    FROM c JOIN "YearCloseRow" s ON s."agencyId" = ${viewer.agencyId}::uuid AND s.year = ${year} AND s."employeeId" = c."employeeId"::uuid
    WHERE s."creditedMinutes" <> c."creditedMinutes" OR s.status <> c.status
    ORDER BY abs(c."creditedMinutes" - s."creditedMinutes") DESC, c.name
    LIMIT 500`;
  return { ...close, closedByName: closedBy?.name ?? "—", intact: hash === close.contentHash, changes };
}

export async function closedYears(viewer: Viewer) {
  if (!hasPermission(viewer.roles, "close:year")) return [];
  return db.yearClose.findMany({ where: { agencyId: viewer.agencyId }, orderBy: { year: "desc" }, select: { year: true, closedAt: true, employeeCount: true } });
}
