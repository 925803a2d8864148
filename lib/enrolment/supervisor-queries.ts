import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EnrolmentStatus } from "@/lib/generated/prisma/enums";
import { employeeScope } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { jpMinutes } from "@/lib/catalog/rules";
import { db } from "@/lib/db";
import { ledgerYear } from "@/lib/ledger/rules";
import { employeeSearchWhere } from "@/lib/people/search";
import { policyOrDefault } from "@/lib/policy/rules";
import { calendarToday } from "@/lib/time";
import { clampPage, pageWindow, type Page } from "@/lib/ui/pagination";

// What a supervisor sees of their staff's training: registrations awaiting their decision, and the training
// the team has coming up or completed this year. Everything starts from the team scope of the decision
// permission (the same scope decideAsSupervisor checks), inside the viewer's agency.

const PENDING_LIMIT = 100;
const PAGE_SIZE = 20;

const personSelect = {
  id: true,
  nip: true,
  name: true,
  frontTitle: true,
  backTitle: true,
  position: { select: { name: true } },
  unit: { select: { name: true } },
} satisfies Prisma.EmployeeSelect;

const batchSelect = {
  id: true,
  number: true,
  startDate: true,
  endDate: true,
  status: true,
  program: { select: { title: true } },
} satisfies Prisma.BatchSelect;

const teamScope = (viewer: Viewer) => employeeScope(viewer, "decide:enrolment-supervisor");

export type PendingApproval = Prisma.EnrolmentGetPayload<{
  select: { id: true; origin: true; createdAt: true; employee: { select: typeof personSelect }; batch: { select: typeof batchSelect } };
}> & { plannedMinutes: number };

/** Registrations of the viewer's staff waiting for the supervisor, oldest first, with the batch's planned JP minutes. */
export async function listPendingApprovals(viewer: Viewer): Promise<{ rows: PendingApproval[]; total: number }> {
  const scope = await teamScope(viewer);
  if (!scope) return { rows: [], total: 0 };
  const where: Prisma.EnrolmentWhereInput = { agencyId: viewer.agencyId, status: "PENDING_SUPERVISOR", employee: scope };
  const [total, rows] = await Promise.all([
    db.enrolment.count({ where }),
    db.enrolment.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: PENDING_LIMIT,
      select: {
        id: true,
        origin: true,
        createdAt: true,
        employee: { select: personSelect },
        batch: { select: { ...batchSelect, sessions: { select: { kind: true, startMinute: true, endMinute: true, cancelled: true } } } },
      },
    }),
  ]);
  const years = [...new Set(rows.map((r) => ledgerYear(r.batch.endDate)))];
  const policies = years.length
    ? await db.agencyPolicy.findMany({ where: { agencyId: viewer.agencyId, year: { in: years } }, select: { year: true, jpSessionKinds: true } })
    : [];
  return {
    total,
    rows: rows.map(({ batch: { sessions, ...batch }, ...row }) => {
      const policy = policyOrDefault(policies.find((p) => p.year === ledgerYear(batch.endDate)));
      return { ...row, batch, plannedMinutes: jpMinutes(sessions, policy.jpSessionKinds) };
    }),
  };
}

export type TeamTrainingTab = "upcoming" | "completed";
export const TEAM_TRAINING_TABS: readonly TeamTrainingTab[] = ["upcoming", "completed"];
export const UPCOMING_STATUSES: readonly EnrolmentStatus[] = ["CONFIRMED", "WAITLISTED", "PENDING_AGENCY"];

export type TeamTrainingRow = Prisma.EnrolmentGetPayload<{
  select: { id: true; status: true; completed: true; employee: { select: typeof personSelect }; batch: { select: typeof batchSelect } };
}> & { creditedMinutes: number };

export type TeamTraining = {
  tab: TeamTrainingTab;
  year: number;
  counts: Record<TeamTrainingTab, number>;
  page: Page<TeamTrainingRow>;
};

/**
 * The team's training, one tab at a time: upcoming (still holding or waiting for a seat, in a batch that has
 * not started) or completed this calendar year (marked completed when the batch closed, or with JP credited
 * for it in the ledger). Both tabs are counted so their labels can show the totals.
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

  // Net JP credited per (employee, batch) this year; reversed credits net to zero and drop out.
  const ledger = await db.ledgerEntry.groupBy({
    by: ["employeeId", "batchId"],
    where: { agencyId: viewer.agencyId, year, batchId: { not: null }, employee: scope },
    _sum: { minutes: true },
  });
  const creditedPairs = ledger.flatMap((l) => (l.batchId && (l._sum.minutes ?? 0) > 0 ? [{ employeeId: l.employeeId, batchId: l.batchId }] : []));
  const credited = new Map(ledger.map((l) => [`${l.employeeId}:${l.batchId}`, l._sum.minutes ?? 0]));

  const people: Prisma.EnrolmentWhereInput = { agencyId: viewer.agencyId, employee: { AND: [scope, employeeSearchWhere(opts.q)] } };
  const where: Record<TeamTrainingTab, Prisma.EnrolmentWhereInput> = {
    upcoming: {
      ...people,
      status: { in: [...UPCOMING_STATUSES] },
      batch: { startDate: { gte: today }, status: { not: "CANCELLED" } },
    },
    completed: {
      ...people,
      OR: [
        { completed: true, batch: { endDate: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } } },
        ...creditedPairs,
      ],
    },
  };
  const orderBy: Record<TeamTrainingTab, Prisma.EnrolmentOrderByWithRelationInput[]> = {
    upcoming: [{ batch: { startDate: "asc" } }, { employee: { name: "asc" } }, { id: "asc" }],
    completed: [{ batch: { endDate: "desc" } }, { employee: { name: "asc" } }, { id: "asc" }],
  };

  const [upcoming, completed] = await Promise.all([db.enrolment.count({ where: where.upcoming }), db.enrolment.count({ where: where.completed })]);
  const counts = { upcoming, completed };
  const total = counts[tab];
  const pageNumber = clampPage(opts.page ?? 1, total, PAGE_SIZE);
  const rows = total
    ? await db.enrolment.findMany({
        where: where[tab],
        orderBy: orderBy[tab],
        skip: (pageNumber - 1) * PAGE_SIZE,
        take: PAGE_SIZE,
        select: { id: true, status: true, completed: true, employee: { select: personSelect }, batch: { select: batchSelect } },
      })
    : [];
  return {
    tab,
    year,
    counts,
    page: pageWindow(
      rows.map((r) => ({ ...r, creditedMinutes: credited.get(`${r.employee.id}:${r.batch.id}`) ?? 0 })),
      total,
      pageNumber,
      PAGE_SIZE,
    ),
  };
}
