import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db, type Tx } from "@/lib/db";

export type OwnLedgerLine = {
  date: Date;
  title: string;
  source: "BATCH" | "EXTERNAL" | "CORRECTION" | "IMPORT";
  routeCode: string;
  minutes: number;
  reason: string | null;
};

/** The signed-in ASN's own ledger entries of year Y, oldest first; nothing for a user who is not an employee. */
export async function ownLedger(viewer: Viewer, year: number, client: Tx | typeof db = db): Promise<OwnLedgerLine[]> {
  if (!viewer.employeeId) return [];
  return client.ledgerEntry.findMany({
    where: { agencyId: viewer.agencyId, employeeId: viewer.employeeId, year },
    select: { date: true, title: true, source: true, routeCode: true, minutes: true, reason: true },
    orderBy: [{ date: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
}
