// A second agency with no people at all and its admin: where an ASN import starts from nothing (issue 13's
// "2,000 ASN into an empty agency"), in the demo and in the e2e tests. Nothing else in the demo refers to it.
import { db } from "@/lib/db";
import { createAgency, createUser } from "./db";
import { DEMO_PASSWORD } from "./demo";
import { EMPTY_AGENCY } from "./empty-agency";

export { EMPTY_AGENCY };

/** Creates the empty agency and its admin (with the demo password), once. */
export async function seedEmptyAgency(password = DEMO_PASSWORD): Promise<{ agencyId: string }> {
  const existing = await db.agency.findUnique({ where: { code: EMPTY_AGENCY.code }, select: { id: true } });
  if (existing) return { agencyId: existing.id };
  const agency = await createAgency(db, { code: EMPTY_AGENCY.code, name: EMPTY_AGENCY.name });
  await createUser(db, { agencyId: agency.id, email: EMPTY_AGENCY.adminEmail, name: EMPTY_AGENCY.adminName, password, roles: [{ role: "ADMIN" }] });
  return { agencyId: agency.id };
}
