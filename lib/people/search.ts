// The one employee search: what someone typed in a list's search box, read as a NIP prefix or a name.
import { Prisma } from "@/lib/generated/prisma/client";
import { normalizeNip } from "./nip";

export type EmployeeQuery = { kind: "nip"; prefix: string } | { kind: "name"; text: string };

/** Three or more digits (separators allowed, as in "19920315 2019") search NIPs by prefix; anything else searches names. */
export function readEmployeeQuery(q: string | null | undefined): EmployeeQuery | null {
  const text = q?.trim();
  if (!text) return null;
  const digits = normalizeNip(text);
  return /^\d{3,18}$/.test(digits) ? { kind: "nip", prefix: digits } : { kind: "name", text };
}

/** The query as a Prisma filter on Employee; `{}` when nothing was typed. */
export function employeeSearchWhere(q: string | null | undefined): Prisma.EmployeeWhereInput {
  const query = readEmployeeQuery(q);
  if (!query) return {};
  return query.kind === "nip" ? { nip: { startsWith: query.prefix } } : { name: { contains: query.text, mode: "insensitive" } };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The query as SQL over an employee table aliased `alias`; null when nothing was typed. */
export function employeeSearchSql(q: string | null | undefined, alias = "e"): Prisma.Sql | null {
  const query = readEmployeeQuery(q);
  if (!query) return null;
  const table = Prisma.raw(`"${alias}"`);
  return query.kind === "nip"
    ? Prisma.sql`${table}.nip LIKE ${`${query.prefix}%`}`
    : Prisma.sql`${table}.name ILIKE ${`%${escapeLike(query.text)}%`}`;
}
