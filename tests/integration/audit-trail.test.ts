// /admin/audit against real PostgreSQL: the subject trigger, every filter returning exactly its rows, keyset
// pages, an operator's unit scope (page query and export), and the XLSX read back with exceljs.
import { readFileSync } from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { exportCells, respondAuditExport, writeAuditWorkbook } from "@/lib/audit/export";
import type { AuditFilters } from "@/lib/audit/filters";
import { presentAuditRows } from "@/lib/audit/present";
import { listAuditPage } from "@/lib/audit/queries";
import { changeLine } from "@/lib/audit/readable";
import type { Viewer } from "@/lib/auth/load-viewer";
import { updateBatch } from "@/lib/catalog/edit-commands";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { id as m } from "@/lib/i18n/messages/id";
import { createUser } from "../factories/db";
import { openBatch } from "./training-world";
import { buildWorld, type World } from "./world";

let w: World;
let admin: Viewer;

beforeEach(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
});

type Row = { actorUserId?: string | null; action?: string; entity: string; entityId: string; before?: unknown; after?: unknown; at: string; agencyId?: string };

/** Writes audit rows as a command would (the trigger fills their subjects), at chosen instants. */
async function log(rows: Row[]): Promise<string[]> {
  const ids: string[] = [];
  for (const r of rows) {
    const row = await db.auditLog.create({
      data: {
        agencyId: r.agencyId ?? w.agencyA.id, actorUserId: r.actorUserId ?? w.users.admin.id, action: r.action ?? "update",
        entity: r.entity, entityId: r.entityId, createdAt: new Date(r.at),
        before: (r.before ?? undefined) as Prisma.InputJsonValue | undefined, after: (r.after ?? undefined) as Prisma.InputJsonValue | undefined,
      },
    });
    ids.push(String(row.id));
  }
  return ids;
}

const idsOf = async (viewer: Viewer, filters: AuditFilters) => (await listAuditPage(viewer, { filters, limit: 500 })).rows.map((r) => String(r.id));
const mine = (ids: string[]) => (rows: string[]) => rows.filter((r) => ids.includes(r));

describe("each audit row knows what it is about (trigger AuditLog_subject)", () => {
  it("derives the employee, batch or unit from the entity, its id or the recorded JSON, also after a delete", async () => {
    const { staff1, other } = w.people;
    const [employeeRow, periodRow, unitRow, positionRow, deletedRow, signInRow] = await log([
      { entity: "Employee.contact", entityId: staff1.id, after: { phone: "0812" }, at: "2027-01-01T01:00:00Z" },
      { entity: "InactivityPeriod", entityId: crypto.randomUUID(), after: { employeeId: other.id, kind: "LONG_LEAVE" }, at: "2027-01-01T02:00:00Z" },
      { entity: "OrgUnit", entityId: w.units.bidangX1.id, after: { name: "Bidang X1 Baru" }, at: "2027-01-01T03:00:00Z" },
      { entity: "Position", entityId: staff1.positionId, after: { name: "Analis" }, at: "2027-01-01T04:00:00Z" },
      { entity: "ResultIndicator", entityId: crypto.randomUUID(), action: "delete", before: { batchId: crypto.randomUUID(), unitId: w.units.dinasY.id }, at: "2027-01-01T05:00:00Z" },
      { entity: "User", entityId: w.users.staff1.id, action: "sign-in", after: { ip: "10.0.0.1" }, at: "2027-01-01T06:00:00Z" },
    ]);
    const subjects = Object.fromEntries(
      (await db.auditLog.findMany({ where: { id: { in: [employeeRow, periodRow, unitRow, positionRow, deletedRow, signInRow].map((x) => BigInt(x!)) } } }))
        .map((r) => [String(r.id), [r.subjectEmployeeId, r.subjectBatchId, r.subjectUnitId]]),
    );
    expect(subjects[employeeRow!]).toEqual([staff1.id, null, null]);
    expect(subjects[periodRow!]).toEqual([other.id, null, null]);
    expect(subjects[unitRow!]).toEqual([null, null, w.units.bidangX1.id]);
    expect(subjects[positionRow!]).toEqual([null, null, w.units.bidangX1.id]);
    expect(subjects[deletedRow!]![2]).toBe(w.units.dinasY.id);
    expect(subjects[signInRow!]).toEqual([staff1.id, null, null]);
  });

  it("gives an employee's rows, by its lookup-free path, exactly what bangkom_audit_subject_of gives them", async () => {
    const { staff1, other } = w.people;
    const batch = crypto.randomUUID();
    const ids = await log([
      { entity: "Employee", entityId: staff1.id, after: { nip: "1", unitId: w.units.dinasY.id, batchId: batch }, at: "2027-02-01T01:00:00Z" },
      { entity: "Employee", entityId: staff1.id, before: { unitId: w.units.bidangX1.id }, after: { employeeId: other.id }, at: "2027-02-01T02:00:00Z" },
      { entity: "Employee", entityId: "199203152019032001", after: { employeeId: other.id, unitId: "bukan-uuid" }, at: "2027-02-01T03:00:00Z" },
      { entity: "Employee", entityId: "bukan-uuid", before: { employeeId: staff1.id, batchId: batch }, after: { unitId: w.units.dinasX.id }, at: "2027-02-01T04:00:00Z" },
      { entity: "Employee", entityId: staff1.id, at: "2027-02-01T05:00:00Z" },
    ]);
    const compared = await db.$queryRaw<{ stored: string[]; derived: string[] }[]>`
      SELECT ARRAY[a."subjectEmployeeId"::text, a."subjectBatchId"::text, a."subjectUnitId"::text] AS stored,
             ARRAY[s.emp::text, s.bat::text, s.uni::text] AS derived
      FROM "AuditLog" a CROSS JOIN LATERAL bangkom_audit_subject_of(a.entity, a."entityId", a.before, a.after) s
      WHERE a.id = ANY(${ids.map(BigInt)}::bigint[]) ORDER BY a.id`;
    expect(compared.map((c) => c.stored)).toEqual(compared.map((c) => c.derived));
    expect(compared.map((c) => c.stored)).toEqual([
      [staff1.id, batch, w.units.dinasY.id],
      [staff1.id, null, w.units.bidangX1.id],
      [other.id, null, null],
      [staff1.id, batch, w.units.dinasX.id],
      [staff1.id, null, null],
    ]);
  });

  it("is filled for rows written before the migration by its backfill (the migration's own statements, run again)", async () => {
    await db.$executeRawUnsafe(`ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_subject"`);
    let ids: string[];
    try {
      ids = await log([
        { entity: "Employee.contact", entityId: w.people.staff1.id, after: { phone: "1" }, at: "2026-01-01T01:00:00Z" },
        { entity: "Batch", entityId: w.units.dinasX.id, after: { venue: "x" }, at: "2026-01-01T02:00:00Z" },
        { entity: "SignIn", entityId: "unknown-email", at: "2026-01-01T03:00:00Z" },
      ]);
    } finally {
      await db.$executeRawUnsafe(`ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_subject"`);
    }
    const subjects = async () => (await db.auditLog.findMany({ where: { id: { in: ids.map(BigInt) } }, orderBy: { id: "asc" } }))
      .map((r) => [r.subjectEmployeeId, r.subjectBatchId, r.subjectUnitId]);
    expect(await subjects()).toEqual([[null, null, null], [null, null, null], [null, null, null]]);
    const migration = readFileSync(path.join(process.cwd(), "prisma/migrations/20261205156000_audit_subjects/migration.sql"), "utf8");
    const backfill = /ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_append_only";[\s\S]*?ENABLE TRIGGER "AuditLog_append_only";/.exec(migration)![0];
    await db.$transaction(backfill.split(/;\s*\n/).map((statement) => statement.trim().replace(/;$/, "")).filter(Boolean).map((statement) => db.$executeRawUnsafe(statement)));
    expect(await subjects()).toEqual([[w.people.staff1.id, null, null], [null, w.units.dinasX.id, null], [null, null, null]]);
    // And the log is append-only again.
    await expect(db.$executeRaw`UPDATE "AuditLog" SET action = 'forged'`).rejects.toThrow(/append-only/);
  });

  it("puts a real command's rows under their batch: the batch's history holds its creation and a venue change", async () => {
    const { batchId } = await openBatch(admin, {});
    const batch = await db.batch.findUniqueOrThrow({ where: { id: batchId } });
    await executeCommand(updateBatch, admin, {
      batchId, startDate: "2030-03-02", endDate: "2030-03-02", venue: "Hotel Santika", capacity: batch.capacity,
      registrationOpensAt: batch.registrationOpensAt.toISOString(), registrationClosesAt: batch.registrationClosesAt.toISOString(),
    });
    const page = await listAuditPage(admin, { filters: { batchId } });
    expect(page.rows.map((r) => r.action)).toEqual(["update", "status", "create"]);
    // A rundown session of the batch is named by its title.
    const session = await db.rundownSession.findFirstOrThrow({ where: { batchId } });
    const [sessionRow] = await log([{ entity: "RundownSession", entityId: session.id, action: "change", before: { startMinute: 480 }, after: { startMinute: 510 }, at: "2026-01-01T00:00:00Z" }]);
    const [named] = await presentAuditRows(w.agencyA.id, (await listAuditPage(admin, { filters: { entityId: session.id } })).rows, m, "id");
    expect([named!.id, named!.entity, named!.record, named!.changes.map((c) => changeLine(c))]).toEqual([sessionRow, "Sesi rundown", "Penyampaian materi", ["Mulai: 08.00 → 08.30"]]);
    const [entry] = await presentAuditRows(w.agencyA.id, page.rows.slice(0, 1), m, "id");
    expect(entry!.action).toBe("Mengubah");
    expect(entry!.entity).toBe("Angkatan");
    expect(entry!.record).toBe("Bimbingan Teknis Tata Kelola Data · Angkatan 1");
    expect(entry!.changes.find((c) => c.field === "venue")).toEqual({ field: "venue", label: "Tempat", mode: "changed", before: "—", after: "Hotel Santika" });
    // Only what changed: the dates and the capacity stayed, so they are not listed.
    expect(entry!.changes.map((c) => c.field)).not.toContain("startDate");
    expect(entry!.changes.map((c) => c.field)).not.toContain("capacity");
  });
});

describe("filters return exactly their rows", () => {
  it("by who (name, NIP, e-mail), kind of record, record, action and date range, alone and together", async () => {
    const siti = await createUser(db, { agencyId: w.agencyA.id, employeeId: w.people.staff2.id, name: "Siti Rahmawati", roles: [{ role: "ADMIN" }] });
    const budi = await createUser(db, { agencyId: w.agencyA.id, email: "budi.santoso@uji.go.id", name: "Budi Santoso", roles: [{ role: "ADMIN" }] });
    const outsider = await createUser(db, { agencyId: w.agencyB.id, email: "siti@lain.go.id", name: "Siti Lain", roles: [{ role: "ADMIN" }] });
    const batchId = crypto.randomUUID();
    const rows = await log([
      /* 0 */ { actorUserId: siti.id, entity: "Batch", entityId: batchId, after: { venue: "A" }, before: { venue: "B" }, at: "2027-02-02T16:59:59Z" }, // 2 Feb 23:59 WIB
      /* 1 */ { actorUserId: siti.id, entity: "Batch", entityId: batchId, action: "status", at: "2027-02-02T17:00:00Z" }, // 3 Feb 00:00 WIB
      /* 2 */ { actorUserId: budi.id, entity: "Program", entityId: crypto.randomUUID(), action: "create", at: "2027-02-03T10:00:00Z" },
      /* 3 */ { actorUserId: budi.id, entity: "Employee.contact", entityId: w.people.staff1.id, at: "2027-02-03T16:59:59Z" }, // 3 Feb 23:59 WIB
      /* 4 */ { actorUserId: null, entity: "FeedbackTask", entityId: crypto.randomUUID(), action: "remind", at: "2027-02-03T17:00:00Z" }, // 4 Feb WIB
      /* 5 */ { actorUserId: outsider.id, agencyId: w.agencyB.id, entity: "Batch", entityId: batchId, at: "2027-02-03T12:00:00Z" },
    ]);
    const pick = (...i: number[]) => i.map((k) => rows[k]!);
    const only = mine(rows);
    const q = async (filters: AuditFilters) => only(await idsOf(admin, filters));
    const sitiNip = w.people.staff2.nip;

    expect(await q({})).toEqual(pick(4, 3, 2, 1, 0));
    expect(await q({ q: "siti" })).toEqual(pick(1, 0)); // not the other agency's Siti
    expect(await q({ q: sitiNip.slice(0, 8) })).toEqual(pick(1, 0));
    expect(await q({ q: `${sitiNip.slice(0, 8)} ${sitiNip.slice(8, 14)}` })).toEqual(pick(1, 0));
    expect(await q({ q: "budi.santoso@" })).toEqual(pick(3, 2));
    expect(await q({ q: "100%_" })).toEqual([]);
    expect(await q({ entity: "Batch" })).toEqual(pick(1, 0));
    expect(await q({ entity: "Employee.contact" })).toEqual(pick(3));
    expect(await q({ entity: "Batch", entityId: batchId })).toEqual(pick(1, 0));
    expect(await q({ entityId: w.people.staff1.id })).toEqual(pick(3));
    expect(await q({ action: "status" })).toEqual(pick(1));
    expect(await q({ action: "remind" })).toEqual(pick(4));
    expect(await q({ from: "2027-02-03", to: "2027-02-03" })).toEqual(pick(3, 2, 1));
    expect(await q({ from: "2027-02-03" })).toEqual(pick(4, 3, 2, 1));
    expect(await q({ to: "2027-02-02" })).toEqual(pick(0));
    expect(await q({ q: "Siti", from: "2027-02-03", entity: "Batch" })).toEqual(pick(1));
    expect(await q({ employeeId: w.people.staff1.id })).toEqual(pick(3));
    expect(await q({ batchId })).toEqual(pick(1, 0));
    // The other agency's admin finds only their own row, whatever they filter by.
    const adminB = await w.viewer(w.users.adminB);
    expect(mine(rows)(await idsOf(adminB, { entityId: batchId }))).toEqual(pick(5));
  });

  it("pages newest first by keyset, with rows of the same instant neither lost nor repeated, and back again", async () => {
    const at = "2027-03-01T08:00:00Z";
    const rows = await log(Array.from({ length: 120 }, (_, i) => ({ entity: "Program", entityId: `p-${i}`, at: i < 60 ? at : "2027-03-01T09:00:00Z" })));
    const filters = { entity: "Program" };
    const seen: string[] = [];
    let page = await listAuditPage(admin, { filters, limit: 50 });
    const pages = [page];
    while (page.older) {
      page = await listAuditPage(admin, { filters, older: page.older, limit: 50 });
      pages.push(page);
    }
    for (const p of pages) seen.push(...p.rows.map((r) => String(r.id)));
    expect(pages.map((p) => p.rows.length)).toEqual([50, 50, 20]);
    expect(seen).toEqual([...rows.slice(60).reverse(), ...rows.slice(0, 60).reverse()]);
    expect(pages[0]!.newer).toBeUndefined();
    expect(pages[2]!.older).toBeUndefined();
    // "Lebih baru" from the last page gives back the second page, in the same order.
    const back = await listAuditPage(admin, { filters, newer: pages[2]!.newer, limit: 50 });
    expect(back.rows.map((r) => String(r.id))).toEqual(pages[1]!.rows.map((r) => String(r.id)));
    expect(back.newer).toBeDefined();
    expect(back.older).toBeDefined();
  });
});

describe("an operator sees only the changes about their unit", () => {
  async function scene() {
    const { staff1, kabid, other } = w.people;
    const batchId = crypto.randomUUID();
    const rows = await log([
      /* 0 */ { entity: "Employee.contact", entityId: staff1.id, before: { phone: "1" }, after: { phone: "2" }, at: "2027-04-01T01:00:00Z" },
      /* 1 */ { entity: "InactivityPeriod", entityId: crypto.randomUUID(), after: { employeeId: kabid.id, kind: "STUDY_ASSIGNMENT" }, at: "2027-04-01T02:00:00Z" },
      /* 2 */ { entity: "OrgUnit", entityId: w.units.bidangX1.id, before: { name: "X1" }, after: { name: "X1 baru" }, at: "2027-04-01T03:00:00Z" },
      /* 3 */ { entity: "Employee.contact", entityId: other.id, before: { phone: "3" }, after: { phone: "4" }, at: "2027-04-01T04:00:00Z" },
      /* 4 */ { entity: "OrgUnit", entityId: w.units.dinasY.id, after: { name: "Dinas Y" }, at: "2027-04-01T05:00:00Z" },
      /* 5 */ { entity: "Batch", entityId: batchId, before: { venue: "A" }, after: { venue: "B" }, at: "2027-04-01T06:00:00Z" },
      /* 6 */ { entity: "User", entityId: w.users.staff1.id, action: "sign-in", actorUserId: w.users.staff1.id, after: { ip: "10.1.1.1" }, at: "2027-04-01T07:00:00Z" },
      /* 7 */ { entity: "Enrolment", entityId: crypto.randomUUID(), action: "register", after: { employeeId: staff1.id, batchId }, at: "2027-04-01T08:00:00Z" },
    ]);
    return { rows, pick: (...i: number[]) => i.map((k) => rows[k]!), batchId };
  }

  it("in the page query, whatever the filters say", async () => {
    const { rows, pick, batchId } = await scene();
    const only = mine(rows);
    const operatorX = await w.viewer(w.users.operatorX);
    const operatorY = await w.viewer(w.users.operatorY);
    expect(only(await idsOf(admin, {}))).toEqual(pick(7, 6, 5, 4, 3, 2, 1, 0));
    expect(only(await idsOf(operatorX, {}))).toEqual(pick(7, 2, 1, 0));
    expect(only(await idsOf(operatorY, {}))).toEqual(pick(4, 3));
    // Asking by record, by person or by batch does not widen the scope.
    expect(only(await idsOf(operatorX, { entityId: w.people.other.id }))).toEqual([]);
    expect(only(await idsOf(operatorX, { employeeId: w.people.other.id }))).toEqual([]);
    expect(only(await idsOf(operatorX, { batchId }))).toEqual(pick(7));
    expect(only(await idsOf(operatorY, { entity: "Batch" }))).toEqual([]);
    // A move takes the history along: once staff1 works in Dinas Y, her rows are Y's operator's, not X's.
    await db.employee.update({ where: { id: w.people.staff1.id }, data: { unitId: w.units.dinasY.id } });
    expect(only(await idsOf(operatorX, {}))).toEqual(pick(2, 1));
    expect(only(await idsOf(operatorY, {}))).toEqual(pick(7, 4, 3, 0));
  });

  it("supervisors and ASN read nothing", async () => {
    await scene();
    for (const user of [w.users.head, w.users.kabid, w.users.staff1]) {
      expect(await idsOf(await w.viewer(user), {})).toEqual([]);
    }
  });

  it("in the export: the operator's file holds their unit's rows only; a supervisor is refused", async () => {
    const { pick } = await scene();
    const operatorX = await w.viewer(w.users.operatorX);
    const sheet = await exportedSheet(operatorX, {});
    expect(sheet.entityIds.filter((e) => e !== undefined)).toEqual(
      (await db.auditLog.findMany({ where: { id: { in: pick(7, 2, 1, 0).map(BigInt) } }, orderBy: { id: "desc" } })).map((r) => r.entityId),
    );
    const response = await respondAuditExport(new Request("http://x/api/ekspor/audit"), await w.viewer(w.users.kabid), m, "id");
    expect(response.status).toBe(403);
    expect((await respondAuditExport(new Request("http://x/api/ekspor/audit"), null, m, "id")).status).toBe(401);
    const bad = await respondAuditExport(new Request("http://x/api/ekspor/audit?from=kemarin"), admin, m, "id");
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Dari tanggal");
    expect((await respondAuditExport(new Request("http://x/api/ekspor/audit?format=csv"), admin, m, "id")).status).toBe(400);
  });
});

/** The XLSX as a spreadsheet program reads it: title rows, then the header row "Waktu", then the data. */
async function readWorkbook(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const values: string[][] = [];
  sheet.eachRow((row) => values.push(Array.from((row.values as unknown[]).slice(1), (v) => (v === null || v === undefined ? "" : String(v)))));
  const header = values.findIndex((r) => r[0] === m.audit.export.columns.when);
  return { title: values.slice(0, header).map((r) => r[0]!), header: values[header]!, data: values.slice(header + 1) };
}

async function exportedSheet(viewer: Viewer, filters: AuditFilters, cap?: number) {
  const pass = new PassThrough();
  const chunks: Buffer[] = [];
  pass.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => pass.on("end", resolve));
  const count = await writeAuditWorkbook(pass, viewer, filters, m, "id", cap);
  await done;
  const sheet = await readWorkbook(Buffer.concat(chunks));
  return { ...sheet, count, entityIds: sheet.data.map((r) => r[6]) };
}

describe("the XLSX export", () => {
  it("holds the same rows as the page, with the same readable columns, newest first", async () => {
    const { batchId } = await openBatch(admin, {});
    await log([
      { entity: "Batch", entityId: batchId, before: { venue: "Gedung Diklat BKPP", startDate: "2030-03-02" }, after: { venue: "Hotel Santika", startDate: "2030-03-02" }, at: "2030-01-05T03:00:00Z" },
      { entity: "LedgerEntry", entityId: crypto.randomUUID(), action: "correct", after: { employeeId: w.people.staff1.id, minutes: 120, reason: "Salah input" }, at: "2030-01-05T04:00:00Z" },
    ]);
    const filters = {};
    const page = await listAuditPage(admin, { filters, limit: 500 });
    const expected = (await presentAuditRows(w.agencyA.id, page.rows, m, "id")).map((e) => exportCells(e, m.audit));
    const sheet = await exportedSheet(admin, filters);
    expect(sheet.header).toEqual(["Waktu", "Oleh", "NIP/e-mail", "Tindakan", "Jenis data", "Data", "Id data", "Perubahan"]);
    expect(sheet.data).toEqual(expected);
    expect(sheet.count).toBe(page.rows.length);
    // PostgreSQL keeps a jsonb object's keys shortest first: the order the row's fields are listed in.
    expect(sheet.data[0]![7]).toBe("Alasan: Salah input\nJP: 2,67 JP\nPegawai: Staf Satu");
    expect(sheet.data[1]![7]).toBe("Tempat: Gedung Diklat BKPP → Hotel Santika");
    expect(sheet.title.join(" ")).not.toContain("dibatasi");
  });

  it("stops at the cap and says so above the header", async () => {
    await log(Array.from({ length: 8 }, (_, i) => ({ entity: "Program", entityId: `p-${i}`, at: `2030-02-0${i + 1}T01:00:00Z` })));
    const sheet = await exportedSheet(admin, { entity: "Program" }, 5);
    expect(sheet.count).toBe(5);
    expect(sheet.entityIds).toEqual(["p-7", "p-6", "p-5", "p-4", "p-3"]);
    expect(sheet.title).toContain("Ekspor dibatasi 5 baris terbaru. Persempit saringan (tanggal, jenis data, tindakan) untuk baris yang lebih lama.");
  });
});
