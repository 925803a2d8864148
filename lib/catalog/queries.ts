import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { cached, cacheTags } from "@/lib/cache";
import { db } from "@/lib/db";
import type { BatchStatus, PositionType, Prisma, RouteCode } from "@/lib/generated/prisma/client";
import { ledgerYear } from "@/lib/ledger/rules";
import { policyOrDefault, type Policy } from "@/lib/policy/rules";
import { calendarToday } from "@/lib/time";
import { pageWindow, type Page } from "@/lib/ui/pagination";
import { orderCatalog } from "./catalog-order";
import { jpMinutes, type SessionTimes } from "./rules";
import { isUuid } from "@/lib/uuid";
import { gapsClosed, gapsKey, gapsWhere, viewerGaps, type ViewerGap } from "./gap-filter";

// What the catalog shows to every signed-in role with "read:catalog": always the viewer's agency only,
// never a DRAFT or CANCELLED batch. Filtering happens in the database, so hundreds of programs stay fast.
// Program data (titles, batches, rundowns, eligibility, competencies) is kept in the worker's shared cache
// (lib/cache, decision 0016), dropped everywhere when an admin changes it; seat counts are always read fresh.

export const CATALOG_PAGE_SIZE = 20;
/** Batches anyone may see in the catalog. */
export const PUBLISHED: readonly BatchStatus[] = ["OPEN", "CLOSED", "RUNNING", "DONE"];

export type CatalogFilters = {
  q?: string;
  routeCode?: RouteCode;
  competencyId?: string;
  /** "2026-12": programs with a published batch starting in that month. */
  month?: string;
  /** Only programs with an OPEN batch whose confirmed seats are below capacity. */
  seatsLeft?: boolean;
  /** Only programs whose position-type and unit rules admit the viewer. */
  eligibleOnly?: boolean;
  /** Also programs without a scheduled batch (after the others); by default they are only counted. */
  unscheduled?: boolean;
  page?: number;
};


/** [first day, first day of the next month) of "YYYY-MM"; null when it is not a month. */
export function monthRange(month: string | undefined): { gte: Date; lt: Date } | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month ?? "");
  if (!match) return null;
  const year = Number(match[1]);
  const index = Number(match[2]) - 1;
  return { gte: new Date(Date.UTC(year, index, 1)), lt: new Date(Date.UTC(year, index + 1, 1)) };
}

export type ViewerEligibility = {
  positionType: PositionType; unitIds: string[]; unitPath: string; serviceEndDate: Date | null;
  /** The viewer's known competency gaps today (issue 14): "for me" then means programs that close one of them. */
  gaps?: ViewerGap[];
};

/** The viewer's own position type and unit chain (their unit and every ancestor), for the "for me" filter. */
export async function viewerEligibility(viewer: Viewer): Promise<ViewerEligibility | null> {
  if (!viewer.employeeId) return null;
  const me = await db.employee.findFirst({
    where: { id: viewer.employeeId, agencyId: viewer.agencyId },
    select: { serviceEndDate: true, position: { select: { type: true } }, unit: { select: { path: true } } },
  });
  if (!me) return null;
  const gaps = await viewerGaps(viewer.agencyId, viewer.employeeId);
  return { positionType: me.position.type, unitIds: me.unit.path.split("/").filter(Boolean), unitPath: me.unit.path, serviceEndDate: me.serviceEndDate, gaps };
}

/** Empty lists mean "everyone"; a unit rule admits the unit's subtree, i.e. any ancestor of the viewer's unit. */
function eligibleWhere(me: ViewerEligibility): Prisma.ProgramWhereInput {
  return {
    AND: [
      { OR: [{ eligibleTypes: { isEmpty: true } }, { eligibleTypes: { has: me.positionType } }] },
      { OR: [{ eligibleUnits: { none: {} } }, { eligibleUnits: { some: { unitId: { in: me.unitIds } } } }] },
      ...(me.gaps?.length ? [gapsWhere(me.gaps)] : []),
    ],
  };
}

function batchFilter(filters: CatalogFilters): Prisma.BatchWhereInput | null {
  const month = monthRange(filters.month);
  if (!month && !filters.seatsLeft) return null;
  return {
    status: filters.seatsLeft ? "OPEN" : { in: [...PUBLISHED] },
    ...(month ? { startDate: month } : {}),
    ...(filters.seatsLeft ? { confirmedCount: { lt: db.batch.fields.capacity } } : {}),
  };
}

function programWhere(agencyId: string, filters: CatalogFilters, me: ViewerEligibility | null | undefined): Prisma.ProgramWhereInput {
  const and: Prisma.ProgramWhereInput[] = [{ agencyId }];
  const q = filters.q?.trim();
  if (q) and.push({ title: { contains: q, mode: "insensitive" } });
  if (filters.routeCode) and.push({ routeCode: filters.routeCode });
  if (isUuid(filters.competencyId)) and.push({ competencies: { some: { competencyId: filters.competencyId } } });
  const batches = batchFilter(filters);
  if (batches) and.push({ batches: { some: batches } });
  if (filters.eligibleOnly) and.push(me ? eligibleWhere(me) : { id: { in: [] } });
  return { AND: and };
}

export async function catalogWhere(viewer: Viewer, filters: CatalogFilters): Promise<Prisma.ProgramWhereInput> {
  return programWhere(viewer.agencyId, filters, filters.eligibleOnly ? await viewerEligibility(viewer) : undefined);
}

/** The policy of each year asked for (a year without a saved policy gets the defaults). */
export async function policiesFor(agencyId: string, years: readonly number[]): Promise<Map<number, Policy>> {
  const unique = [...new Set(years)];
  const saved = unique.length ? await db.agencyPolicy.findMany({ where: { agencyId, year: { in: unique } } }) : [];
  return new Map(unique.map((year) => [year, policyOrDefault(saved.find((p) => p.year === year))]));
}

/** Planned JP minutes of a batch: its sessions of the kinds the agency counts that year, as now planned. */
export function plannedMinutes(batch: { endDate: Date; sessions: readonly SessionTimes[] }, policies: Map<number, Policy>): number {
  const policy = policies.get(ledgerYear(batch.endDate)) ?? policyOrDefault(null);
  return jpMinutes(batch.sessions, policy.jpSessionKinds);
}

const sessionTimes = { select: { kind: true, startMinute: true, endMinute: true, cancelled: true } } as const;

export type CatalogBatch = {
  id: string; number: number; startDate: Date; endDate: Date; status: BatchStatus; seatsLeft: number; plannedMinutes: number;
  /** Open for registration today (lib/catalog/catalog-order.ts), and until when. */
  registrationOpen: boolean; registrationClosesAt: Date;
  /** The paths of the units with a quota in this batch (empty: no quotas), for the card's eligibility hint. */
  quotaPaths: string[];
};
export type CatalogRow = {
  id: string; title: string; routeCode: RouteCode; organiser: string; nextBatch: CatalogBatch | null;
  eligibleTypes: PositionType[]; eligibleUnitPaths: string[];
  /** With "Sesuai untuk saya": the codes of the viewer's gaps this program closes ("Menutup selisih M.02"). */
  closesGaps?: string[];
};
export type CatalogPage = Page<CatalogRow> & { unscheduled: number };

type SeatCount = { capacity: number; confirmedCount: number };

/** Live seat counts of the given batches of an agency, in one cheap query: never cached. */
async function seatCounts(agencyId: string, batchIds: readonly string[]): Promise<Map<string, SeatCount>> {
  if (batchIds.length === 0) return new Map();
  const rows = await db.batch.findMany({ where: { agencyId, id: { in: [...batchIds] } }, select: { id: true, capacity: true, confirmedCount: true } });
  return new Map(rows.map(({ id, ...seats }) => [id, seats]));
}

const seatsLeftOf = (seats: SeatCount | undefined) => (seats ? Math.max(0, seats.capacity - seats.confirmedCount) : 0);

type CachedCatalogRow = Omit<CatalogRow, "nextBatch"> & { nextBatch: Omit<CatalogBatch, "seatsLeft"> | null };
type CachedCatalogPage = Page<CachedCatalogRow> & { unscheduled: number };

const orderColumns = { id: true, status: true, registrationOpensAt: true, registrationClosesAt: true, startDate: true, number: true } as const;

/**
 * One page of the catalog in its order (catalog-order.ts): every matching program's scheduled batches are read
 * (a few columns; an agency has hundreds of programs, not millions), ordered, and only the page is then loaded.
 */
async function loadCatalogPage(agencyId: string, filters: CatalogFilters, me: ViewerEligibility | null | undefined, today: Date): Promise<CachedCatalogPage> {
  const where = programWhere(agencyId, filters, me);
  // The batches a card may show: the ones the filters asked for, else those not yet over.
  const shown: Prisma.BatchWhereInput = batchFilter(filters) ?? { status: { in: ["OPEN", "CLOSED", "RUNNING"] }, endDate: { gte: today } };
  const candidates = await db.program.findMany({ where, select: { id: true, title: true, batches: { where: shown, select: orderColumns } } });
  const { ordered, unscheduled } = orderCatalog(candidates, today, Boolean(filters.unscheduled));
  const window = pageWindow(ordered, ordered.length, filters.page ?? 1, CATALOG_PAGE_SIZE);
  const slice = ordered.slice((window.page - 1) * CATALOG_PAGE_SIZE, window.page * CATALOG_PAGE_SIZE);
  const leadIds = slice.flatMap((r) => (r.lead ? [r.lead.id] : []));
  const [programs, batches] = await Promise.all([
    db.program.findMany({
      where: { agencyId, id: { in: slice.map((r) => r.program.id) } },
      select: { id: true, title: true, routeCode: true, organiser: true, eligibleTypes: true, eligibleUnits: { select: { unit: { select: { path: true } } } } },
    }),
    db.batch.findMany({
      where: { agencyId, id: { in: leadIds } },
      select: { id: true, endDate: true, sessions: sessionTimes, quotas: { select: { unit: { select: { path: true } } } } },
    }),
  ]);
  const policies = await policiesFor(agencyId, batches.map((b) => ledgerYear(b.endDate)));
  const programById = new Map(programs.map((p) => [p.id, p]));
  const batchById = new Map(batches.map((b) => [b.id, b]));
  const rows = slice.flatMap(({ program: { id }, lead, open }) => {
    const p = programById.get(id);
    if (!p) return [];
    const b = lead ? batchById.get(lead.id) : undefined;
    const nextBatch = lead && b
      ? {
          id: lead.id, number: lead.number, startDate: lead.startDate, endDate: b.endDate, status: lead.status, plannedMinutes: plannedMinutes(b, policies),
          registrationOpen: open, registrationClosesAt: lead.registrationClosesAt, quotaPaths: b.quotas.map((q) => q.unit.path),
        }
      : null;
    const { eligibleUnits, ...rest } = p;
    return [{ ...rest, eligibleUnitPaths: eligibleUnits.map((e) => e.unit.path), nextBatch }];
  });
  return { ...window, rows, unscheduled };
}

export async function listCatalog(viewer: Viewer, filters: CatalogFilters): Promise<CatalogPage> {
  const me = filters.eligibleOnly ? await viewerEligibility(viewer) : undefined;
  const today = calendarToday();
  const load = () => loadCatalogPage(viewer.agencyId, filters, me, today);
  // "Seats left" filters on live counts, so that list is never cached.
  const page = filters.seatsLeft
    ? await load()
    : await cached(
        {
          key: `catalog.list:${JSON.stringify([
            viewer.agencyId, today.toISOString().slice(0, 10), filters.q?.trim() ?? "", filters.routeCode ?? "",
            isUuid(filters.competencyId) ? filters.competencyId : "", monthRange(filters.month) ? filters.month : "", filters.page ?? 1,
            filters.eligibleOnly ? [me?.positionType ?? null, me?.unitPath ?? null, gapsKey(me?.gaps)] : null, Boolean(filters.unscheduled),
          ])}`,
          tags: [cacheTags.catalog(viewer.agencyId), cacheTags.policy(viewer.agencyId)],
        },
        load,
      );
  const seats = await seatCounts(viewer.agencyId, page.rows.flatMap((r) => (r.nextBatch ? [r.nextBatch.id] : [])));
  const closes = filters.eligibleOnly && me?.gaps?.length ? await gapsClosed(viewer.agencyId, page.rows.map((r) => r.id), me.gaps) : undefined;
  return {
    ...page,
    rows: page.rows.map((row) => ({
      ...row,
      nextBatch: row.nextBatch ? { ...row.nextBatch, seatsLeft: seatsLeftOf(seats.get(row.nextBatch.id)) } : null,
      ...(closes ? { closesGaps: closes.get(row.id) ?? [] } : {}),
    })),
  };
}

/** The agency's competencies, for the catalog's competency filter. */
export async function competencyOptions(viewer: Viewer) {
  const agencyId = viewer.agencyId;
  return cached({ key: `catalog.competencies:${agencyId}`, tags: [cacheTags.competency(agencyId)] }, () =>
    db.competency.findMany({ where: { agencyId }, select: { id: true, code: true, name: true }, orderBy: { code: "asc" } }),
  );
}

/** Start months ("2026-12") of published batches, from a year back onwards, for the month filter. */
export async function batchMonths(viewer: Viewer): Promise<string[]> {
  const agencyId = viewer.agencyId;
  const thisMonth = new Date().toISOString().slice(0, 7);
  return cached({ key: `catalog.months:${agencyId}:${thisMonth}`, tags: [cacheTags.catalog(agencyId)] }, async () => {
    const rows = await db.$queryRaw<{ month: string }[]>`
      SELECT DISTINCT to_char("startDate", 'YYYY-MM') AS month FROM "Batch"
      WHERE "agencyId" = ${agencyId}::uuid AND status::text IN ('OPEN', 'CLOSED', 'RUNNING', 'DONE')
        AND "startDate" >= (date_trunc('month', now()) - interval '12 months')::date
      ORDER BY month`;
    return rows.map((r) => r.month);
  });
}

/** One program with its published batches and their rundowns, inside the viewer's agency; null otherwise. */
export async function getProgram(viewer: Viewer, programId: string) {
  if (!isUuid(programId)) return null;
  const agencyId = viewer.agencyId;
  const program = await cached(
    { key: `catalog.program:${agencyId}:${programId}`, tags: [cacheTags.catalog(agencyId), cacheTags.policy(agencyId), cacheTags.competency(agencyId)] },
    () => loadProgram(agencyId, programId),
  );
  if (!program) return null;
  const seats = await seatCounts(agencyId, program.batches.map((b) => b.id));
  return {
    ...program,
    batches: program.batches.map((b) => {
      const live = seats.get(b.id) ?? { capacity: b.capacity, confirmedCount: b.capacity };
      return { ...b, ...live, seatsLeft: seatsLeftOf(live) };
    }),
  };
}

/** Everything of a program page but its seat counts. */
async function loadProgram(agencyId: string, programId: string) {
  const program = await db.program.findFirst({
    where: { id: programId, agencyId },
    select: {
      id: true, title: true, description: true, objectives: true, routeCode: true, organiser: true, eligibleTypes: true,
      eligibleUnits: { select: { unit: { select: { id: true, name: true, path: true } } }, orderBy: { unit: { name: "asc" } } },
      competencies: { select: { targetLevel: true, competency: { select: { id: true, code: true, name: true } } }, orderBy: { competency: { code: "asc" } } },
      batches: {
        where: { status: { in: [...PUBLISHED] } },
        orderBy: [{ startDate: "asc" }, { number: "asc" }],
        select: {
          id: true, number: true, startDate: true, endDate: true, venue: true, onlineUrl: true, capacity: true,
          registrationOpensAt: true, registrationClosesAt: true, status: true,
          sessions: {
            orderBy: [{ date: "asc" }, { startMinute: "asc" }],
            select: { id: true, date: true, startMinute: true, endMinute: true, title: true, place: true, kind: true, cancelled: true },
          },
        },
      },
    },
  });
  if (!program) return null;
  const policies = await policiesFor(agencyId, program.batches.map((b) => ledgerYear(b.endDate)));
  return {
    ...program,
    eligibleUnits: program.eligibleUnits.map((e) => e.unit),
    batches: program.batches.map((b) => ({ ...b, plannedMinutes: plannedMinutes(b, policies) })),
  };
}

export type ProgramDetail = NonNullable<Awaited<ReturnType<typeof getProgram>>>;
export type ProgramBatch = ProgramDetail["batches"][number];
