import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { employeeScopeSql } from "@/lib/auth/scope";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SiasnCourse } from "./siasn-rules";
import { managerView } from "./spec";

type Client = Tx | typeof db;

/**
 * The courses of year Y that SIASN should hold, for the employees an admin (the whole agency) or an operator
 * (their unit subtree) may see; other roles get nothing. One SQL query over the ledger:
 * - every entry of Y is keyed to its course: its batch or external training, or, for a correction that names
 *   neither, those of the entry it corrects;
 * - entries are summed per (employee, course), so a credit and its reversal cancel; only net minutes > 0 remain;
 * - a batch brings its program (title, route code, organiser), dates and venue; an external training its own
 *   fields and certificate number, and only while it is VERIFIED (a submission never reaches the ledger anyway);
 * - the certificate number of internal training is the one issued for the participation (Certificate of the
 *   enrolment, not revoked); empty while none is issued.
 */
export async function siasnCourses(viewer: Viewer, year: number, filters: { unitId?: string } = {}, client: Client = db): Promise<SiasnCourse[]> {
  const scope = await employeeScopeSql(managerView(viewer), "read:compliance", client);
  if (!scope) return [];
  // A unit (the compliance page's): its subtree, inside the viewer's scope; a unit of another agency finds nothing.
  const unit = filters.unitId
    ? Prisma.sql`AND u.path LIKE (SELECT path FROM "OrgUnit" WHERE id = ${filters.unitId}::uuid AND "agencyId" = ${viewer.agencyId}::uuid) || '%'`
    : Prisma.empty;
  return client.$queryRaw<SiasnCourse[]>`
    WITH people AS MATERIALIZED (
      SELECT e.id, e.nip, e.name
      FROM "Employee" e JOIN "OrgUnit" u ON u.id = e."unitId"
      WHERE e."agencyId" = ${viewer.agencyId}::uuid AND (${scope.where}) ${unit}
    ),
    keyed AS (
      SELECT l."employeeId", l.minutes,
             coalesce(l."batchId", c."batchId") AS "batchId",
             CASE WHEN coalesce(l."batchId", c."batchId") IS NULL
                  THEN coalesce(l."externalTrainingId", c."externalTrainingId") END AS "externalTrainingId"
      FROM "LedgerEntry" l
      JOIN people p ON p.id = l."employeeId"
      LEFT JOIN "LedgerEntry" c ON c.id = l."correctsId" AND c."agencyId" = l."agencyId"
      WHERE l."agencyId" = ${viewer.agencyId}::uuid AND l.year = ${year}
    ),
    net AS (
      SELECT "employeeId", "batchId", "externalTrainingId", sum(minutes)::int AS minutes
      FROM keyed
      WHERE "batchId" IS NOT NULL OR "externalTrainingId" IS NOT NULL
      GROUP BY 1, 2, 3
      HAVING sum(minutes) > 0
    )
    SELECT p.nip, p.name,
           coalesce(pr."routeCode", et."routeCode")::text AS "routeCode",
           coalesce(pr.title, et.title) AS title,
           n.minutes,
           -- Internal training: the number of the certificate issued for that participation (not revoked);
           -- external training: the number on its own certificate, if it has one.
           CASE WHEN b.id IS NOT NULL THEN cert.number ELSE nullif(trim(et."certificateNumber"), '') END AS "certificateNumber",
           ${year}::int AS year,
           coalesce(b."startDate", et."startDate") AS "startDate",
           coalesce(b."endDate", et."endDate") AS "endDate",
           coalesce(pr.organiser, et.organiser) AS organiser,
           CASE WHEN b.id IS NOT NULL THEN b.venue ELSE et.location END AS location,
           (b.id IS NOT NULL AND nullif(trim(b.venue), '') IS NULL AND b."onlineUrl" IS NOT NULL) AS online
    FROM net n
    JOIN people p ON p.id = n."employeeId"
    LEFT JOIN "Batch" b ON b.id = n."batchId" AND b."agencyId" = ${viewer.agencyId}::uuid
    LEFT JOIN "Program" pr ON pr.id = b."programId"
    LEFT JOIN "Enrolment" en ON en."batchId" = b.id AND en."employeeId" = n."employeeId" AND en."agencyId" = ${viewer.agencyId}::uuid
    LEFT JOIN "Certificate" cert ON cert."enrolmentId" = en.id AND cert."agencyId" = ${viewer.agencyId}::uuid AND cert."revokedAt" IS NULL
    LEFT JOIN "ExternalTraining" et ON et.id = n."externalTrainingId" AND et."agencyId" = ${viewer.agencyId}::uuid
    WHERE b.id IS NOT NULL OR et.status = 'VERIFIED'
    ORDER BY p.name, p.nip, coalesce(b."startDate", et."startDate"), title`;
}
