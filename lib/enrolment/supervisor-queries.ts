import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BatchStatus, EnrolmentOrigin, EnrolmentStatus } from "@/lib/generated/prisma/enums";
import { employeeScopeSql } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { jpMinutes, type SessionTimes } from "@/lib/catalog/rules";
import { db } from "@/lib/db";
import { ledgerYear } from "@/lib/ledger/rules";
import { employeeSearchSql } from "@/lib/people/search";
import { policyOrDefault } from "@/lib/policy/rules";
import { leanDb } from "@/lib/sql-transaction";
import { calendarToday } from "@/lib/time";
import { clampPage, pageWindow, type Page } from "@/lib/ui/pagination";

// What a supervisor sees of their staff's training: registrations awaiting their decision, and the training
// the team has coming up or completed this year. Everything starts from the team scope of the decision
// permission (the same scope decideAsSupervisor checks), inside the viewer's agency.

const PENDING_LIMIT = 100;
const PAGE_SIZE = 20;

type Person = { id: string; nip: string; name: string; frontTitle: string | null; backTitle: string | null; position: { name: string }; unit: { name: string } };
type BatchSummary = { id: string; number: number; startDate: Date; endDate: Date; status: BatchStatus; program: { title: string } };

/** The columns a row of either list reads about its person and batch (`e`, `po`, `u`, `b`, `pr`), flat. */
const PERSON_AND_BATCH_COLUMNS = Prisma.sql`
  e.id::text AS "employeeId", e.nip, e.name, e."frontTitle", e."backTitle", po.name AS "positionName", u.name AS "unitName",
  b.id::text AS "batchId", b.number, b."startDate", b."endDate", b.status::text AS "batchStatus", pr.title AS "programTitle"`;
const PERSON_AND_BATCH_JOINS = Prisma.sql`
  JOIN "Employee" e ON e.id = en."employeeId"
  JOIN "OrgUnit" u ON u.id = e."unitId"
  JOIN "Position" po ON po.id = e."positionId"
  JOIN "Batch" b ON b.id = en."batchId"
  JOIN "Program" pr ON pr.id = b."programId"`;

type PersonAndBatchColumns = {
  employeeId: string; nip: string; name: string; frontTitle: string | null; backTitle: string | null; positionName: string; unitName: string;
  batchId: string; number: number; startDate: Date; endDate: Date; batchStatus: BatchStatus; programTitle: string;
};

const personOf = (r: PersonAndBatchColumns): Person => ({
  id: r.employeeId, nip: r.nip, name: r.name, frontTitle: r.frontTitle, backTitle: r.backTitle, position: { name: r.positionName }, unit: { name: r.unitName },
});
const batchOf = (r: PersonAndBatchColumns): BatchSummary => ({
  id: r.batchId, number: r.number, startDate: r.startDate, endDate: r.endDate, status: r.batchStatus, program: { title: r.programTitle },
});

const teamScope = (viewer: Viewer) => employeeScopeSql(viewer, "decide:enrolment-supervisor");

export type PendingApproval = { id: string; origin: EnrolmentOrigin; createdAt: Date; employee: Person; batch: BatchSummary; plannedMinutes: number };

/**
 * Registrations of the viewer's staff waiting for the supervisor, oldest first, with the batch's planned JP minutes.
 * One prepared statement (with the total), as every supervisor's view of the page runs it.
 */
export async function listPendingApprovals(viewer: Viewer): Promise<{ rows: PendingApproval[]; total: number }> {
  const scope = await teamScope(viewer);
  if (!scope) return { rows: [], total: 0 };
  const found = await leanDb().$queryPrepared<(PersonAndBatchColumns & { id: string; origin: EnrolmentOrigin; createdAt: Date; total: number; sessions: SessionTimes[] })[]>(Prisma.sql`
    SELECT en.id::text AS id, en.origin::text AS origin, en."createdAt", count(*) OVER ()::int AS total, ${PERSON_AND_BATCH_COLUMNS},
      (SELECT coalesce(json_agg(json_build_object('kind', s.kind, 'startMinute', s."startMinute", 'endMinute', s."endMinute", 'cancelled', s.cancelled)), '[]')
       FROM "RundownSession" s WHERE s."batchId" = b.id) AS sessions
    FROM "Enrolment" en ${PERSON_AND_BATCH_JOINS}
    WHERE en."agencyId" = ${viewer.agencyId}::uuid AND en.status = 'PENDING_SUPERVISOR' AND ${scope.where}
    ORDER BY en."createdAt", en.id
    LIMIT ${PENDING_LIMIT}`);
  const years = [...new Set(found.map((r) => ledgerYear(r.endDate)))];
  const policies = years.length
    ? await db.agencyPolicy.findMany({ where: { agencyId: viewer.agencyId, year: { in: years } }, select: { year: true, jpSessionKinds: true } })
    : [];
  return {
    total: found[0]?.total ?? 0,
    rows: found.map((r) => {
      const policy = policyOrDefault(policies.find((p) => p.year === ledgerYear(r.endDate)));
      return { id: r.id, origin: r.origin, createdAt: r.createdAt, employee: personOf(r), batch: batchOf(r), plannedMinutes: jpMinutes(r.sessions, policy.jpSessionKinds) };
    }),
  };
}

export type TeamTrainingTab = "upcoming" | "completed";
export const TEAM_TRAINING_TABS: readonly TeamTrainingTab[] = ["upcoming", "completed"];
export const UPCOMING_STATUSES: readonly EnrolmentStatus[] = ["CONFIRMED", "WAITLISTED", "PENDING_AGENCY"];

export type TeamTrainingRow = { id: string; status: EnrolmentStatus; completed: boolean | null; employee: Person; batch: BatchSummary; creditedMinutes: number };

export type TeamTraining = {
  tab: TeamTrainingTab;
  year: number;
  counts: Record<TeamTrainingTab, number>;
  page: Page<TeamTrainingRow>;
};

const TAB_ORDER: Record<TeamTrainingTab, Prisma.Sql> = {
  upcoming: Prisma.sql`b."startDate" ASC, e.name ASC, en.id ASC`,
  completed: Prisma.sql`b."endDate" DESC, e.name ASC, en.id ASC`,
};

/**
 * The team's training, one tab at a time: upcoming (still holding or waiting for a seat, in a batch that has
 * not started) or completed this calendar year (marked completed when the batch closed, or with JP credited
 * for it in the ledger). Both tabs are counted so their labels can show the totals. Two statements: the counts,
 * then the page, each the same rows: the staff in scope (and matching the search), their registrations, and the
 * net JP credited this year per person and batch (reversed credits net to zero and drop out).
 */
export async function listTeamTraining(
  viewer: Viewer,
  opts: { tab?: TeamTrainingTab; q?: string; page?: number },
  today: Date = calendarToday(),
): Promise<TeamTraining> {
  const tab = opts.tab ?? "upcoming";
  const year = today.getUTCFullYear();
  const empty: TeamTraining = { tab, year, counts: { upcoming: 0, completed: 0 }, page: pageWindow([], 0, 1, PAGE_SIZE) };
  const scope = await teamScope(viewer);
  if (!scope) return empty;

  const search = employeeSearchSql(opts.q);
  const day = today.toISOString().slice(0, 10);
  const rows = Prisma.sql`
    WITH credited AS (
      SELECT l."employeeId", l."batchId", sum(l.minutes)::int AS minutes
      FROM "LedgerEntry" l JOIN "Employee" e ON e.id = l."employeeId" JOIN "OrgUnit" u ON u.id = e."unitId"
      WHERE l."agencyId" = ${viewer.agencyId}::uuid AND l.year = ${year}::int AND l."batchId" IS NOT NULL AND ${scope.where}
      GROUP BY l."employeeId", l."batchId"
    ),
    tabbed AS (
      SELECT en.id, coalesce(c.minutes, 0) AS "creditedMinutes",
        en.status::text = ANY(${[...UPCOMING_STATUSES]}::text[]) AND b."startDate" >= ${day}::date AND b.status <> 'CANCELLED' AS upcoming,
        (coalesce(en.completed, false) AND b."endDate" >= make_date(${year}::int, 1, 1) AND b."endDate" < make_date(${year + 1}::int, 1, 1))
          OR coalesce(c.minutes, 0) > 0 AS completed
      FROM "Enrolment" en
      JOIN "Employee" e ON e.id = en."employeeId" JOIN "OrgUnit" u ON u.id = e."unitId" JOIN "Batch" b ON b.id = en."batchId"
      LEFT JOIN credited c ON c."employeeId" = en."employeeId" AND c."batchId" = en."batchId"
      WHERE en."agencyId" = ${viewer.agencyId}::uuid AND ${scope.where} ${search ? Prisma.sql`AND ${search}` : Prisma.empty}
    )`;
  const [counted] = await leanDb().$queryPrepared<{ upcoming: number; completed: number }[]>(Prisma.sql`
    ${rows} SELECT count(*) FILTER (WHERE upcoming)::int AS upcoming, count(*) FILTER (WHERE completed)::int AS completed FROM tabbed`);
  const counts = { upcoming: counted?.upcoming ?? 0, completed: counted?.completed ?? 0 };
  const total = counts[tab];
  const pageNumber = clampPage(opts.page ?? 1, total, PAGE_SIZE);
  const found = total
    ? await leanDb().$queryPrepared<(PersonAndBatchColumns & { id: string; status: EnrolmentStatus; completed: boolean | null; creditedMinutes: number })[]>(Prisma.sql`
        ${rows}
        SELECT en.id::text AS id, en.status::text AS status, en.completed, t."creditedMinutes", ${PERSON_AND_BATCH_COLUMNS}
        FROM tabbed t JOIN "Enrolment" en ON en.id = t.id ${PERSON_AND_BATCH_JOINS}
        WHERE ${tab === "upcoming" ? Prisma.sql`t.upcoming` : Prisma.sql`t.completed`}
        ORDER BY ${TAB_ORDER[tab]}
        OFFSET ${(pageNumber - 1) * PAGE_SIZE}::int LIMIT ${PAGE_SIZE}::int`)
    : [];
  return {
    tab,
    year,
    counts,
    page: pageWindow(
      found.map((r) => ({ id: r.id, status: r.status, completed: r.completed, employee: personOf(r), batch: batchOf(r), creditedMinutes: r.creditedMinutes })),
      total,
      pageNumber,
      PAGE_SIZE,
    ),
  };
}
