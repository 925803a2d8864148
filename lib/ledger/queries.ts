import "server-only";
import { employeeScope } from "@/lib/auth/scope";
import type { Permission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { ledgerOfYear } from "@/lib/enrolment/queries";
import { isUuid } from "@/lib/uuid";

// Reads behind the admin's ledger pages (correction, training recorded on an ASN's behalf). Each starts from the
// viewer's employee scope for the permission the page serves, so another unit's or agency's employee is not found.

const personSelect = { id: true, nip: true, name: true, frontTitle: true, backTitle: true, unit: { select: { name: true } } } as const;

/** The employee, if the viewer may act on them for the permission; null otherwise. */
export async function ledgerPerson(viewer: Viewer, employeeId: string, permission: Permission) {
  if (!isUuid(employeeId)) return null;
  const scope = await employeeScope(viewer, permission);
  if (!scope) return null;
  return db.employee.findFirst({ where: { AND: [scope, { id: employeeId }] }, select: personSelect });
}

/**
 * What the correction page shows: the person, their ledger of the year (the same query "JP saya" reads, so the
 * admin sees exactly the lines and total the ASN sees) and the years on record.
 */
export async function correctionPage(viewer: Viewer, employeeId: string, year: number) {
  const person = await ledgerPerson(viewer, employeeId, "correct:ledger");
  if (!person) return null;
  const who = { agencyId: viewer.agencyId, employeeId: person.id };
  const [ledger, years] = await Promise.all([
    ledgerOfYear(db, who, year),
    db.ledgerEntry.groupBy({ by: ["year"], where: who, orderBy: { year: "desc" } }),
  ]);
  return { person, ledger, years: years.map((y) => y.year) };
}
