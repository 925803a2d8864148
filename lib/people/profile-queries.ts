import "server-only";
// The employee page of /admin/pegawai/[id] (issue 13): each tab's reads. Every function takes an employee the
// page has already found through getEmployee (lib/people/queries.ts: the viewer's read:employee scope), so
// nothing here widens what the viewer may see; the agency id is always part of the filter.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { queryOver, type ComplianceRow } from "@/lib/compliance/queries";
import { complianceRows } from "@/lib/compliance/sql";
import { ledgerOfYear } from "@/lib/enrolment/queries";

type Person = { id: string; agencyId: string };

/** The person's JP figures of year Y (target after pro-rating, credited, status); null for a year without service. */
export async function jpFigures(person: Person, year: number): Promise<Omit<ComplianceRow, "unitName" | "opdName"> | null> {
  const query = await queryOver(person.agencyId, year, { where: Prisma.sql`e.id = ${person.id}::uuid`, agencyWide: false });
  const [row] = await db.$queryRaw<Omit<ComplianceRow, "unitName" | "opdName">[]>`WITH c AS (${complianceRows(query)}) SELECT * FROM c`;
  return row ?? null;
}

/** The ledger of one year (the same query as "JP saya" and the supervisor's staff page) and the years on record. */
export async function jpLedger(person: Person, year: number) {
  const who = { agencyId: person.agencyId, employeeId: person.id };
  const [ledger, years] = await Promise.all([
    ledgerOfYear(db, who, year),
    db.ledgerEntry.groupBy({ by: ["year"], where: who, orderBy: { year: "desc" } }),
  ]);
  return { ...ledger, years: years.map((y) => y.year) };
}

const LIST_LIMIT = 50;

/** Registrations (newest batch first) and external training (newest first), the latest 50 of each with the counts. */
export async function trainingsOf(person: Person) {
  const who = { agencyId: person.agencyId, employeeId: person.id };
  const [enrolments, enrolmentCount, external, externalCount] = await Promise.all([
    db.enrolment.findMany({
      where: who,
      orderBy: [{ batch: { startDate: "desc" } }, { id: "asc" }],
      take: LIST_LIMIT,
      select: {
        id: true, status: true, completed: true,
        batch: { select: { number: true, startDate: true, endDate: true, program: { select: { id: true, title: true } } } },
      },
    }),
    db.enrolment.count({ where: who }),
    db.externalTraining.findMany({
      where: who,
      orderBy: [{ startDate: "desc" }, { id: "asc" }],
      take: LIST_LIMIT,
      select: { id: true, title: true, organiser: true, startDate: true, endDate: true, minutes: true, status: true },
    }),
    db.externalTraining.count({ where: who }),
  ]);
  return { enrolments, enrolmentCount, external, externalCount };
}

export type ChainLink = { id: string; nip: string; name: string; frontTitle: string | null; backTitle: string | null; positionName: string; unitName: string; depth: number };

/** The person's supervisors from the nearest up to the top (a cycle, which the commands refuse, stops at 50). */
export async function supervisorChainOf(person: Person): Promise<ChainLink[]> {
  return db.$queryRaw<ChainLink[]>`
    WITH RECURSIVE chain AS (
      SELECT "supervisorId" AS id, 1 AS depth FROM "Employee" WHERE id = ${person.id}::uuid AND "agencyId" = ${person.agencyId}::uuid
      UNION ALL
      SELECT e."supervisorId", c.depth + 1 FROM "Employee" e JOIN chain c ON e.id = c.id
      WHERE c.depth < 50 AND e."supervisorId" IS NOT NULL
    )
    SELECT e.id::text AS id, e.nip, e.name, e."frontTitle", e."backTitle", p.name AS "positionName", u.name AS "unitName", c.depth
    FROM chain c JOIN "Employee" e ON e.id = c.id JOIN "Position" p ON p.id = e."positionId" JOIN "OrgUnit" u ON u.id = e."unitId"
    WHERE e."agencyId" = ${person.agencyId}::uuid
    ORDER BY c.depth DESC`;
}

const STAFF_LIMIT = 100;

/** The person's direct staff, by name (the first 100, with the count). */
export async function directStaffOf(person: Person) {
  const where = { agencyId: person.agencyId, supervisorId: person.id };
  const [rows, total] = await Promise.all([
    db.employee.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: STAFF_LIMIT,
      select: {
        id: true, nip: true, name: true, frontTitle: true, backTitle: true, kind: true, rank: true,
        unit: { select: { id: true, name: true } }, position: { select: { name: true, type: true } },
      },
    }),
    db.employee.count({ where }),
  ]);
  return { rows, total };
}

/** Where the person worked when (newest first), their inactivity periods, as the history tab shows them. */
export async function historyOf(person: Person) {
  const who = { agencyId: person.agencyId, employeeId: person.id };
  const [assignments, inactivity] = await Promise.all([
    db.employeeAssignment.findMany({
      where: who,
      orderBy: [{ startDate: "desc" }, { createdAt: "desc" }],
      select: { id: true, startDate: true, endDate: true, source: true, unit: { select: { name: true } }, position: { select: { name: true } } },
    }),
    db.inactivityPeriod.findMany({ where: who, orderBy: [{ startDate: "desc" }, { id: "asc" }], select: { id: true, kind: true, startDate: true, endDate: true, note: true } }),
  ]);
  return { assignments, inactivity };
}
export type InactivityRow = Awaited<ReturnType<typeof historyOf>>["inactivity"][number];
