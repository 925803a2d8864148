// Tenancy is enforced by PostgreSQL itself: every reference between two tenant rows is a composite foreign key
// (agencyId, xId) -> (agencyId, id). The references are read from the catalog (pg_constraint), not from a hand
// list, so a new table or column is covered the day it is migrated. For each one, a raw-SQL INSERT of a row
// whose reference points at a row of another agency is refused with exactly that key, while the same row
// pointing at a row of its own agency is accepted (so the agency is the only reason for the refusal).
// Database: the seeded demo.
import { randomInt, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantCatalog, type ForeignKey, type TenantCatalog } from "./tenancy-catalog";

/** National tables: shared by every agency, or written before anyone is known. Everything else is a tenant table. */
const NATIONAL_TABLES = ["Agency", "LoginAttempt", "RateLimitHit", "_prisma_migrations"];
/** Tables whose agencyId may be null: the audit log also records national events (a failed sign-in). */
const NULLABLE_AGENCY = ["AuditLog"];
const TENANCY_MIGRATION = "20261205072500_tenancy_in_the_schema";

let client: pg.Client;
let catalog: TenantCatalog;
let agencyA: string;
const agencyB = randomUUID();

beforeAll(async () => {
  // The demo data fills (nearly) every tenant table of one agency; a second agency is the "other" one.
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  agencyA = (await client.query<{ id: string }>(`SELECT id FROM "Agency" LIMIT 1`)).rows[0]!.id;
  await client.query(`INSERT INTO "Agency" (id, code, name, region, province) VALUES ($1, 'LAIN', 'Instansi Lain', 'Lain', 'Lain')`, [agencyB]);
  await fillMissingRows();
  catalog = await tenantCatalog(client);
}, 300_000);

afterAll(async () => {
  await client?.end();
});

/** The demo has no row in a few tables; one honest row each, written the way the app writes them. */
async function fillMissingRows() {
  await client.query(`
    INSERT INTO "ProgramEligibleUnit" ("agencyId", "programId", "unitId")
    SELECT p."agencyId", p.id, u.id FROM "Program" p JOIN "OrgUnit" u ON u."agencyId" = p."agencyId" AND u."parentId" IS NULL
    WHERE p."agencyId" = $1 AND NOT EXISTS (SELECT 1 FROM "ProgramEligibleUnit") LIMIT 1`, [agencyA]);
  await client.query(`
    INSERT INTO "ReactionSealed" (id, "agencyId", "batchId", "questionSetId", answers)
    SELECT gen_random_uuid(), i."agencyId", i."batchId", i."questionSetId", '[]' FROM "ReactionInvite" i
    WHERE i."agencyId" = $1 AND NOT EXISTS (SELECT 1 FROM "ReactionSealed") LIMIT 1`, [agencyA]);
  await client.query(`
    INSERT INTO "ObserverRating" ("enrolmentId", "competencyId", "agencyId", level, "updatedAt", "updatedById")
    SELECT e.id, c.id, e."agencyId", 3, now(), u.id FROM "Enrolment" e
    JOIN "Competency" c ON c."agencyId" = e."agencyId" JOIN "User" u ON u."agencyId" = e."agencyId"
    WHERE e."agencyId" = $1 AND NOT EXISTS (SELECT 1 FROM "ObserverRating") LIMIT 1`, [agencyA]);
  // A competency with no level descriptors yet, so a same-agency CompetencyLevel row can be written.
  await client.query(`
    INSERT INTO "Competency" (id, "agencyId", kind, code, name, description)
    VALUES (gen_random_uuid(), $1, 'TECHNICAL', 'T.TENANCY', 'Kompetensi uji tenancy', '')`, [agencyA]);
  // A closed year (2000, long before the demo's ledger) with one ASN's row.
  await client.query(`
    INSERT INTO "YearClose" ("agencyId", year, "closedById", "evaluatedOn", "employeeCount", "contentHash")
    SELECT u."agencyId", 2000, u.id, date '2001-01-05', 1, 'tenancy-test' FROM "User" u
    WHERE u."agencyId" = $1 AND NOT EXISTS (SELECT 1 FROM "YearClose") LIMIT 1`, [agencyA]);
  await client.query(`
    INSERT INTO "YearCloseRow" ("agencyId", year, "employeeId", "unitId", "activeMonths", "targetMinutes", "creditedMinutes", status)
    SELECT e."agencyId", 2000, e.id, e."unitId", 12, 1200, 0, 'BELUM' FROM "Employee" e
    WHERE e."agencyId" = $1 AND NOT EXISTS (SELECT 1 FROM "YearCloseRow") LIMIT 1`, [agencyA]);
  // An import run (lib/import/) of a one-row file, with that row.
  // (The demo data may hold runs of its own: the row goes to this one only.)
  await client.query(`
    WITH run AS (
      INSERT INTO "ImportRun" (id, "agencyId", kind, "fileName", "fileSha256", "fileSize", format, original, "createdById", "updatedAt")
      SELECT gen_random_uuid(), u."agencyId", 'inactivity-periods', 'uji.csv', encode(sha256('NIP'::bytea), 'hex'), 3, 'csv', 'NIP'::bytea, u.id, now()
      FROM "User" u WHERE u."agencyId" = $1 LIMIT 1
      RETURNING id, "agencyId")
    INSERT INTO "ImportRow" ("agencyId", "runId", line, cells) SELECT "agencyId", id, 2, '["199001012015031001"]' FROM run`, [agencyA]);
  // External training recorded on an ASN's behalf (its recorder is the verifier).
  await client.query(`
    UPDATE "ExternalTraining" SET "recordedById" = "decidedById"
    WHERE id = (SELECT id FROM "ExternalTraining" WHERE "agencyId" = $1 AND status = 'VERIFIED' AND "decidedById" IS NOT NULL LIMIT 1)
      AND NOT EXISTS (SELECT 1 FROM "ExternalTraining" WHERE "agencyId" = $1 AND "recordedById" IS NOT NULL)`, [agencyA]);
  // A closed period of an employee's history that came from that import, and a unit with its head position.
  await client.query(`
    INSERT INTO "EmployeeAssignment" (id, "agencyId", "employeeId", "unitId", "positionId", "startDate", "endDate", source, "importRunId")
    SELECT gen_random_uuid(), e."agencyId", e.id, e."unitId", e."positionId", date '2000-01-01', date '2000-12-31', 'IMPORT', r.id
    FROM "Employee" e JOIN "ImportRun" r ON r."agencyId" = e."agencyId" WHERE e."agencyId" = $1 LIMIT 1`, [agencyA]);
  await client.query(`
    UPDATE "OrgUnit" u SET "headPositionId" = p.id FROM "Position" p
    WHERE p."unitId" = u.id AND u."agencyId" = $1 AND u.id = (SELECT "unitId" FROM "Position" WHERE "agencyId" = $1 LIMIT 1)`, [agencyA]);
  await fillCompetencyRows();
}

/**
 * Issue 14's tables, where the demo has no row yet: a training requirement met by a catalog program, recorded levels
 * (a supervisor's rating with its rater, an imported result, a withdrawn one), the agency's settings, a career target.
 */
async function fillCompetencyRows() {
  await client.query(`
    INSERT INTO "PositionRequirement" (id, "agencyId", "versionId", kind, description, importance, "programId")
    SELECT gen_random_uuid(), v."agencyId", v.id, 'TRAINING', 'Pelatihan Kepemimpinan Administrator', 'MUTLAK', p.id
    FROM "PositionStandardVersion" v JOIN "Program" p ON p."agencyId" = v."agencyId"
    WHERE v."agencyId" = $1 AND NOT EXISTS (SELECT 1 FROM "PositionRequirement" WHERE "programId" IS NOT NULL) LIMIT 1`, [agencyA]);
  await client.query(`
    INSERT INTO "CompetencyAssessment" (id, "agencyId", "employeeId", "competencyId", level, "assessedOn", source, "assessorName", "assessorEmployeeId",
                                        "documentNumber", "importRunId", "recordedById", "withdrawnAt", "withdrawnById", "withdrawnReason")
    SELECT gen_random_uuid(), e."agencyId", e.id, c.id, 3, date '2025-05-02', 'SUPERVISOR', s.name, s.id, 'ND/800/1', r.id, u.id, now(), u.id, 'Uji tenancy'
    FROM "Employee" e JOIN "Employee" s ON s.id = e."supervisorId" JOIN "Competency" c ON c."agencyId" = e."agencyId"
    JOIN "ImportRun" r ON r."agencyId" = e."agencyId" AND r."fileName" = 'uji.csv' JOIN "User" u ON u."agencyId" = e."agencyId" AND u."employeeId" IS NULL
    WHERE e."agencyId" = $1 AND NOT EXISTS (SELECT 1 FROM "CompetencyAssessment" WHERE "withdrawnById" IS NOT NULL AND "importRunId" IS NOT NULL) LIMIT 1`, [agencyA]);
  await client.query(`INSERT INTO "CompetencySettings" ("agencyId", "updatedAt") VALUES ($1, now()) ON CONFLICT DO NOTHING`, [agencyA]);
  await client.query(`
    INSERT INTO "CareerTarget" ("agencyId", "employeeId", "positionId")
    SELECT e."agencyId", e.id, p.id FROM "Employee" e JOIN "Position" p ON p."agencyId" = e."agencyId" AND p.id <> e."positionId"
    WHERE e."agencyId" = $1 AND NOT EXISTS (SELECT 1 FROM "CareerTarget") LIMIT 1`, [agencyA]);
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** A value that is not yet taken, of the column's type, for a column of a unique key that is not a reference. */
function freshValue(column: string, type: string, current: unknown): unknown {
  if (type === "uuid") return randomUUID();
  if (column === "nip") return Array.from({ length: 18 }, () => randomInt(10)).join("");
  if (type === "text" || type === "varchar") return `tenancy-${randomUUID()}`;
  if (type === "int4" || type === "int8") return Number(current ?? 0) + 100_000 + randomInt(100_000);
  // Far in the future, so it also passes a CHECK that it comes after the row's other dates.
  if (type === "date") return new Date(Date.UTC(2900 + randomInt(99), randomInt(12), 1 + randomInt(28))).toISOString().slice(0, 10);
  throw new Error(`No fresh value for ${column} (${type})`);
}

/**
 * The columns to change in a copy of `source` so that it breaks no unique key of its table, given the columns
 * already changed: a key touched by a changed column is satisfied; otherwise one of its plain columns gets a
 * fresh value, or one of its reference columns is pointed at a same-agency row the table does not use yet.
 */
async function uniqueOverrides(table: string, source: Record<string, unknown>, changed: Set<string>): Promise<Record<string, unknown> | null> {
  const overrides: Record<string, unknown> = {};
  for (const key of catalog.uniqueKeys.get(table) ?? []) {
    if (key.some((c) => changed.has(c) || c in overrides)) continue;
    // A NULL in the copy already keeps it apart, unless the key says NULLs collide.
    if (!catalog.nullsNotDistinct.has(`${table}:${key.join(",")}`) && key.some((c) => source[c] === null || source[c] === undefined)) continue;
    // A fresh id or text first; then a same-agency row not used yet; a number last (it may have a CHECK range).
    const plain = (types: string[]) => key.find((c) => c !== "agencyId" && !catalog.referenceColumns(table).has(c) && types.includes(catalog.columnType(table, c)));
    const idOrText = plain(["uuid", "text", "varchar"]);
    if (idOrText) {
      overrides[idOrText] = freshValue(idOrText, catalog.columnType(table, idOrText), source[idOrText]);
      continue;
    }
    const value = await unusedReference(table, key, source);
    if (value) {
      overrides[value.column] = value.value;
      continue;
    }
    const number = plain(["int4", "int8", "date"]);
    if (!number) return null; // every same-agency row is taken (e.g. each employee has an account)
    overrides[number] = freshValue(number, catalog.columnType(table, number), source[number]);
  }
  return overrides;
}

/** A same-agency row for one reference column of the key, such that no row of the table has that key yet. */
async function unusedReference(table: string, key: string[], source: Record<string, unknown>) {
  for (const column of key.filter((c) => c !== "agencyId" && catalog.referenceColumns(table).has(c))) {
    const fk = catalog.foreignKeys.find((f) => f.table === table && f.columns.includes(column))!;
    const target = fk.refColumns[fk.columns.indexOf(column)]!;
    const others = key.filter((c) => c !== column);
    const { rows } = await client.query(
      `SELECT to_jsonb(r.${quote(target)}) AS v FROM ${quote(fk.refTable)} r WHERE r."agencyId" = $1 AND $2::jsonb IS NOT NULL AND NOT EXISTS (
         SELECT 1 FROM ${quote(table)} t WHERE t.${quote(column)} = r.${quote(target)}
         ${others.map((c, i) => `AND t.${quote(c)} IS NOT DISTINCT FROM (jsonb_populate_record(NULL::${quote(table)}, $2::jsonb)).${quote(c)} -- ${i}`).join("\n")}
       ) LIMIT 1`,
      [agencyA, JSON.stringify(source)],
    );
    if (rows[0]) return { column, value: rows[0].v as unknown };
  }
  return null;
}

/** A row of the referenced table in agency B. Written with foreign keys off: only its key and agency matter here. */
async function rowOfAgencyB(fk: ForeignKey): Promise<Record<string, unknown>> {
  const { rows } = await client.query(`SELECT to_jsonb(r) AS row FROM ${quote(fk.refTable)} r WHERE r."agencyId" = $1 LIMIT 1`, [agencyA]);
  if (!rows[0]) throw new Error(`No ${fk.refTable} row in the demo agency to copy`);
  const source = rows[0].row as Record<string, unknown>;
  const keyColumns = fk.refColumns.filter((c) => c !== "agencyId");
  const copy: Record<string, unknown> = { ...source, agencyId: agencyB };
  for (const c of keyColumns) copy[c] = freshValue(c, catalog.columnType(fk.refTable, c), source[c]);
  for (const key of catalog.uniqueKeys.get(fk.refTable) ?? []) {
    if (key.includes("agencyId") || key.some((c) => keyColumns.includes(c))) continue;
    for (const c of key) copy[c] = freshValue(c, catalog.columnType(fk.refTable, c), source[c]);
  }
  await client.query(`SET LOCAL session_replication_role = replica`);
  await insertRow(fk.refTable, copy);
  await client.query(`SET LOCAL session_replication_role = origin`);
  return copy;
}

function insertRow(table: string, row: Record<string, unknown>) {
  return client.query(`INSERT INTO ${quote(table)} SELECT (jsonb_populate_record(NULL::${quote(table)}, $1::jsonb)).*`, [JSON.stringify(row)]);
}

/** Inserts in a savepoint and returns the database's refusal (or null when the row was accepted). */
async function tryInsert(table: string, row: Record<string, unknown>): Promise<{ code?: string; constraint?: string; message: string } | null> {
  await client.query("SAVEPOINT attempt");
  try {
    await insertRow(table, row);
    return null;
  } catch (error) {
    return error as { code?: string; constraint?: string; message: string };
  } finally {
    await client.query("ROLLBACK TO SAVEPOINT attempt");
  }
}

/** The control insert cannot be made unique: every same-agency row is already referenced (a one-to-one key). */
const SAME_AGENCY_ROWS_TAKEN = { message: "no free same-agency row" };

/**
 * Rows a reference needs in the demo agency but that must not outlive its check: written in the check's own
 * transaction (rolled back), because a later test copies the whole database into the schema before the tenancy
 * migration, which has no imported JP entries (the ledger is append-only, so they could not be removed after).
 */
const ROLLED_BACK_ROWS: Record<string, string> = {
  LedgerEntry_agencyId_importRunId_fkey: `
    INSERT INTO "LedgerEntry" (id, "agencyId", "employeeId", minutes, date, year, source, "routeCode", title, "importRunId", "importKey")
    SELECT gen_random_uuid(), e."agencyId", e.id, 45, date '2026-01-15', 2026, 'IMPORT', 'KL08', 'Kursus impor uji', r.id, 'tenancy-test'
    FROM "Employee" e JOIN "ImportRun" r ON r."agencyId" = e."agencyId" AND r."fileName" = 'uji.csv'
    WHERE e."agencyId" = $1 LIMIT 1`,
};

/**
 * The demo plan's versions are approved, and a trigger refuses any new line, target or budget item of an approved
 * version before a key is checked (tests/integration/plan-versions.test.ts tests that lock). Here only the key may
 * refuse, so the lock is off inside the check's own transaction (ALTER TABLE is rolled back with it).
 */
const LOCKED_WHEN_APPROVED: Record<string, string> = { PlanLine: "PlanLine_guard", PlanLineTarget: "PlanLineTarget_guard", PlanBudgetItem: "PlanBudgetItem_guard" };

async function crossAgencyInsert(fk: ForeignKey) {
  const refs = fk.columns.filter((c) => c !== "agencyId");
  await client.query("BEGIN");
  try {
    if (ROLLED_BACK_ROWS[fk.name]) await client.query(ROLLED_BACK_ROWS[fk.name]!, [agencyA]);
    const lock = LOCKED_WHEN_APPROVED[fk.table];
    if (lock) await client.query(`ALTER TABLE ${quote(fk.table)} DISABLE TRIGGER ${quote(lock)}`);
    const { rows } = await client.query(
      `SELECT to_jsonb(t) AS row FROM ${quote(fk.table)} t WHERE t."agencyId" = $1 AND ${refs.map((c) => `t.${quote(c)} IS NOT NULL`).join(" AND ")} LIMIT 1`,
      [agencyA],
    );
    if (!rows[0]) return { missing: `no ${fk.table} row with ${refs.join(", ")} in the demo agency: give the test one` };
    const source = rows[0].row as Record<string, unknown>;
    const other = await rowOfAgencyB(fk);
    // A column that a narrower reference of the table checks too (PositionCompetency.positionId, inside the key
    // (agencyId, positionId, versionId)) keeps its own agency's value, so only this key can refuse the row; so does
    // one shared with a reference as wide (PlanLine.planId, in (agencyId, planId, versionId) and (agencyId, planId, itemId)).
    const shares = (f: ForeignKey) => f.columns.some((c) => c !== "agencyId" && fk.columns.includes(c));
    const narrower = new Set(catalog.foreignKeys
      .filter((f) => f.table === fk.table && f.name !== fk.name && (
        (f.columns.length < fk.columns.length && f.columns.every((c) => fk.columns.includes(c))) || (f.columns.length === fk.columns.length && shares(f))))
      .flatMap((f) => f.columns));
    const pointed = refs.filter((c) => !narrower.has(c));
    const pointAtB = Object.fromEntries(pointed.map((c) => [c, other[fk.refColumns[fk.columns.indexOf(c)]!]]));
    const crossOverrides = await uniqueOverrides(fk.table, source, new Set(pointed));
    if (!crossOverrides) throw new Error(`${fk.table}: cannot keep the copy unique (${fk.name}; keys ${JSON.stringify(catalog.uniqueKeys.get(fk.table))})`);
    const refused = await tryInsert(fk.table, { ...source, ...pointAtB, ...crossOverrides });
    const sameOverrides = await uniqueOverrides(fk.table, source, new Set());
    const accepted = sameOverrides ? await tryInsert(fk.table, { ...source, ...sameOverrides }) : SAME_AGENCY_ROWS_TAKEN;
    return { refused, accepted };
  } finally {
    await client.query("ROLLBACK");
  }
}

describe("tenancy in the schema", () => {
  it("gives every table an agencyId, except the national ones", () => {
    const tables = [...catalog.tables.keys()];
    expect(tables.length).toBeGreaterThan(30);
    const without = tables.filter((t) => !catalog.tables.get(t)!.has("agencyId")).sort();
    expect(without).toEqual([...NATIONAL_TABLES].sort());
    const nullable = tables.filter((t) => catalog.tables.get(t)!.get("agencyId")?.nullable).sort();
    expect(nullable).toEqual(NULLABLE_AGENCY);
  });

  it("ties every tenant table's agencyId to something: the agency, or a parent row of the same agency", () => {
    const tenantTables = [...catalog.tables.keys()].filter((t) => !NATIONAL_TABLES.includes(t) && !NULLABLE_AGENCY.includes(t));
    const loose = tenantTables.filter((t) => !catalog.foreignKeys.some((f) => f.table === t && f.columns.includes("agencyId")));
    expect(loose).toEqual([]);
  });

  it("makes every reference between tenant tables a composite key on (agencyId, …)", () => {
    const tenantReferences = catalog.foreignKeys.filter((f) => f.refTable !== "Agency");
    const single = tenantReferences.filter((f) => f.columns[0] !== "agencyId" || f.refColumns[0] !== "agencyId").map((f) => f.name);
    expect(single).toEqual([]);
    // The list comes from the catalog; these are the ones issue 10 named, and the tables that had no agencyId.
    const names = tenantReferences.map((f) => `${f.table}.${f.columns.filter((c) => c !== "agencyId").join("+")}`);
    expect(names).toEqual(expect.arrayContaining([
      "BatchQuota.unitId", "BatchQuota.batchId", "Enrolment.quotaUnitId", "Enrolment.supervisorId", "Enrolment.batchId", "Enrolment.employeeId",
      "Notification.userId", "Certificate.employeeId", "Certificate.enrolmentId", "FeedbackTask.employeeId", "FeedbackTask.supervisorId",
      "ReactionInvite.batchId", "ReactionResponse.batchId", "ReactionSealed.batchId", "ReactionSealed.questionSetId", "YearCloseRow.employeeId",
      "LedgerYearTotal.employeeId", "ProgramEligibleUnit.programId", "ProgramEligibleUnit.unitId", "Attendance.sessionId", "Attendance.enrolmentId",
      "SessionTrainer.sessionId", "SessionTrainer.trainerId", "UserRole.userId", "UserRole.unitId", "Question.setId", "ReactionAnswer.responseId",
      "ReactionAnswer.questionId", "ReactionAnswer.trainerId", "FollowUpPlan.taskId", "ProgramCompetency.programId", "ProgramCompetency.competencyId",
      "CompetencyLevel.competencyId", "Employee.supervisorId", "OrgUnit.parentId", "LearningScore.enrolmentId",
    ]));
    expect(tenantReferences.length).toBeGreaterThanOrEqual(60);
  });

  it("serves a unit subtree (path LIKE '/…/unit/%') from the path index", async () => {
    const { rows: [unit] } = await client.query(`SELECT path FROM "OrgUnit" WHERE "agencyId" = $1 AND "parentId" IS NULL LIMIT 1`, [agencyA]);
    await client.query("BEGIN");
    try {
      await client.query("SET LOCAL enable_seqscan = off"); // the demo's few hundred units would be read whole otherwise
      const { rows } = await client.query(`EXPLAIN SELECT id FROM "OrgUnit" WHERE path LIKE $1`, [`${unit.path}%`]);
      const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
      expect(plan).toContain("OrgUnit_path_prefix_idx");
      expect(plan).toMatch(/Index Cond: \(\(path >= .*\) AND \(path < .*\)\)/);
    } finally {
      await client.query("ROLLBACK");
    }
  });

  it("keeps the anonymous answers unlinked: no key from a response, sealed answer or answer to a person or an invite", () => {
    const anonymous = catalog.foreignKeys.filter((f) => ["ReactionResponse", "ReactionSealed", "ReactionAnswer"].includes(f.table));
    const targets = new Set(anonymous.map((f) => f.refTable));
    for (const personal of ["Employee", "User", "Enrolment", "ReactionInvite"]) expect(targets.has(personal)).toBe(false);
  });

  it("refuses, for every tenant reference, a raw INSERT whose row points into another agency", async () => {
    const tenantReferences = catalog.foreignKeys.filter((f) => f.refTable !== "Agency");
    const outcomes: string[] = [];
    for (const fk of tenantReferences) {
      const attempt = await crossAgencyInsert(fk);
      if ("missing" in attempt) {
        outcomes.push(`${fk.name}: ${attempt.missing}`);
        continue;
      }
      const { refused, accepted } = attempt;
      const verdict = refused?.code === "23503" && refused.constraint === fk.name ? "refused" : `NOT refused by its key (${refused?.message ?? "accepted"})`;
      outcomes.push(`${fk.name}: ${verdict}; same agency: ${accepted ? accepted.message : "accepted"}`);
    }
    const controlSkipped = outcomes.filter((o) => o.endsWith(SAME_AGENCY_ROWS_TAKEN.message));
    expect(controlSkipped.length).toBeLessThanOrEqual(3);
    expect(outcomes).toEqual(tenantReferences.map((f) => {
      const skipped = controlSkipped.some((o) => o.startsWith(`${f.name}:`));
      return `${f.name}: refused; same agency: ${skipped ? SAME_AGENCY_ROWS_TAKEN.message : "accepted"}`;
    }));
  }, 120_000);
});

// The demo database migrates: the seeded data above is carried back to the schema of the previous migration
// (the new agencyId columns left out, the eligible units folded back into Program.eligibleUnitIds), and the
// tenancy migration is applied to it the way `prisma migrate deploy` does (one script, one transaction).
describe("the tenancy migration on a database holding the demo data", () => {
  const migrationsDir = path.resolve(__dirname, "../../prisma/migrations");
  const migrations = fs.readdirSync(migrationsDir).filter((d) => fs.statSync(path.join(migrationsDir, d)).isDirectory()).sort();
  const tenancy = migrations.indexOf(TENANCY_MIGRATION);
  const sqlOf = (name: string) => fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
  const name = `tenancy_prev_${randomUUID().slice(0, 8)}`;
  let previous: pg.Client;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: process.env.BANGKOM_TEST_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    previous = new pg.Client({ connectionString: process.env.DATABASE_URL!.replace(/\/[^/]*$/, `/${name}`) });
    await previous.connect();
    for (const m of migrations.slice(0, tenancy)) await previous.query(sqlOf(m));
    await copyIntoPreviousSchema(previous);
  }, 120_000);

  afterAll(async () => {
    await previous?.end();
    const admin = new pg.Client({ connectionString: process.env.BANGKOM_TEST_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it("is among the migrations, after others it builds on", () => {
    expect(tenancy).toBeGreaterThan(0);
  });

  it("stops with a message naming the key when a row already points into another agency, and changes nothing", async () => {
    await previous.query("BEGIN");
    try {
      await previous.query(`UPDATE "Enrolment" SET "agencyId" = $1 WHERE id = (SELECT id FROM "Enrolment" WHERE "agencyId" = $2 LIMIT 1)`, [agencyB, agencyA]);
      const error = await previous.query(sqlOf(TENANCY_MIGRATION)).then(() => null, (e: Error) => e);
      expect(error?.message).toMatch(/^Tenancy migration stopped: rows of "\w+" break \w+_fkey: they point at a row of another agency, or at a row that does not exist/);
    } finally {
      await previous.query("ROLLBACK");
    }
  });

  it("moves every row over: the same counts, agencyId filled from the parents, eligible units in their join table", async () => {
    const before = await rowCounts(previous);
    const eligible = Number((await previous.query(`SELECT coalesce(sum(cardinality("eligibleUnitIds")), 0) AS n FROM "Program"`)).rows[0].n);
    expect(before.get("Enrolment")).toBeGreaterThan(100);
    expect(eligible).toBeGreaterThan(0);

    await previous.query(sqlOf(TENANCY_MIGRATION));

    const after = await rowCounts(previous);
    expect(Object.fromEntries(after)).toEqual({ ...Object.fromEntries(before), ProgramEligibleUnit: eligible });
    // The migrated database equals the one migrations build from scratch, row for row, in the new columns too.
    for (const table of ["UserRole", "Attendance", "ReactionAnswer", "Question", "SessionTrainer", "BatchQuota", "FollowUpPlan"]) {
      const migrated = await previous.query(`SELECT count(*)::int AS n FROM "${table}" WHERE "agencyId" = $1`, [agencyA]);
      const seeded = await client.query(`SELECT count(*)::int AS n FROM "${table}" WHERE "agencyId" = $1${LATER_VALUES[table] ? ` AND ${LATER_VALUES[table]}` : ""}`, [agencyA]);
      expect(migrated.rows[0].n, table).toBe(seeded.rows[0].n);
    }
  });
});

async function rowCounts(db: pg.Client) {
  const { rows } = await db.query<{ relname: string }>(
    `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' ORDER BY 1`,
  );
  const counts = new Map<string, number>();
  for (const { relname } of rows) counts.set(relname, (await db.query(`SELECT count(*)::int AS n FROM ${quote(relname)}`)).rows[0].n);
  return counts;
}

/** Rows whose table a migration reshaped: read in the shape the schema before the tenancy migration has. */
const OLDER_SHAPE: Record<string, string> = {
  Program: `SELECT to_jsonb(p) || jsonb_build_object('eligibleUnitIds', coalesce((SELECT jsonb_agg(e."unitId") FROM "ProgramEligibleUnit" e WHERE e."programId" = p.id), '[]')) AS row FROM "Program" p`,
  // Notifications became kind + params after the tenancy migration (20261205075500_notification_kinds).
  Notification: `SELECT to_jsonb(n) || jsonb_build_object('title', n.kind, 'body', n.params::text) AS row FROM "Notification" n`,
  // Standards got versions in issue 14 (20261205170000_competency_profiles); before, a position had one standard, so
  // only the lines of each position's latest version are carried back.
  PositionCompetency: `SELECT to_jsonb(pc) AS row FROM "PositionCompetency" pc
    WHERE pc."versionId" = (SELECT v.id FROM "PositionStandardVersion" v WHERE v."positionId" = pc."positionId" ORDER BY v."effectiveFrom" DESC LIMIT 1)`,
};

/** Rows whose values a later migration made possible: the previous schema cannot hold them (the plan approver role of issue 15). */
const LATER_VALUES: Record<string, string> = { UserRole: `role::text <> 'PLAN_APPROVER'` };

/** Every row of the seeded database, as the previous schema holds it. Triggers and keys are off while copying. */
async function copyIntoPreviousSchema(previous: pg.Client) {
  const { rows: tables } = await previous.query<{ relname: string }>(
    `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'`,
  );
  await previous.query("BEGIN");
  await previous.query("SET LOCAL session_replication_role = replica");
  for (const { relname } of tables) {
    const select = OLDER_SHAPE[relname] ?? `SELECT to_jsonb(t) AS row FROM ${quote(relname)} t${LATER_VALUES[relname] ? ` WHERE ${LATER_VALUES[relname]}` : ""}`;
    const { rows } = await client.query(select);
    if (!rows.length) continue;
    await previous.query(`INSERT INTO ${quote(relname)} SELECT * FROM jsonb_populate_recordset(NULL::${quote(relname)}, $1::jsonb)`, [JSON.stringify(rows.map((r) => r.row))]);
  }
  await previous.query("COMMIT");
}
