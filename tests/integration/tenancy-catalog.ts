// What the PostgreSQL catalog says about the tables of the public schema: columns, foreign keys, unique keys.
// Read by the tenancy test, so that its list of references is the database's, not a hand list.
import type pg from "pg";

export type ForeignKey = { name: string; table: string; columns: string[]; refTable: string; refColumns: string[] };
type Column = { type: string; nullable: boolean };

export type TenantCatalog = {
  tables: Map<string, Map<string, Column>>;
  foreignKeys: ForeignKey[];
  /** Primary keys and unique indexes, as column lists. */
  uniqueKeys: Map<string, string[][]>;
  /** Unique keys ("table:col,col") under which NULLs collide (NULLS NOT DISTINCT); in the others a NULL never does. */
  nullsNotDistinct: Set<string>;
  columnType(table: string, column: string): string;
  /** Columns that take part in a foreign key of the table (agencyId included). */
  referenceColumns(table: string): Set<string>;
};

export async function tenantCatalog(client: pg.Client): Promise<TenantCatalog> {
  const columns = await client.query<{ table: string; column: string; type: string; nullable: boolean }>(`
    SELECT c.relname AS table, a.attname AS column, t.typname AS type, NOT a.attnotnull AS nullable
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    JOIN pg_type t ON t.oid = a.atttypid
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`);
  const foreignKeys = await client.query<ForeignKey>(`
    SELECT con.conname AS name, c.relname AS table, r.relname AS "refTable",
      array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(n, i)
            JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.i) AS columns,
      array(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(n, i)
            JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.i) AS "refColumns"
    FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_class r ON r.oid = con.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE con.contype = 'f' AND n.nspname = 'public'
    ORDER BY c.relname, con.conname`);
  const uniques = await client.query<{ table: string; columns: string[]; nullsNotDistinct: boolean }>(`
    SELECT c.relname AS table, i.indnullsnotdistinct AS "nullsNotDistinct",
      array(SELECT a.attname::text FROM unnest(i.indkey) WITH ORDINALITY k(n, o)
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n ORDER BY k.o) AS columns
    FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE i.indisunique AND n.nspname = 'public'`);

  const tables = new Map<string, Map<string, Column>>();
  for (const c of columns.rows) {
    if (!tables.has(c.table)) tables.set(c.table, new Map());
    tables.get(c.table)!.set(c.column, { type: c.type, nullable: c.nullable });
  }
  const uniqueKeys = new Map<string, string[][]>();
  for (const u of uniques.rows) uniqueKeys.set(u.table, [...(uniqueKeys.get(u.table) ?? []), u.columns]);
  return {
    tables,
    foreignKeys: foreignKeys.rows,
    uniqueKeys,
    nullsNotDistinct: new Set(uniques.rows.filter((u) => u.nullsNotDistinct).map((u) => `${u.table}:${u.columns.join(",")}`)),
    columnType: (table, column) => tables.get(table)?.get(column)?.type ?? "unknown",
    referenceColumns: (table) => new Set(foreignKeys.rows.filter((f) => f.table === table).flatMap((f) => f.columns)),
  };
}
