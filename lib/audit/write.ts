import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SqlTx } from "@/lib/sql-transaction";

export type AuditEntry = {
  agencyId: string | null;
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

const json = (value: Prisma.InputJsonValue | null | undefined) => (value == null ? null : JSON.stringify(value));

/**
 * Always called with the transaction of the change it records, so both commit or neither does: Prisma's or a
 * lean one (lib/sql-transaction.ts). One statement either way. The time is the server's clock in UTC, as Prisma
 * wrote it; `::timestamp` keeps its clock reading whatever the session's time zone.
 */
export async function writeAudit(tx: SqlTx, entry: AuditEntry): Promise<void> {
  await tx.$executeRaw`INSERT INTO "AuditLog" ("agencyId", "actorUserId", action, entity, "entityId", before, after, "createdAt")
    VALUES (${entry.agencyId}::uuid, ${entry.actorUserId}::uuid, ${entry.action}, ${entry.entity}, ${entry.entityId},
      ${json(entry.before)}::jsonb, ${json(entry.after)}::jsonb, ${new Date().toISOString()}::timestamp)`;
}
