import "server-only";
// Reads behind the rating forms and an ASN's results page, each scoped to the viewer in the data layer:
// a supervisor's staff (team scope), the viewer themself, or the people an admin/operator may read.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AssessmentSource } from "@/lib/generated/prisma/enums";
import { accessFor } from "@/lib/auth/permissions";
import { employeeScope, teamOf } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { isInService } from "@/lib/people/rules";
import { calendarToday } from "@/lib/time";
import { paginate, type Page } from "@/lib/ui/pagination";
import { ratableStandard, type RatableLine } from "./assessments-standard";

const PERSON = { id: true, nip: true, name: true, frontTitle: true, backTitle: true, serviceEndDate: true, position: { select: { id: true, name: true } }, unit: { select: { name: true } } } as const;

export type RatingForm = {
  employee: Prisma.EmployeeGetPayload<{ select: typeof PERSON }>;
  inService: boolean;
  lines: RatableLine[];
  /** The latest earlier rating of this source per competency (not withdrawn), if any. */
  previous: Map<string, { level: number; assessedOn: Date; assessorName: string }>;
};

async function ratingForm(agencyId: string, employeeId: string, source: Extract<AssessmentSource, "SUPERVISOR" | "SELF">): Promise<RatingForm | null> {
  const employee = await db.employee.findFirst({ where: { id: employeeId, agencyId }, select: PERSON });
  if (!employee) return null;
  const today = calendarToday();
  const lines = await ratableStandard(db, agencyId, employee.position.id, today);
  const earlier = await db.competencyAssessment.findMany({
    where: { agencyId, employeeId, source, withdrawnAt: null, competencyId: { in: lines.map((l) => l.competencyId) } },
    orderBy: [{ assessedOn: "desc" }, { recordedAt: "desc" }],
    select: { competencyId: true, level: true, assessedOn: true, assessorName: true },
  });
  const previous = new Map<string, { level: number; assessedOn: Date; assessorName: string }>();
  for (const e of earlier) if (!previous.has(e.competencyId)) previous.set(e.competencyId, e);
  return { employee, inService: isInService(employee, today), lines, previous };
}

/** A supervisor's form for one of their staff; null (a 404) for anyone outside their team. */
export async function staffRatingForm(viewer: Viewer, employeeId: string): Promise<RatingForm | null> {
  if (!viewer.employeeId || !accessFor(viewer.roles, "record:assessment").includes("team")) return null;
  const team = await teamOf(viewer.employeeId, viewer.supervisorSeesIndirect);
  if (!team.some((m) => m.id === employeeId)) return null;
  return ratingForm(viewer.agencyId, employeeId, "SUPERVISOR");
}

/** The viewer's own self-rating form; null for an account without an employee. */
export async function selfRatingForm(viewer: Viewer): Promise<RatingForm | null> {
  if (!viewer.employeeId || !accessFor(viewer.roles, "record:assessment").includes("own")) return null;
  return ratingForm(viewer.agencyId, viewer.employeeId, "SELF");
}

export type ResultRow = {
  id: string; code: string; competencyName: string; level: number; assessedOn: Date; validUntil: Date; source: AssessmentSource;
  assessorName: string; assessorNip: string | null; documentNumber: string | null; importFileName: string | null; recordedAt: Date;
  recordedByName: string | null; withdrawnAt: Date | null; withdrawnReason: string | null; withdrawnByName: string | null;
};

const PAGE_SIZE = 50;

/**
 * Every recorded result of one ASN the viewer may read (admin: agency; operator: their unit subtree), newest first,
 * with the first day each stops being valid (assessedOn + the agency's validity years for its source).
 * Null when the person is outside the viewer's reach.
 */
export async function assessmentsOf(viewer: Viewer, employeeId: string, page: number): Promise<{ employee: RatingForm["employee"]; results: Page<ResultRow> } | null> {
  const scope = await employeeScope(viewer, "read:competency-profile");
  if (!scope) return null;
  const employee = await db.employee.findFirst({ where: { AND: [scope, { id: employeeId }] }, select: PERSON });
  if (!employee) return null;
  const agencyId = viewer.agencyId;
  const results = await paginate(page, PAGE_SIZE,
    () => db.competencyAssessment.count({ where: { agencyId, employeeId } }),
    (skip, take) => db.$queryRaw<ResultRow[]>`
      WITH validity AS (
        SELECT coalesce(s."validityAssessmentCentre", 3) AS ac, coalesce(s."validityUjiKompetensi", 3) AS uk,
               coalesce(s."validityMultiRater", 1) AS mr, coalesce(s."validitySupervisor", 1) AS sv, coalesce(s."validitySelf", 1) AS sf
          FROM (SELECT ${agencyId}::uuid AS id) a LEFT JOIN "CompetencySettings" s ON s."agencyId" = a.id
      )
      SELECT r.id::text, c.code, c.name AS "competencyName", r.level, r."assessedOn",
             (r."assessedOn" + make_interval(years => CASE r.source WHEN 'ASSESSMENT_CENTRE' THEN v.ac WHEN 'UJI_KOMPETENSI' THEN v.uk
               WHEN 'MULTI_RATER' THEN v.mr WHEN 'SUPERVISOR' THEN v.sv ELSE v.sf END))::date AS "validUntil",
             r.source::text AS source, r."assessorName", ae.nip AS "assessorNip", r."documentNumber", ir."fileName" AS "importFileName",
             r."recordedAt", ru.name AS "recordedByName", r."withdrawnAt", r."withdrawnReason", wu.name AS "withdrawnByName"
        FROM "CompetencyAssessment" r CROSS JOIN validity v
        JOIN "Competency" c ON c.id = r."competencyId" AND c."agencyId" = r."agencyId"
        LEFT JOIN "Employee" ae ON ae.id = r."assessorEmployeeId" AND ae."agencyId" = r."agencyId"
        LEFT JOIN "ImportRun" ir ON ir.id = r."importRunId" AND ir."agencyId" = r."agencyId"
        LEFT JOIN "User" ru ON ru.id = r."recordedById" AND ru."agencyId" = r."agencyId"
        LEFT JOIN "User" wu ON wu.id = r."withdrawnById" AND wu."agencyId" = r."agencyId"
       WHERE r."agencyId" = ${agencyId}::uuid AND r."employeeId" = ${employeeId}::uuid
       ORDER BY r."assessedOn" DESC, r."recordedAt" DESC, r.id DESC
       OFFSET ${skip} LIMIT ${take}`);
  return { employee, results };
}
