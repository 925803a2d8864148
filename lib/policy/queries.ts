import "server-only";
import { cached, cacheTags } from "@/lib/cache";
import { db, type Tx } from "@/lib/db";
import { policyOrDefault, type Policy } from "./rules";

/**
 * The agency's policy for a year, or the defaults when none is saved. Read through the shared cache (dropped in
 * every worker when savePolicy commits); a transaction passed as `client` always reads its own view.
 */
export async function policyFor(agencyId: string, year: number, client: Tx | typeof db = db): Promise<Policy> {
  const load = async () => policyOrDefault(await client.agencyPolicy.findUnique({ where: { agencyId_year: { agencyId, year } } }));
  if (client !== db) return load();
  return cached({ key: `policy:${agencyId}:${year}`, tags: [cacheTags.policy(agencyId)] }, load);
}
