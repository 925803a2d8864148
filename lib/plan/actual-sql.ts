import "server-only";
// What batches delivered, aggregated in SQL (decision 0037): participants = distinct ASN whose net ledger minutes
// from the batches are above zero; JP delivered = the net ledger minutes of the batches, counting every entry the
// batch wrote (credits and the reversals of a reopen carry its batchId) and every admin correction that names one
// of those entries (correctsId, followed to any depth); Rupiah = the sum of the batches' realised rows.
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FundSource } from "@/lib/generated/prisma/enums";

type Client = Tx | typeof db;

export type DeliveredRow = { key: string; participants: number; jpMinutes: number; batches: number };
export type RealisedRow = { key: string; fundSource: FundSource; rupiah: number };

/** `batchKey` is the grouping column over `b` ("Batch"): the plan item or the batch itself. */
function deliveredSql(agencyId: string, batchWhere: Prisma.Sql, batchKey: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH RECURSIVE b AS (
      SELECT b.id, (${batchKey})::text AS key FROM "Batch" b WHERE b."agencyId" = ${agencyId}::uuid AND (${batchWhere})
    ),
    entry AS (
      SELECT l.id, l."employeeId", l.minutes, b.key
        FROM "LedgerEntry" l JOIN b ON b.id = l."batchId"
       WHERE l."agencyId" = ${agencyId}::uuid
      UNION ALL
      SELECT c.id, c."employeeId", c.minutes, entry.key
        FROM "LedgerEntry" c JOIN entry ON c."correctsId" = entry.id
       WHERE c."agencyId" = ${agencyId}::uuid AND c."batchId" IS NULL
    ),
    per_person AS (SELECT key, "employeeId", sum(minutes)::int AS net FROM entry GROUP BY key, "employeeId")
    SELECT b.key, count(DISTINCT b.id)::int AS batches,
           coalesce((SELECT count(*) FROM per_person p WHERE p.key = b.key AND p.net > 0), 0)::int AS participants,
           coalesce((SELECT sum(p.net) FROM per_person p WHERE p.key = b.key), 0)::int AS "jpMinutes"
      FROM b GROUP BY b.key`;
}

function realisedSql(agencyId: string, batchWhere: Prisma.Sql, batchKey: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT (${batchKey})::text AS key, s."fundSource"::text AS "fundSource", sum(s.amount)::bigint AS rupiah
      FROM "BatchSpending" s JOIN "Batch" b ON b.id = s."batchId"
     WHERE s."agencyId" = ${agencyId}::uuid AND b."agencyId" = ${agencyId}::uuid AND (${batchWhere})
     GROUP BY 1, 2`;
}

const toNumber = (rows: { key: string; fundSource: FundSource; rupiah: bigint | number }[]): RealisedRow[] =>
  rows.map((r) => ({ ...r, rupiah: Number(r.rupiah) }));

/** Delivered and realised figures per plan item, over the batches linked to the given items. */
export async function actualByItem(agencyId: string, itemIds: readonly string[], client: Client = db) {
  if (!itemIds.length) return { delivered: [] as DeliveredRow[], realised: [] as RealisedRow[] };
  const where = Prisma.sql`b."planItemId" = ANY(${itemIds}::uuid[])`;
  const key = Prisma.sql`b."planItemId"`;
  const [delivered, realised] = await Promise.all([
    client.$queryRaw<DeliveredRow[]>(deliveredSql(agencyId, where, key)),
    client.$queryRaw<{ key: string; fundSource: FundSource; rupiah: bigint }[]>(realisedSql(agencyId, where, key)),
  ]);
  return { delivered, realised: toNumber(realised) };
}

/** Delivered and realised figures per batch, for the given batches. */
export async function actualByBatch(agencyId: string, batchIds: readonly string[], client: Client = db) {
  if (!batchIds.length) return { delivered: [] as DeliveredRow[], realised: [] as RealisedRow[] };
  const where = Prisma.sql`b.id = ANY(${batchIds}::uuid[])`;
  const key = Prisma.sql`b.id`;
  const [delivered, realised] = await Promise.all([
    client.$queryRaw<DeliveredRow[]>(deliveredSql(agencyId, where, key)),
    client.$queryRaw<{ key: string; fundSource: FundSource; rupiah: bigint }[]>(realisedSql(agencyId, where, key)),
  ]);
  return { delivered, realised: toNumber(realised) };
}

export type UnplannedBatch = {
  id: string; number: number; programTitle: string; routeCode: string; startDate: Date; endDate: Date; status: string;
  /** Linked to a plan item that is not a line of the version the report reads (e.g. removed by a revision). */
  linkedElsewhere: boolean;
};

/** Batches starting in the year, not cancelled, that deliver no line of the version read. */
export async function unplannedBatches(agencyId: string, year: number, itemIds: readonly string[], client: Client = db): Promise<UnplannedBatch[]> {
  return client.$queryRaw<UnplannedBatch[]>`
    SELECT b.id::text AS id, b.number, p.title AS "programTitle", p."routeCode"::text AS "routeCode", b."startDate", b."endDate",
           b.status::text AS status, (b."planItemId" IS NOT NULL) AS "linkedElsewhere"
      FROM "Batch" b JOIN "Program" p ON p.id = b."programId"
     WHERE b."agencyId" = ${agencyId}::uuid AND b.status <> 'CANCELLED'
       AND b."startDate" BETWEEN make_date(${year}, 1, 1) AND make_date(${year}, 12, 31)
       AND (b."planItemId" IS NULL OR NOT (b."planItemId" = ANY(${itemIds}::uuid[])))
     ORDER BY b."startDate", p.title, b.number`;
}
