import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { hasPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { EnrolmentStatus, Prisma, RouteCode, SessionKind } from "@/lib/generated/prisma/client";
import { employeeSearchWhere } from "@/lib/people/search";
import { policyFor } from "@/lib/policy/queries";
import { paginate, type Page } from "@/lib/ui/pagination";
import { budgetLineTotal, budgetTotal, jpMinutes } from "./rules";
import { isUuid } from "@/lib/uuid";

// Reads of the agency admin's training management pages. Every read is gated by manage:program and
// filtered by the viewer's agency, so another agency's id simply finds nothing.

const PROGRAM_PAGE_SIZE = 25;
const ENROLMENT_PAGE_SIZE = 50;

function assertManager(viewer: Viewer) {
  if (!hasPermission(viewer.roles, "manage:program")) throw new AppError("FORBIDDEN", "common.forbidden");
}

/** The session kinds that count as JP in the agency's policy for one year (LEARNING by default). */
async function countedKinds(agencyId: string, year: number): Promise<SessionKind[]> {
  return (await policyFor(agencyId, year)).jpSessionKinds;
}

type PlannedSession = { kind: SessionKind; plannedMinutes: number };
/** JP minutes as first planned: every session at its planned length, cancelled or not. */
function plannedJpMinutes(sessions: readonly PlannedSession[], kinds: readonly SessionKind[]): number {
  return jpMinutes(sessions.map((s) => ({ kind: s.kind, startMinute: 0, endMinute: s.plannedMinutes, cancelled: false })), kinds);
}

export type ProgramFilters = { q?: string; routeCode?: RouteCode; page?: number };

export async function listPrograms(viewer: Viewer, filters: ProgramFilters) {
  assertManager(viewer);
  const text = filters.q?.trim();
  const where: Prisma.ProgramWhereInput = {
    agencyId: viewer.agencyId,
    ...(text ? { title: { contains: text, mode: "insensitive" } } : {}),
    ...(filters.routeCode ? { routeCode: filters.routeCode } : {}),
  };
  return paginate(
    filters.page ?? 1,
    PROGRAM_PAGE_SIZE,
    () => db.program.count({ where }),
    async (skip, take) => {
      const rows = await db.program.findMany({
        where,
        select: {
          id: true, title: true, routeCode: true, organiser: true,
          _count: { select: { batches: true } },
          budgetLines: { select: { volume: true, unitPrice: true, taxBasisPoints: true } },
        },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip,
        take,
      });
      return rows.map(({ budgetLines, _count, ...row }) => ({ ...row, batchCount: _count.batches, budgetTotal: budgetTotal(budgetLines) }));
    },
  );
}

export type ProgramListRow = Awaited<ReturnType<typeof listPrograms>>["rows"][number];

/** The agency's competencies, for the program form. */
export async function competencyOptions(viewer: Viewer) {
  assertManager(viewer);
  return db.competency.findMany({ where: { agencyId: viewer.agencyId }, select: { id: true, code: true, name: true, kind: true }, orderBy: { code: "asc" } });
}

export async function getProgram(viewer: Viewer, programId: string) {
  assertManager(viewer);
  if (!isUuid(programId)) return null;
  const program = await db.program.findFirst({
    where: { id: programId, agencyId: viewer.agencyId },
    include: {
      competencies: { select: { targetLevel: true, competency: { select: { id: true, code: true, name: true } } } },
      budgetLines: { orderBy: [{ position: "asc" }, { id: "asc" }] },
      batches: {
        orderBy: { number: "asc" },
        select: {
          id: true, number: true, startDate: true, endDate: true, status: true, capacity: true, confirmedCount: true,
          sessions: { select: { kind: true, plannedMinutes: true } },
        },
      },
    },
  });
  if (!program) return null;
  const years = [...new Set(program.batches.map((b) => b.endDate.getUTCFullYear()))];
  const kindsByYear = new Map(await Promise.all(years.map(async (y) => [y, await countedKinds(viewer.agencyId, y)] as const)));
  const { budgetLines, batches, competencies, ...rest } = program;
  return {
    ...rest,
    competencies: competencies.map((c) => ({ ...c.competency, targetLevel: c.targetLevel })).sort((a, b) => a.code.localeCompare(b.code)),
    budgetLines: budgetLines.map((line) => ({ ...line, total: budgetLineTotal(line) })),
    budgetTotal: budgetTotal(budgetLines),
    batches: batches.map(({ sessions, ...b }) => ({
      ...b,
      plannedMinutes: plannedJpMinutes(sessions, kindsByYear.get(b.endDate.getUTCFullYear()) ?? ["LEARNING"]),
    })),
  };
}

export type ProgramDetail = NonNullable<Awaited<ReturnType<typeof getProgram>>>;

/** What the new-batch form needs: the program, the next free number, the units and the JP session kinds. */
export async function batchFormData(viewer: Viewer, programId: string, now: Date = new Date()) {
  assertManager(viewer);
  if (!isUuid(programId)) return null;
  const program = await db.program.findFirst({ where: { id: programId, agencyId: viewer.agencyId }, select: { id: true, title: true } });
  if (!program) return null;
  const [last, units, kinds] = await Promise.all([
    db.batch.aggregate({ where: { programId: program.id }, _max: { number: true } }),
    db.orgUnit.findMany({ where: { agencyId: viewer.agencyId }, select: { id: true, name: true, depth: true }, orderBy: { path: "asc" } }),
    countedKinds(viewer.agencyId, now.getUTCFullYear()),
  ]);
  return { program, nextNumber: (last._max.number ?? 0) + 1, units, countedKinds: kinds };
}

export async function getBatch(viewer: Viewer, batchId: string) {
  assertManager(viewer);
  if (!isUuid(batchId)) return null;
  const batch = await db.batch.findFirst({
    where: { id: batchId, agencyId: viewer.agencyId },
    include: {
      program: { select: { id: true, title: true, routeCode: true } },
      quotas: true,
      sessions: { orderBy: [{ date: "asc" }, { startMinute: "asc" }, { id: "asc" }] },
    },
  });
  if (!batch) return null;
  const [kinds, units, counts] = await Promise.all([
    countedKinds(viewer.agencyId, batch.endDate.getUTCFullYear()),
    db.orgUnit.findMany({ where: { agencyId: viewer.agencyId, id: { in: batch.quotas.map((q) => q.unitId) } }, select: { id: true, name: true } }),
    db.enrolment.groupBy({ by: ["status"], where: { batchId: batch.id, agencyId: viewer.agencyId }, _count: { _all: true } }),
  ]);
  const statusCounts = Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<EnrolmentStatus, number>>;
  return {
    ...batch,
    quotas: batch.quotas.map((q) => ({ ...q, unitName: units.find((u) => u.id === q.unitId)?.name ?? "—" })),
    plannedMinutes: plannedJpMinutes(batch.sessions, kinds),
    heldMinutes: jpMinutes(batch.sessions, kinds),
    countedKinds: kinds,
    statusCounts,
  };
}

export type BatchDetail = NonNullable<Awaited<ReturnType<typeof getBatch>>>;

export type EnrolmentFilters = { q?: string; status?: EnrolmentStatus; page?: number };

const enrolmentSelect = {
  id: true, status: true, origin: true, queueSeq: true, rejectedReason: true, withdrawnReason: true, completed: true, createdAt: true,
  employee: { select: { id: true, nip: true, name: true, frontTitle: true, backTitle: true, unit: { select: { name: true } } } },
} satisfies Prisma.EnrolmentSelect;

export type EnrolmentRow = Prisma.EnrolmentGetPayload<{ select: typeof enrolmentSelect }> & {
  /** Order of arrival at the agency decision within the batch (1-based), for confirmed and wait-listed rows. */
  queuePosition: number | null;
  /** Place on the batch's waiting list (1-based), for wait-listed rows. */
  waitlistPosition: number | null;
};

/** A batch's registrations, with their place in the queue and on the waiting list. Null when the batch is not the viewer's. */
export async function listBatchEnrolments(viewer: Viewer, batchId: string, filters: EnrolmentFilters = {}): Promise<Page<EnrolmentRow> | null> {
  assertManager(viewer);
  if (!isUuid(batchId)) return null;
  const batch = await db.batch.findFirst({ where: { id: batchId, agencyId: viewer.agencyId }, select: { id: true } });
  if (!batch) return null;
  const search: Prisma.EnrolmentWhereInput = { employee: employeeSearchWhere(filters.q) };
  const where: Prisma.EnrolmentWhereInput = {
    AND: [{ batchId: batch.id, agencyId: viewer.agencyId }, filters.status ? { status: filters.status } : {}, search],
  };
  const queued = await db.enrolment.findMany({
    where: { batchId: batch.id, agencyId: viewer.agencyId, queueSeq: { not: null }, status: { in: ["CONFIRMED", "WAITLISTED"] } },
    select: { id: true, status: true },
    orderBy: { queueSeq: "asc" },
  });
  const queuePosition = new Map(queued.map((e, i) => [e.id, i + 1]));
  const waitlistPosition = new Map(queued.filter((e) => e.status === "WAITLISTED").map((e, i) => [e.id, i + 1]));
  return paginate(
    filters.page ?? 1,
    ENROLMENT_PAGE_SIZE,
    () => db.enrolment.count({ where }),
    async (skip, take) => {
      const rows = await db.enrolment.findMany({
        where,
        select: enrolmentSelect,
        orderBy: [{ status: "asc" }, { queueSeq: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
        skip,
        take,
      });
      return rows.map((row) => ({ ...row, queuePosition: queuePosition.get(row.id) ?? null, waitlistPosition: waitlistPosition.get(row.id) ?? null }));
    },
  );
}
