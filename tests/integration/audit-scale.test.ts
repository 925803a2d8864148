// The audit log grows forever: with 200,000 rows, every page query of /admin/audit must be answered from an index
// (no sequential scan of "AuditLog", no sort of the whole log). Checked with EXPLAIN, not a stopwatch.
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AuditFilters } from "@/lib/audit/filters";
import { auditPageSql, listAuditPage } from "@/lib/audit/queries";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { buildWorld, type World } from "./world";

let w: World;
let admin: Viewer;
let operatorY: Viewer;
const ROWS = 200_000;

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };
const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

async function plan(viewer: Viewer, filters: AuditFilters): Promise<PlanNode[]> {
  const sql = auditPageSql(viewer, { filters, limit: 51 })!;
  const [row] = await db.$queryRaw<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${sql}`);
  return nodes(row!["QUERY PLAN"][0].Plan);
}

const auditScans = (all: PlanNode[]) => all.filter((n) => n["Relation Name"] === "AuditLog");

beforeAll(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
  operatorY = await w.viewer(w.users.operatorY);
  const employees = [w.people.head.id, w.people.kabid.id, w.people.staff1.id, w.people.staff2.id, w.people.other.id];
  const users = [w.users.admin.id, w.users.operatorX.id, w.users.head.id, w.users.kabid.id];
  // Mostly batch and program changes (no person), one row in 20 about a person, spread over three years;
  // the other agency gets a tenth as many. The trigger fills the subjects as it does for every writer.
  await db.$executeRaw`
    INSERT INTO "AuditLog" ("agencyId", "actorUserId", action, entity, "entityId", before, after, "createdAt")
    SELECT CASE WHEN i % 10 = 0 THEN ${w.agencyB.id}::uuid ELSE ${w.agencyA.id}::uuid END,
           (${users}::uuid[])[1 + i % 4],
           (ARRAY['update', 'create', 'status', 'register', 'delete', 'record', 'verify'])[1 + i % 7],
           CASE WHEN i % 20 = 3 THEN 'Employee.contact' ELSE (ARRAY['Batch', 'Program', 'RundownSession', 'QuestionSet', 'Notification'])[1 + i % 5] END,
           CASE WHEN i % 20 = 3 THEN (${employees}::uuid[])[1 + (i / 20) % 5]::text ELSE gen_random_uuid()::text END,
           jsonb_build_object('venue', 'Gedung ' || i), jsonb_build_object('venue', 'Hotel ' || i),
           timestamp '2025-01-01' + i * interval '7 minutes'
    FROM generate_series(1, ${ROWS}) i`;
  await db.$executeRaw`ANALYZE "AuditLog"`;
}, 300_000);

describe("/admin/audit on 200,000 rows", () => {
  it("holds the rows, and the subjects the trigger derived", async () => {
    expect(await db.auditLog.count()).toBeGreaterThanOrEqual(ROWS);
    expect(await db.auditLog.count({ where: { subjectEmployeeId: w.people.other.id } })).toBeGreaterThan(1_000);
    const page = await listAuditPage(operatorY, { filters: {} });
    expect(page.rows).toHaveLength(50);
    expect(page.rows.every((r) => r.entity === "Employee.contact" && r.entityId === w.people.other.id)).toBe(true);
  });

  it.each<[string, "admin" | "operator", AuditFilters, string | null]>([
    ["newest first, no filter", "admin", {}, "AuditLog_agencyId_createdAt_id_idx"],
    ["a kind of record", "admin", { entity: "Program" }, "AuditLog_agencyId_entity_createdAt_id_idx"],
    ["an action", "admin", { action: "verify" }, "AuditLog_agencyId_action_createdAt_id_idx"],
    ["an employee's history", "admin", { employeeId: "00000000-0000-4000-8000-000000000000" }, "AuditLog_subjectEmployeeId_createdAt_id_idx"],
    ["a batch's history", "admin", { batchId: "00000000-0000-4000-8000-000000000000" }, "AuditLog_subjectBatchId_createdAt_id_idx"],
    ["one record", "admin", { entity: "Batch", entityId: "x" }, null],
    ["a date range", "admin", { from: "2026-01-01", to: "2026-01-31" }, null],
    ["who", "admin", { q: "Pengguna" }, null],
    ["an operator's unit", "operator", {}, null],
    ["an operator's unit and a kind of record", "operator", { entity: "Employee.contact" }, null],
  ])("%s: no sequential scan of AuditLog", async (_name, who, filters, index) => {
    const all = await plan(who === "admin" ? admin : operatorY, filters);
    const scans = auditScans(all);
    expect(scans.length).toBeGreaterThan(0);
    expect(scans.filter((n) => n["Node Type"] === "Seq Scan")).toEqual([]);
    if (index) {
      expect(scans.map((n) => n["Index Name"])).toContain(index);
      // Read in index order: no sort of the matching rows.
      expect(all.filter((n) => n["Node Type"] === "Sort")).toEqual([]);
    }
  });
});
