import "server-only";
import { accessFor, hasPermission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { employeeSearchWhere, readEmployeeQuery } from "@/lib/people/search";
import { calendarToday } from "@/lib/time";
import { paginate, type Page } from "@/lib/ui/pagination";
import { formatCertificateNumber } from "./rules";
import { isUuid } from "@/lib/uuid";

// Reads of certificates, always inside the viewer's agency: an ASN sees their own (read:certificate own),
// an admin any of the agency's (read:certificate any). Anyone else, or another agency's id, finds nothing.

const PAGE_SIZE = 25;

/** The certificates the viewer may read, as a Prisma filter; null when none. */
export function certificateScope(viewer: Viewer): Prisma.CertificateWhereInput | null {
  const access = accessFor(viewer.roles, "read:certificate");
  if (access.includes("any")) return { agencyId: viewer.agencyId };
  if (access.includes("own") && viewer.employeeId) return { agencyId: viewer.agencyId, employeeId: viewer.employeeId };
  return null;
}

const rowSelect = {
  id: true, number: true, code: true, issuedAt: true, holderName: true, programTitle: true, batchNumber: true,
  startDate: true, endDate: true, minutes: true, revokedAt: true, revokedReason: true,
} satisfies Prisma.CertificateSelect;

/** "Sertifikat saya": the viewer's own certificates, newest batch first. */
export async function myCertificates(viewer: Viewer) {
  if (!viewer.employeeId || !accessFor(viewer.roles, "read:certificate").length) return [];
  return db.certificate.findMany({
    where: { agencyId: viewer.agencyId, employeeId: viewer.employeeId },
    select: rowSelect,
    orderBy: [{ endDate: "desc" }, { seq: "desc" }],
    take: 500,
  });
}
export type CertificateRow = Awaited<ReturnType<typeof myCertificates>>[number];

const adminSelect = { ...rowSelect, enrolment: { select: { batchId: true, employee: { select: { nip: true } } } } } satisfies Prisma.CertificateSelect;
export type AdminCertificateRow = Prisma.CertificateGetPayload<{ select: typeof adminSelect }>;

/** The certificates of one batch, for an admin; null when the viewer may not see the agency's or the batch is not theirs. */
export async function batchCertificates(viewer: Viewer, batchId: string): Promise<AdminCertificateRow[] | null> {
  if (!isUuid(batchId) || !accessFor(viewer.roles, "read:certificate").includes("any")) return null;
  const batch = await db.batch.findFirst({ where: { id: batchId, agencyId: viewer.agencyId }, select: { id: true } });
  if (!batch) return null;
  return db.certificate.findMany({
    where: { agencyId: viewer.agencyId, enrolment: { batchId } },
    select: adminSelect,
    orderBy: [{ year: "asc" }, { seq: "asc" }],
  });
}

/** The agency's certificates, one page at a time, searched by number, name, program or NIP (admins). */
export async function agencyCertificates(viewer: Viewer, filters: { q?: string; page?: number }): Promise<Page<AdminCertificateRow> | null> {
  if (!accessFor(viewer.roles, "read:certificate").includes("any")) return null;
  const text = filters.q?.trim();
  const query = readEmployeeQuery(text);
  const search: Prisma.CertificateWhereInput = text
    ? {
        OR: [
          { number: { contains: text, mode: "insensitive" } },
          { holderName: { contains: text, mode: "insensitive" } },
          { programTitle: { contains: text, mode: "insensitive" } },
          ...(query?.kind === "nip" ? [{ enrolment: { employee: employeeSearchWhere(text) } }] : []),
        ],
      }
    : {};
  const where: Prisma.CertificateWhereInput = { AND: [{ agencyId: viewer.agencyId }, search] };
  return paginate(
    filters.page ?? 1,
    PAGE_SIZE,
    () => db.certificate.count({ where }),
    (skip, take) => db.certificate.findMany({ where, select: adminSelect, orderBy: [{ issuedAt: "desc" }, { year: "desc" }, { seq: "desc" }], skip, take }),
  );
}

/** One certificate with what its PDF needs, if the viewer may read it; null otherwise (no existence leak). */
export async function certificateForDownload(viewer: Viewer, id: string) {
  if (!isUuid(id)) return null;
  const scope = certificateScope(viewer);
  if (!scope) return null;
  return db.certificate.findFirst({
    where: { AND: [scope, { id }] },
    select: {
      ...rowSelect, seq: true, year: true, signatoryName: true, signatoryPosition: true,
      agency: { select: { name: true, region: true } },
      enrolment: { select: { employee: { select: { nip: true } } } },
    },
  });
}
export type DownloadableCertificate = NonNullable<Awaited<ReturnType<typeof certificateForDownload>>>;

/** The agency's numbering settings and the number the next certificate of this year would get (admins). */
export async function certificateSettings(viewer: Viewer, today: Date = calendarToday()) {
  if (!hasPermission(viewer.roles, "manage:program")) return null;
  const agency = await db.agency.findUniqueOrThrow({
    where: { id: viewer.agencyId },
    select: { name: true, certificateFormat: true, signatoryName: true, signatoryPosition: true },
  });
  const year = today.getUTCFullYear();
  const last = await db.certificate.aggregate({ where: { agencyId: viewer.agencyId, year }, _max: { seq: true } });
  const nextSeq = (last._max.seq ?? 0) + 1;
  return {
    ...agency,
    year,
    month: today.getUTCMonth() + 1,
    nextSeq,
    nextNumber: formatCertificateNumber(agency.certificateFormat, { seq: nextSeq, year, month: today.getUTCMonth() + 1 }),
  };
}
export type CertificateSettings = NonNullable<Awaited<ReturnType<typeof certificateSettings>>>;
