import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The statement with a tag as its first comment, where pg_stat_activity shows it (it cuts the text at 1 kB), so
 * that lib/compliance/cancellable.ts can find the backend running it and cancel it.
 */
export function tagged(tag: string, statement: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(`/* ${tag.replace(/[^\w:.-]/g, "")} */ `)}${statement}`;
}
