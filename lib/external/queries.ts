import "server-only";
import { employeeScope } from "@/lib/auth/scope";
import type { Permission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { db, type Tx } from "@/lib/db";
import type { ExternalTrainingStatus, Prisma } from "@/lib/generated/prisma/client";
import { employeeSearchWhere } from "@/lib/people/search";
import { paginate, pageWindow, type Page } from "@/lib/ui/pagination";
import { certificateKey, isSameTraining, type DuplicateReason } from "./rules";
import { isUuid } from "@/lib/uuid";

// Reads of external training. Every query starts from the viewer's employee scope for the permission it
// serves, so another unit's or agency's submission is simply not found.

export const STATUSES: readonly ExternalTrainingStatus[] = ["SUBMITTED", "VERIFIED", "REJECTED"];
const PAGE_SIZE = 25;

const rowSelect = {
  id: true, title: true, organiser: true, location: true, routeCode: true, startDate: true, endDate: true, minutes: true,
  certificateNumber: true, fileName: true, fileType: true, fileSize: true, status: true, submittedAt: true, decidedAt: true,
  decisionReason: true,
} satisfies Prisma.ExternalTrainingSelect;

const employeeSelect = {
  id: true, nip: true, name: true, frontTitle: true, backTitle: true, unit: { select: { name: true } },
} satisfies Prisma.EmployeeSelect;

/** The viewer's own submissions, newest first. */
export async function myExternalTrainings(viewer: Viewer) {
  if (!viewer.employeeId) return [];
  const scope = await employeeScope(viewer, "read:external-training");
  if (!scope) return [];
  return db.externalTraining.findMany({
    where: { agencyId: viewer.agencyId, employeeId: viewer.employeeId, employee: scope },
    select: rowSelect,
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: 500,
  });
}

export type MyExternalTraining = Awaited<ReturnType<typeof myExternalTrainings>>[number];

export type QueueFilters = { status?: ExternalTrainingStatus | "ALL"; q?: string; page?: number };

function searchFilter(q: string | undefined): Prisma.ExternalTrainingWhereInput {
  const text = q?.trim();
  if (!text) return {};
  const or: Prisma.ExternalTrainingWhereInput[] = [
    { employee: employeeSearchWhere(text) },
    { title: { contains: text, mode: "insensitive" } },
    { certificateNumber: { contains: text, mode: "insensitive" } },
  ];
  return { OR: or };
}

const queueSelect = { ...rowSelect, employee: { select: employeeSelect } } satisfies Prisma.ExternalTrainingSelect;
export type QueueRow = Prisma.ExternalTrainingGetPayload<{ select: typeof queueSelect }>;

/**
 * The submissions the viewer may verify (an operator: their unit's subtree; an admin: the agency), one page
 * at a time, with the number in each status for the tabs. Waiting ones come oldest first (a queue);
 * decided ones newest first.
 */
export async function verificationQueue(
  viewer: Viewer,
  filters: QueueFilters,
): Promise<{ page: Page<QueueRow>; counts: Record<ExternalTrainingStatus, number> }> {
  const counts: Record<ExternalTrainingStatus, number> = { SUBMITTED: 0, VERIFIED: 0, REJECTED: 0 };
  const scope = await employeeScope(viewer, "verify:external-training");
  if (!scope) return { page: pageWindow([], 0, 1, PAGE_SIZE), counts };
  const base: Prisma.ExternalTrainingWhereInput = { agencyId: viewer.agencyId, employee: scope };
  const status = filters.status ?? "SUBMITTED";
  const where: Prisma.ExternalTrainingWhereInput = {
    AND: [base, status === "ALL" ? {} : { status }, searchFilter(filters.q)],
  };
  const orderBy: Prisma.ExternalTrainingOrderByWithRelationInput[] =
    status === "SUBMITTED" ? [{ submittedAt: "asc" }, { id: "asc" }]
      : status === "ALL" ? [{ submittedAt: "desc" }, { id: "desc" }]
        : [{ decidedAt: "desc" }, { id: "desc" }];
  const [page, grouped] = await Promise.all([
    paginate(
      filters.page ?? 1,
      PAGE_SIZE,
      () => db.externalTraining.count({ where }),
      (skip, take) => db.externalTraining.findMany({ where, select: queueSelect, orderBy, skip, take }),
    ),
    db.externalTraining.groupBy({ by: ["status"], where: { AND: [base, searchFilter(filters.q)] }, _count: { _all: true } }),
  ]);
  for (const g of grouped) counts[g.status] = g._count._all;
  return { page, counts };
}

/**
 * One submission, if the viewer may see it for the given permission (the verification pages ask for
 * verify:external-training; the file route for read:external-training). `ownOnly`: only the viewer's own
 * (the ASN's submission page), even for a viewer who may read others'.
 */
export async function getExternalTraining(viewer: Viewer, id: string, permission: Permission = "read:external-training", { ownOnly = false } = {}) {
  if (!isUuid(id) || (ownOnly && !viewer.employeeId)) return null;
  const scope = await employeeScope(viewer, permission);
  if (!scope) return null;
  const item = await db.externalTraining.findFirst({
    where: { id, agencyId: viewer.agencyId, employee: scope, ...(ownOnly ? { employeeId: viewer.employeeId! } : {}) },
    select: { ...rowSelect, employeeId: true, fileSha256: true, decidedById: true, employee: { select: employeeSelect } },
  });
  if (!item) return null;
  const decidedBy = item.decidedById
    ? await db.user.findFirst({ where: { id: item.decidedById, agencyId: viewer.agencyId }, select: { name: true } })
    : null;
  return { ...item, decidedByName: decidedBy?.name ?? null };
}

export type ExternalTrainingDetail = NonNullable<Awaited<ReturnType<typeof getExternalTraining>>>;

/** The stored file of a submission the viewer may read, or null. */
export async function externalFileFor(viewer: Viewer, id: string) {
  if (!isUuid(id)) return null;
  const scope = await employeeScope(viewer, "read:external-training");
  if (!scope) return null;
  return db.externalTraining.findFirst({
    where: { id, agencyId: viewer.agencyId, employee: scope },
    select: { fileKey: true, fileName: true, fileType: true, fileSize: true },
  });
}

/** Whether the year is closed for the agency: then a ledger entry dated in it needs a reason. */
export async function isYearClosed(agencyId: string, year: number, client: Tx | typeof db = db): Promise<boolean> {
  return Boolean(await client.yearClose.findUnique({ where: { agencyId_year: { agencyId, year } }, select: { year: true } }));
}

export type DuplicateCandidate = {
  agencyId: string;
  employeeId: string;
  certificateNumber: string;
  title: string;
  startDate: Date;
  endDate: Date;
  /** The submission itself, when looking for the duplicates of one already stored. */
  excludeId?: string;
};

/**
 * Likely duplicates among the agency's submissions that are not rejected: the same certificate number (case
 * and spaces aside) anywhere in the agency, or the same employee with the same title and dates.
 */
export async function findDuplicates(client: Tx | typeof db, c: DuplicateCandidate): Promise<{ id: string; employeeId: string; reasons: DuplicateReason[] }[]> {
  const exclude = c.excludeId ?? "00000000-0000-0000-0000-000000000000";
  const [sameCertificate, sameDates] = await Promise.all([
    client.$queryRaw<{ id: string; employeeId: string }[]>`
      SELECT id::text AS id, "employeeId"::text AS "employeeId" FROM "ExternalTraining"
      WHERE "agencyId" = ${c.agencyId}::uuid AND status <> 'REJECTED' AND id <> ${exclude}::uuid
        AND upper(regexp_replace("certificateNumber", '\\s+', '', 'g')) = ${certificateKey(c.certificateNumber)}
      LIMIT 50`,
    client.externalTraining.findMany({
      where: {
        agencyId: c.agencyId, employeeId: c.employeeId, startDate: c.startDate, endDate: c.endDate,
        status: { not: "REJECTED" }, id: { not: exclude },
      },
      select: { id: true, employeeId: true, title: true, startDate: true, endDate: true },
      take: 50,
    }),
  ]);
  const found = new Map<string, { id: string; employeeId: string; reasons: DuplicateReason[] }>();
  for (const row of sameCertificate) found.set(row.id, { ...row, reasons: ["certificate"] });
  for (const row of sameDates) {
    if (!isSameTraining(row, c)) continue;
    const entry = found.get(row.id) ?? { id: row.id, employeeId: row.employeeId, reasons: [] };
    entry.reasons.push("sameTraining");
    found.set(row.id, entry);
  }
  return [...found.values()];
}

/**
 * The duplicate hints shown to a verifier: details of those they may see, and only a count of the others
 * (another unit's submission is not shown, but its existence matters for the decision).
 */
export async function duplicateHints(viewer: Viewer, item: ExternalTrainingDetail) {
  const all = await findDuplicates(db, {
    agencyId: viewer.agencyId, employeeId: item.employeeId, certificateNumber: item.certificateNumber,
    title: item.title, startDate: item.startDate, endDate: item.endDate, excludeId: item.id,
  });
  if (!all.length) return { visible: [], hidden: 0 };
  const scope = await employeeScope(viewer, "read:external-training");
  const visibleRows = scope
    ? await db.externalTraining.findMany({
        where: { id: { in: all.map((d) => d.id) }, agencyId: viewer.agencyId, employee: scope },
        select: { ...rowSelect, employee: { select: employeeSelect } },
        orderBy: { submittedAt: "asc" },
      })
    : [];
  const reasons = new Map(all.map((d) => [d.id, d.reasons]));
  return {
    visible: visibleRows.map((row) => ({ ...row, reasons: reasons.get(row.id) ?? [] })),
    hidden: all.length - visibleRows.length,
  };
}

export type DuplicateHints = Awaited<ReturnType<typeof duplicateHints>>;
