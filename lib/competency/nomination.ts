import "server-only";
// Nomination by need (issue 14 item 5): the ASN a viewer may nominate for a batch, eligible by the program's
// rules and not already registered, with the facts the ranking weighs (nomination-rules.ts): their gaps in the
// program's competencies (competency_gaps), their completed trainings this year, and their JP shortfall
// (lib/compliance's SQL). Who is listed follows who may act: the admin (enrolDirectly, the agency), an operator
// (nominate, their unit subtree); a supervisor may not nominate in Bangkom, so they get a read-only list of their staff.
import type { Viewer } from "@/lib/auth/load-viewer";
import { accessFor, hasPermission, type Role } from "@/lib/auth/permissions";
import { employeeScopeSql } from "@/lib/auth/scope";
import { PUBLISHED } from "@/lib/catalog/queries";
import { complianceRows } from "@/lib/compliance/sql";
import { queryOver } from "@/lib/compliance/queries";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ACTIVE_STATUSES } from "@/lib/enrolment/rules";
import { fullName } from "@/lib/people/rules";
import { calendarToday } from "@/lib/time";
import { pageWindow, type Page } from "@/lib/ui/pagination";
import { isUuid } from "@/lib/uuid";
import { rankCandidates, type CandidateFacts, type RankedCandidate } from "./nomination-rules";

export const CANDIDATES_PAGE_SIZE = 50;

/** enrol: the admin's direct enrolment; nominate: an operator's nomination; read: a supervisor's read-only list. */
export type NominationMode = "enrol" | "nominate" | "read";

export function nominationMode(viewer: Pick<Viewer, "roles">): NominationMode | null {
  if (hasPermission(viewer.roles, "decide:enrolment-agency")) return "enrol";
  if (hasPermission(viewer.roles, "nominate:enrolment")) return "nominate";
  if (accessFor(viewer.roles, "read:competency-gap").includes("team")) return "read";
  return null;
}

const ROLES_OF: Record<NominationMode, Role> = { enrol: "ADMIN", nominate: "OPERATOR", read: "SUPERVISOR" };
const PERMISSION_OF = { enrol: "decide:enrolment-agency", nominate: "nominate:enrolment", read: "read:competency-gap" } as const;

export type Candidate = CandidateFacts & { nip: string; unitName: string; positionName: string };

export type BatchForNomination = {
  id: string; number: number; programId: string; programTitle: string; status: string;
  competencies: { code: string; name: string; targetLevel: number }[];
};

export async function batchForNomination(viewer: Viewer, batchId: string): Promise<BatchForNomination | null> {
  if (!isUuid(batchId)) return null;
  const batch = await db.batch.findFirst({
    where: { id: batchId, agencyId: viewer.agencyId },
    select: {
      id: true, number: true, status: true,
      program: { select: { id: true, title: true, competencies: { select: { targetLevel: true, competency: { select: { code: true, name: true } } }, orderBy: { competency: { code: "asc" } } } } },
    },
  });
  // Outside the admin, only the batches the catalog shows (never a draft or a cancelled one).
  if (!batch || (!hasPermission(viewer.roles, "manage:program") && !PUBLISHED.includes(batch.status))) return null;
  return {
    id: batch.id, number: batch.number, status: batch.status, programId: batch.program.id, programTitle: batch.program.title,
    competencies: batch.program.competencies.map((c) => ({ code: c.competency.code, name: c.competency.name, targetLevel: c.targetLevel })),
  };
}

type Row = {
  employeeId: string; name: string; frontTitle: string | null; backTitle: string | null; nip: string; unitName: string; positionName: string;
  gaps: { code: string; gap: number }[]; notAssessed: string[]; trainings: number;
};

/** Every candidate of the batch the viewer may act on (or, as a supervisor, see), ranked by need. */
export async function rankedCandidates(viewer: Viewer, batch: BatchForNomination, today: Date = calendarToday()): Promise<RankedCandidate<Candidate>[]> {
  const mode = nominationMode(viewer);
  if (!mode) return [];
  const acting = { ...viewer, roles: viewer.roles.filter((r) => r === ROLES_OF[mode]) };
  const scope = await employeeScopeSql(acting, PERMISSION_OF[mode]);
  if (!scope) return [];
  const year = today.getUTCFullYear();
  const rows = await db.$queryRaw<Row[]>`
    WITH prog AS (
      SELECT pc."competencyId" AS competency_id, c.code FROM "ProgramCompetency" pc JOIN "Competency" c ON c.id = pc."competencyId"
       WHERE pc."programId" = ${batch.programId}::uuid
    ), g AS (
      SELECT g.employee_id,
             coalesce(json_agg(json_build_object('code', prog.code, 'gap', g.gap)) FILTER (WHERE g.gap > 0), '[]'::json) AS gaps,
             coalesce(array_agg(prog.code) FILTER (WHERE g.required_level IS NOT NULL AND g.current_level IS NULL), '{}') AS not_assessed
        FROM competency_gaps(${viewer.agencyId}::uuid, ${today}::date) g JOIN prog ON prog.competency_id = g.competency_id
       GROUP BY g.employee_id
    )
    SELECT e.id::text AS "employeeId", e.name, e."frontTitle", e."backTitle", e.nip, u.name AS "unitName", p.name AS "positionName",
           coalesce(g.gaps, '[]'::json) AS gaps, coalesce(g.not_assessed, '{}') AS "notAssessed",
           (SELECT count(*) FROM "Enrolment" en JOIN "Batch" b ON b.id = en."batchId"
             WHERE en."employeeId" = e.id AND en.completed IS TRUE AND b."endDate" >= make_date(${year}::int, 1, 1) AND b."endDate" < make_date(${year + 1}::int, 1, 1))::int AS trainings
      FROM "Employee" e
      JOIN "OrgUnit" u ON u.id = e."unitId"
      JOIN "Position" p ON p.id = e."positionId"
      JOIN "Program" pr ON pr.id = ${batch.programId}::uuid
      LEFT JOIN g ON g.employee_id = e.id
     WHERE ${scope.where}
       AND e."serviceStartDate" <= ${today}::date AND (e."serviceEndDate" IS NULL OR e."serviceEndDate" > ${today}::date)
       AND (cardinality(pr."eligibleTypes") = 0 OR p.type = ANY(pr."eligibleTypes"))
       AND (NOT EXISTS (SELECT 1 FROM "ProgramEligibleUnit" eu WHERE eu."programId" = pr.id)
            OR EXISTS (SELECT 1 FROM "ProgramEligibleUnit" eu JOIN "OrgUnit" eo ON eo.id = eu."unitId" WHERE eu."programId" = pr.id AND u.path LIKE eo.path || '%'))
       AND NOT EXISTS (SELECT 1 FROM "Enrolment" x WHERE x."batchId" = ${batch.id}::uuid AND x."employeeId" = e.id AND x.status::text = ANY(${[...ACTIVE_STATUSES]}::text[]))`;
  const shortfall = await shortfalls(viewer.agencyId, year, rows.map((r) => r.employeeId), today);
  return rankCandidates(
    rows.map((r) => ({
      employeeId: r.employeeId, name: fullName(r), nip: r.nip, unitName: r.unitName, positionName: r.positionName,
      gaps: r.gaps, notAssessed: r.notAssessed, trainingsThisYear: r.trainings, shortfallMinutes: shortfall.get(r.employeeId) ?? 0,
    })),
  );
}

/** JP target − JP credited this year (0 when met or exempt), from the compliance SQL over just these people. */
async function shortfalls(agencyId: string, year: number, employeeIds: string[], today: Date): Promise<Map<string, number>> {
  if (!employeeIds.length) return new Map();
  const query = await queryOver(agencyId, year, { where: Prisma.sql`e.id = ANY(${employeeIds}::uuid[])`, agencyWide: false }, db, today);
  const rows = await db.$queryRaw<{ employeeId: string; targetMinutes: number; creditedMinutes: number }[]>`
    WITH c AS (${complianceRows(query)}) SELECT "employeeId"::text AS "employeeId", "targetMinutes"::int AS "targetMinutes", "creditedMinutes"::int AS "creditedMinutes" FROM c`;
  return new Map(rows.map((r) => [r.employeeId, Math.max(0, r.targetMinutes - r.creditedMinutes)]));
}

export async function candidatesPage(viewer: Viewer, batch: BatchForNomination, page: number): Promise<Page<RankedCandidate<Candidate>>> {
  const all = await rankedCandidates(viewer, batch);
  const window = pageWindow(all, all.length, page, CANDIDATES_PAGE_SIZE);
  const start = (window.page - 1) * CANDIDATES_PAGE_SIZE;
  const rows = all.slice(start, start + CANDIDATES_PAGE_SIZE);
  return { ...window, rows, to: rows.length ? start + rows.length : 0 };
}
