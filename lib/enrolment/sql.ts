import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SqlTx } from "@/lib/sql-transaction";
import type { Notice } from "@/lib/notification/notify";
import type { Clash } from "./clash";

// SQL pieces of the registration and approval paths, which must stay within a few statements each under a rush
// (bench/enrolment-burst, tests/integration/enrolment-statements.test.ts). They only fetch facts and write;
// every decision stays with the pure rules of ./rules.ts.

/** Who is told what: the accounts of these employees (employees without one are skipped, as in notifyEmployees). */
export type Recipients = { agencyId: string; employeeIds: readonly string[]; notice: Notice };

/**
 * A CTE (to follow a data-changing CTE named `changed`) that writes the notice into the inbox of each recipient's
 * account, but only when `changed` returned a row: one statement writes the change and its notification.
 */
export function noticeCte(to: Recipients | null): Prisma.Sql {
  if (!to || !to.employeeIds.length) return Prisma.empty;
  const { agencyId, employeeIds, notice } = to;
  // An employee has at most one account (User.employeeId is unique), so one new id per employee suffices.
  return Prisma.sql`, notice AS (
    INSERT INTO "Notification"(id, "agencyId", "userId", kind, params, link)
    SELECT r.id, u."agencyId", u.id, ${notice.kind}, ${JSON.stringify(notice.params)}::jsonb, ${notice.link ?? null}
    FROM unnest(${employeeIds.map(newId)}::uuid[], ${[...employeeIds]}::uuid[]) AS r(id, "employeeId")
    JOIN "User" u ON u."employeeId" = r."employeeId"
    WHERE u."agencyId" = ${agencyId}::uuid AND EXISTS (SELECT 1 FROM changed))`;
}

/** JSON of the batches (other than `batchSql`) in which the employee holds a CONFIRMED seat; cancelled ones excepted. */
export const confirmedElsewhereJson = (employeeSql: Prisma.Sql, batchSql: Prisma.Sql) => Prisma.sql`COALESCE((
    SELECT json_agg(json_build_object('startDate', ob."startDate", 'endDate', ob."endDate", 'number', ob.number, 'title', op.title))
    FROM "Enrolment" c JOIN "Batch" ob ON ob.id = c."batchId" JOIN "Program" op ON op.id = ob."programId"
    WHERE c."employeeId" = ${employeeSql} AND c.status = 'CONFIRMED' AND c."batchId" <> ${batchSql} AND ob.status <> 'CANCELLED'
  ), '[]'::json)`;

type ClashJson = { startDate: string; endDate: string; number: number; title: string };

/** The JSON above as clash candidates (dates as the UTC midnights Prisma gives for DATE columns). */
export function parseClashes(raw: unknown): Clash[] {
  const list = (typeof raw === "string" ? JSON.parse(raw) : raw) as ClashJson[] | null;
  return (list ?? []).map((c) => ({
    startDate: new Date(`${c.startDate.slice(0, 10)}T00:00:00Z`),
    endDate: new Date(`${c.endDate.slice(0, 10)}T00:00:00Z`),
    number: c.number,
    program: { title: c.title },
  }));
}

/** The employee's confirmed seats in other batches, in one statement (the caller decides with firstClash). */
export async function confirmedElsewhere(tx: SqlTx, employeeId: string, batchId: string): Promise<Clash[]> {
  const [row] = await tx.$queryRaw<{ clashes: unknown }[]>`
    SELECT ${confirmedElsewhereJson(Prisma.sql`${employeeId}::uuid`, Prisma.sql`${batchId}::uuid`)} AS clashes`;
  return parseClashes(row?.clashes);
}

/**
 * A new time-ordered id (UUID version 7, as Prisma's `@default(uuid(7))` makes), for rows written in raw SQL.
 * Made here rather than with PostgreSQL 18's uuidv7(), so any supported server (DATABASE_URL) runs these statements.
 */
export function newId(): string {
  const bytes = randomBytes(16);
  let ms = Date.now();
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
