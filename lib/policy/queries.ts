import "server-only";
import { db, type Tx } from "@/lib/db";
import { policyOrDefault, type Policy } from "./rules";

/** The agency's policy for a year, or the defaults when none is saved. */
export async function policyFor(agencyId: string, year: number, client: Tx | typeof db = db): Promise<Policy> {
  return policyOrDefault(await client.agencyPolicy.findUnique({ where: { agencyId_year: { agencyId, year } } }));
}
