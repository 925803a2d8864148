#!/usr/bin/env node
/**
 * Stand-in for Prisma's native `schema-engine` binary (PostgreSQL only).
 *
 * Why: Prisma 7's CLI runs `generate`, `migrate *` and `db push` through a native `schema-engine`
 * executable that it downloads from Prisma's servers on first use. Machines without that access
 * cannot get it. The CLI starts whatever executable `PRISMA_SCHEMA_ENGINE_BINARY` names instead, so:
 *
 *   PRISMA_SCHEMA_ENGINE_BINARY=/abs/path/to/scripts/prisma-schema-engine.mjs npx prisma migrate dev
 *
 * This script speaks the binary's protocol and delegates the real work to Prisma's official WASM
 * build of the same engine (`@prisma/schema-engine-wasm`) running on `@prisma/adapter-pg` + `pg`:
 *   - `... --datasource JSON cli can-connect-to-database|create-database|drop-database`
 *     answers database checks directly with `pg`;
 *   - otherwise it serves line-delimited JSON-RPC 2.0 on stdin/stdout until stdin closes.
 * It also works around bugs of adapter-pg 7.10.1 that migrations hit, and PostgreSQL 18's
 * NOT NULL rows in pg_constraint (details at `patchQueryable` and `ShadowAwareFactory`).
 *
 * Fallback: on a machine with internet access, unset PRISMA_SCHEMA_ENGINE_BINARY and Prisma
 * downloads and uses its own native binary. Versions of prisma and @prisma/schema-engine-wasm are
 * pinned exactly; test this file through the real CLI after upgrading either.
 */
import fs from "node:fs";
import readline from "node:readline";
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import * as wasmGlue from "@prisma/schema-engine-wasm/schema_engine_bg";

const { parse: parseConnectionString } = createRequire(import.meta.resolve("pg"))("pg-connection-string");

// ---------------------------------------------------------------------------------------------
// Logging: JSON lines on stderr, the format the CLI parses from the native binary.

function log(level, message, extra = {}) {
  process.stderr.write(
    JSON.stringify({ level, target: "schema_engine::logger", fields: { message, ...extra } }) + "\n",
  );
}

// ---------------------------------------------------------------------------------------------
// Arguments: --datamodels FILE (repeatable), --datasource JSON, --enabled-preview-features X,
// --extension-types JSON (both ignored: the WASM engine takes neither), then optionally `cli CMD`.

function parseArgs(argv) {
  const args = { datamodels: [], datasource: {}, cli: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "--datamodels") args.datamodels.push(argv[++i]);
    else if (flag === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (flag === "--enabled-preview-features" || flag === "--extension-types") i++;
    else if (flag === "cli") args.cli = argv[++i];
    else throw new Error(`Unknown argument: ${flag}`);
  }
  return args;
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL helpers.

/** pg config with separate fields (never `connectionString`, which would override `database`). */
function pgConfig(url) {
  if (!url) throw new Error("No datasource URL: set datasource.url in prisma.config.ts");
  const config = parseConnectionString(url);
  if (config.schema) config.options = `-c search_path="${config.schema}"`;
  return config;
}

const quoteIdent = (name) => `"${String(name).replaceAll('"', '""')}"`;

async function withClient(config, fn) {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Maps a pg connection error to the P10xx code and message the CLI expects. */
function connectionError(error, { host = "localhost", port = 5432, database, user }) {
  const at = `${host}:${port}`;
  if (error.code === "3D000") {
    return ["P1003", `Database \`${database}\` does not exist on the database server at \`${at}\`.`];
  }
  if (["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "EHOSTUNREACH", "ECONNRESET"].includes(error.code)) {
    return ["P1001", `Can't reach database server at \`${at}\`\n\nPlease make sure your database server is running at \`${at}\`.`];
  }
  if (error.code === "28P01" || error.code === "28000") {
    return ["P1000", `Authentication failed against database server at \`${host}\`, the provided database credentials for \`${user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${at}\`.`];
  }
  return ["P1000", error.message];
}

async function createDatabase(url) {
  const config = pgConfig(url);
  await withClient({ ...config, database: "postgres" }, (c) => c.query(`CREATE DATABASE ${quoteIdent(config.database)}`));
  return config.database;
}

// ---------------------------------------------------------------------------------------------
// Driver adapter with fixes for @prisma/adapter-pg 7.10.1 and PostgreSQL 18.

/** Catalog types adapter-pg cannot map (name, int2vector, regproc, oidvector, pg_node_tree,
 *  regclass, regtype): pg returns them as strings, so report them as text. */
const CATALOG_TEXT_OIDS = new Set([19, 22, 24, 30, 194, 2205, 2206]);
const TEXT_OID = 25;
/** The one-byte `"char"` type (e.g. pg_constraint.contype): the schema describer reads it as a
 *  character, so it must reach the engine typed Character, not Text. */
const CHAR_OID = 18;
const charColumnsOf = new WeakMap(); // rows array of a result → indexes of its "char" columns

/** Patches a PgQueryable (adapter or transaction) in place, before it gets bound. */
function patchQueryable(queryable) {
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const charColumns = [];
    result.fields.forEach((field, i) => {
      if (field.dataTypeID === CHAR_OID) charColumns.push(i);
      if (field.dataTypeID === CHAR_OID || CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    });
    // PostgreSQL 18 lists NOT NULL constraints in pg_constraint (contype 'n'); the engine's schema
    // describer panics on that type. Nullability is read from pg_attribute anyway.
    const typeColumn = result.fields.findIndex((field) => field.name === "constraint_type");
    if (typeColumn >= 0) result.rows = result.rows.filter((row) => row[typeColumn] !== "n");
    if (charColumns.length) charColumnsOf.set(result.rows, charColumns);
    return result;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const i of charColumnsOf.get(resultSet.rows) ?? []) resultSet.columnTypes[i] = ColumnTypeEnum.Character;
    return resultSet;
  };
  return queryable;
}

function patchAdapter(adapter) {
  patchQueryable(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => patchQueryable(await startTransaction(...args));
  // adapter-pg splits scripts on every ';', which breaks `$$ ... $$` bodies. Postgres runs a
  // multi-statement simple query as one implicit transaction, like the native engine does.
  adapter.executeScript = async (script) => {
    try {
      await adapter.client.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

/** Migration-aware factory. Unlike PrismaPg's own connectToShadowDb, the shadow database really is
 *  a separate database, and its pool is closed before the database is dropped. */
class ShadowAwareFactory {
  provider = "postgres";
  adapterName = "@prisma/adapter-pg";
  liveShadows = new Set(); // shadow databases the engine has not disposed yet

  constructor({ url, shadowDatabaseUrl }) {
    this.url = url;
    this.shadowDatabaseUrl = shadowDatabaseUrl;
  }

  get config() {
    return pgConfig(this.url); // throws for a missing URL, which then reaches the CLI as an RPC error
  }

  async open(config) {
    return patchAdapter(await new PrismaPg(config, { schema: config.schema }).connect());
  }

  connect() {
    return this.open(this.config);
  }

  async connectToShadowDb() {
    if (this.shadowDatabaseUrl) return this.openExplicitShadow(pgConfig(this.shadowDatabaseUrl));
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await withClient(this.config, (c) => c.query(`CREATE DATABASE ${quoteIdent(database)}`));
    this.liveShadows.add(database);
    const adapter = await this.open({ ...this.config, database });
    const close = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await close();
      await withClient(this.config, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)}`));
      this.liveShadows.delete(database);
    };
    return adapter;
  }

  /** A configured shadowDatabaseUrl is emptied first, as the native engine does. */
  async openExplicitShadow(config) {
    await withClient(config, async (c) => {
      const { rows } = await c.query(
        "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'",
      );
      for (const { nspname } of rows) await c.query(`DROP SCHEMA ${quoteIdent(nspname)} CASCADE`);
      await c.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(config.schema ?? "public")}`);
    });
    return this.open(config);
  }

  /** After a panic: the shadow pool may still hold a busy client, so force the drop. */
  async dropLeftoverShadows() {
    if (this.liveShadows.size === 0) return;
    const drop = (c, name) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    await withClient(this.config, (c) => Promise.allSettled([...this.liveShadows].map((name) => drop(c, name))));
  }
}

// ---------------------------------------------------------------------------------------------
// `cli` subcommands. The CLI skips the first stderr line, then reads an ERROR line's error_code.

async function runCli(command, { url }) {
  log("INFO", `Starting schema engine CLI: ${command}`);
  const config = pgConfig(url);
  try {
    if (command === "can-connect-to-database") {
      await withClient(config, (c) => c.query("SELECT 1"));
    } else if (command === "create-database") {
      process.stdout.write(JSON.stringify({ result: await createDatabase(url) }) + "\n");
    } else if (command === "drop-database") {
      await withClient({ ...config, database: "postgres" }, (c) => c.query(`DROP DATABASE ${quoteIdent(config.database)}`));
      process.stdout.write(JSON.stringify({ result: config.database }) + "\n");
    } else {
      throw new Error(`Unknown cli command: ${command}`);
    }
    return 0;
  } catch (error) {
    const [code, message] = connectionError(error, config);
    log("ERROR", message, { error_code: code });
    return 1;
  }
}

// ---------------------------------------------------------------------------------------------
// WASM engine.

let panicMessage = "";
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message: (message) => { panicMessage = message; },
  get: () => panicMessage,
};

async function loadEngine(datamodels, adapterFactory) {
  const wasmPath = fileURLToPath(new URL("schema_engine_bg.wasm", import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg")));
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), { "./schema_engine_bg.js": wasmGlue });
  wasmGlue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();

  const files = datamodels.map((file) => [file, fs.readFileSync(file, "utf8")]);
  const onLog = (line) => process.stderr.write(line.endsWith("\n") ? line : line + "\n");
  return wasmGlue.SchemaEngine.new({ datamodels: files.length > 0 ? files : undefined }, onLog, adapterFactory);
}

/** `errorRegistry` holds JS errors the engine only knows as "External error id#N". */
function rpcError(error, errorRegistry) {
  const isPanic = error instanceof WebAssembly.RuntimeError;
  const message = (isPanic ? panicMessage || String(error) : error?.message ?? String(error)).replace(
    /External error id#(\d+)/g,
    (text, id) => errorRegistry.consumeError(Number(id))?.error?.message ?? text,
  );
  return {
    code: 4466,
    message,
    data: { is_panic: isPanic, message, ...(error?.code && { error_code: error.code }), ...(error?.meta && { meta: error.meta }) },
  };
}

// ---------------------------------------------------------------------------------------------
// JSON-RPC server.

async function serve(args) {
  const factory = new ShadowAwareFactory(args.datasource);
  const boundFactory = bindMigrationAwareSqlAdapterFactory(factory);
  const enginePromise = loadEngine(args.datamodels, boundFactory);
  enginePromise.catch(() => {}); // reported on the first request
  const methods = new Set(Object.getOwnPropertyNames(wasmGlue.SchemaEngine.prototype));
  ["constructor", "free", "__destroy_into_raw"].forEach((name) => methods.delete(name));

  const send = (message) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...message }) + "\n");

  // Requests from the engine to the CLI (only `print`), answered by a line without `method`.
  const awaitingAck = new Map();
  let nextId = 1;
  const callCli = (method, params) =>
    new Promise((resolve) => {
      const id = nextId++;
      awaitingAck.set(id, (result) => awaitingAck.delete(id) && resolve(result));
      send({ id, method, params });
    });

  async function call(method, params) {
    if (method === "createDatabase") {
      return { databaseName: await createDatabase(params?.datasource?.url ?? args.datasource.url) };
    }
    const engine = await enginePromise;
    if (method === "getDatabaseVersion") return engine.version();
    if (!methods.has(method)) throw Object.assign(new Error(`Unknown method: ${method}`), { rpcCode: -32601 });
    try {
      return await engine[method](params);
    } catch (error) {
      // createMigration/evaluateDataLoss read the migrations' schema from a cache that only
      // devDiagnostic fills (through the shadow database). Fill it, then retry once.
      if (!params?.migrationsList || !/must be provided through an external factory/.test(error?.message)) throw error;
      await engine.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters });
      return await engine[method](params);
    }
  }

  // A panic inside a callback the engine scheduled escapes every awaited promise: answer the
  // request in flight as a panic, then exit with the native binary's panic status.
  let inFlight = null;
  const onFatal = async (error) => {
    const rpc = rpcError(error, boundFactory.errorRegistry);
    await factory.dropLeftoverShadows().catch(() => {}); // before answering: the CLI then kills us
    log("ERROR", rpc.data.message);
    if (inFlight !== null) send({ id: inFlight, error: rpc });
    process.exit(101);
  };
  process.on("uncaughtException", onFatal).on("unhandledRejection", onFatal);

  async function handle(request) {
    inFlight = request.id;
    try {
      let result = await call(request.method, request.params);
      if (request.method === "diff" && result?.stdout != null) {
        await callCli("print", { content: result.stdout });
        result = { ...result, stdout: null };
      }
      send({ id: request.id, result: result ?? null });
    } catch (error) {
      if (error instanceof WebAssembly.RuntimeError) return onFatal(error); // the engine is unusable now
      send({ id: request.id, error: error?.rpcCode ? { code: error.rpcCode, message: error.message } : rpcError(error, boundFactory.errorRegistry) });
    }
    inFlight = null;
  }

  let queue = Promise.resolve();
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      return send({ id: null, error: { code: -32700, message: "Parse error" } });
    }
    if (message.method === undefined) return awaitingAck.get(message.id)?.(message.result);
    queue = queue.then(() => handle(message)); // one request at a time
  });
  await new Promise((resolve) => lines.on("close", resolve));
  awaitingAck.forEach((ack) => ack()); // the CLI is gone: stop waiting for `print` acks
  await queue;
  return 0;
}

// ---------------------------------------------------------------------------------------------
// The WASM engine leaves 10 s / 60 s timers armed: always exit explicitly.

try {
  const args = parseArgs(process.argv.slice(2));
  process.exit(args.cli ? await runCli(args.cli, args.datasource) : await serve(args));
} catch (error) {
  log("ERROR", error?.message ?? String(error));
  process.exit(1);
}
