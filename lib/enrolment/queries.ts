import "server-only";
import { employeeScope } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { isUuid } from "@/lib/uuid";
import { db, type Tx } from "@/lib/db";
import type { EnrolmentStatus } from "@/lib/generated/prisma/client";
import type { IcsSession } from "./ics";

// The viewer's own registrations and JP ledger. Every query is filtered by the viewer's agency and their own
// employee id, so another ASN's registration or ledger is never reachable from here.

export async function myRegistrations(viewer: Viewer) {
  if (!viewer.employeeId) return [];
  return db.enrolment.findMany({
    where: { agencyId: viewer.agencyId, employeeId: viewer.employeeId },
    orderBy: [{ batch: { startDate: "desc" } }, { id: "asc" }],
    select: {
      id: true, status: true, origin: true, completed: true, rejectedReason: true, withdrawnReason: true, createdAt: true,
      batch: {
        select: {
          id: true, number: true, startDate: true, endDate: true, status: true, venue: true,
          program: { select: { id: true, title: true, routeCode: true } },
        },
      },
    },
  });
}

export type MyRegistration = Awaited<ReturnType<typeof myRegistrations>>[number];

/** The viewer's registration status per batch, for the given batches only. */
export async function myStatusByBatch(viewer: Viewer, batchIds: readonly string[]): Promise<Map<string, EnrolmentStatus>> {
  if (!viewer.employeeId || !batchIds.length) return new Map();
  const rows = await db.enrolment.findMany({
    where: { agencyId: viewer.agencyId, employeeId: viewer.employeeId, batchId: { in: [...batchIds] } },
    select: { batchId: true, status: true },
  });
  return new Map(rows.map((r) => [r.batchId, r.status]));
}

/** One person's ledger entries of one year, oldest first, with the year's net total: the table both the ASN and their supervisor see. */
export async function ledgerOfYear(client: Tx | typeof db, person: { agencyId: string; employeeId: string }, year: number) {
  const [entries, total] = await Promise.all([
    client.ledgerEntry.findMany({
      where: { ...person, year },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
      select: {
        id: true, date: true, title: true, routeCode: true, minutes: true, source: true, reason: true, correctsId: true,
        // The evidence behind each entry: the batch (and its program page) or the verified certificate.
        batch: { select: { number: true, programId: true } },
        externalTraining: { select: { id: true, certificateNumber: true, organiser: true } },
      },
    }),
    client.ledgerEntry.aggregate({ where: { ...person, year }, _sum: { minutes: true } }),
  ]);
  return { entries, totalMinutes: total._sum.minutes ?? 0 };
}

/** The viewer's ledger entries of one year, oldest first, with the year's net total and the years on record. */
export async function myLedger(viewer: Viewer, year: number) {
  if (!viewer.employeeId) return { entries: [], totalMinutes: 0, years: [] as number[] };
  const mine = { agencyId: viewer.agencyId, employeeId: viewer.employeeId };
  const [ledger, years] = await Promise.all([
    ledgerOfYear(db, mine, year),
    db.ledgerEntry.groupBy({ by: ["year"], where: mine, orderBy: { year: "desc" } }),
  ]);
  return { ...ledger, years: years.map((y) => y.year) };
}

export type MyLedgerEntry = Awaited<ReturnType<typeof myLedger>>["entries"][number];

/**
 * The calendar of a batch, only for a viewer holding a CONFIRMED seat in it (anyone else gets null, so the
 * route answers 404 and does not even reveal that the batch exists). Cancelled sessions are left out.
 */
export async function confirmedBatchCalendar(viewer: Viewer, batchId: string) {
  if (!viewer.employeeId || !isUuid(batchId)) return null;
  const enrolment = await db.enrolment.findFirst({
    where: { agencyId: viewer.agencyId, employeeId: viewer.employeeId, batchId, status: "CONFIRMED" },
    select: {
      batch: {
        select: {
          number: true, venue: true, scheduleSequence: true,
          program: { select: { title: true } },
          sessions: {
            where: { cancelled: false },
            orderBy: [{ date: "asc" }, { startMinute: "asc" }],
            select: { id: true, date: true, startMinute: true, endMinute: true, title: true, place: true },
          },
        },
      },
    },
  });
  if (!enrolment) return null;
  const { batch } = enrolment;
  const sessions: IcsSession[] = batch.sessions.map((s) => ({ ...s, place: s.place ?? batch.venue }));
  return {
    number: batch.number, calendarName: `${batch.program.title} (angkatan ${batch.number})`, programTitle: batch.program.title,
    sequence: batch.scheduleSequence, sessions,
  };
}

/**
 * An employee an operator may nominate, found by NIP inside the viewer's "nominate:enrolment" scope (their
 * unit subtree), with their current registration for the batch if any. Null outside the scope.
 */
export async function findNominee(viewer: Viewer, nip: string, batchId: string) {
  const scope = await employeeScope(viewer, "nominate:enrolment");
  if (!scope || !/^\d{18}$/.test(nip) || !isUuid(batchId)) return null;
  const employee = await db.employee.findFirst({
    where: { AND: [scope, { nip }] },
    select: {
      id: true, nip: true, name: true, frontTitle: true, backTitle: true,
      unit: { select: { name: true } },
      position: { select: { name: true } },
      enrolments: { where: { batchId, agencyId: viewer.agencyId }, select: { status: true } },
    },
  });
  if (!employee) return null;
  const { enrolments, ...rest } = employee;
  return { ...rest, status: enrolments[0]?.status ?? null };
}
