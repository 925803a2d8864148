import "server-only";
// The compliance list's sort and "0 JP" filter in SQL, over the per-ASN rows of lib/compliance/sql.ts. Each sort
// key maps to a fixed expression (never text from the URL), and every order ends with name, NIP and id, so a page
// boundary never shuffles people between pages.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ListSort, ListSortKey } from "./list-sort";

/** Furthest behind first: the order of the status chips (components/compliance/params.ts COMPLIANCE_STATUSES). */
const STATUS_RANK = Prisma.sql`CASE status WHEN 'NON_COMPLIANT' THEN 0 WHEN 'AT_RISK' THEN 1 WHEN 'ON_TRACK' THEN 2 WHEN 'COMPLIANT' THEN 3 ELSE 4 END`;

/** The "Kekurangan" column as the table shows it: nothing is missing for an exempt ASN. */
const SHORTFALL = Prisma.sql`CASE WHEN status = 'EXEMPT' THEN 0 ELSE greatest(0, "targetMinutes" - "creditedMinutes") END`;

/** The rows the dashboard counts as "ASN dengan 0 JP" (figures-sql.ts `zeroJp`): obliged, nothing credited. */
export const ZERO_JP = Prisma.sql`(status <> 'EXEMPT' AND "creditedMinutes" <= 0)`;

/** The column a list row carries for the unit sort: the unit's name (NULL for any other sort, so no join). */
export const SORT_UNIT_COLUMN = "sortUnit";

const COLUMN: Record<ListSortKey, Prisma.Sql> = {
  nama: Prisma.sql`name`,
  nip: Prisma.sql`nip`,
  unit: Prisma.sql`"sortUnit"`,
  jp: Prisma.sql`"creditedMinutes"`,
  target: Prisma.sql`"targetMinutes"`,
  kekurangan: SHORTFALL,
  status: STATUS_RANK,
};

/** What decides between equal values of the key: the status and shortfall help the two risk-like keys. */
const TIES: Partial<Record<ListSortKey, Prisma.Sql>> = {
  kekurangan: Prisma.sql`${STATUS_RANK}, `,
  status: Prisma.sql`${SHORTFALL} DESC, `,
};

/**
 * The ORDER BY body of a sort, over columns named as in `complianceRows` (plus "sortUnit" for the unit sort).
 * Unqualified: use it where those names are unambiguous (a CTE or subquery of the rows alone).
 */
export function listOrderSql(sort: ListSort): Prisma.Sql {
  const direction = sort.direction === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  return Prisma.sql`${COLUMN[sort.key]} ${direction}, ${TIES[sort.key] ?? Prisma.empty}name ASC, nip ASC, "employeeId" ASC`;
}

/** Whether the sort needs the unit's name before the page is cut (the only key not in the rows themselves). */
export const sortsByUnit = (sort: ListSort | undefined): boolean => sort?.key === "unit";
