// The SIASN ASN import end to end against PostgreSQL: 2,000 SIASN-shaped rows into an empty agency (dry run,
// apply, units/positions/employees/history exist), the same file again (0 changes), a file with one moved
// person and one missing (exactly those two; the move is history, the missing one's service ends on the day
// asked), and supervisors by default from a unit's head position.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { importErrorFile } from "@/lib/import/error-file";
import { importProgress, importRunStatus } from "@/lib/import/queries";
import { stopImportQueueSender } from "@/lib/import/queue";
import { startImportApply } from "@/lib/import/service";
import { SIASN_HEADER, siasnCsv, siasnRows, type SiasnRow } from "../factories/siasn-export";
import { agencyState, csvFile, emptyAgency, uploadAsn } from "./asn-world";

const N = 2_000;
let admin: Viewer;
let agencyId: string;
let rows: SiasnRow[];

beforeAll(async () => {
  const world = await emptyAgency();
  admin = world.admin;
  agencyId = world.agency.id;
  rows = siasnRows(N, 1);
  // Row 11 (line 12): the NIP's TMT part says another month than TMT CPNS: a warning, applied as the file says.
  rows[10] = { ...rows[10]!, "TMT CPNS": rows[10]!["TMT CPNS"].replace(/^01-(\d\d)/, (_, m: string) => `01-${m === "12" ? "11" : "12"}`) };
});

afterAll(async () => {
  await stopImportQueueSender();
});

describe("2,000 ASN into an empty agency", () => {
  it("shows the dry run, applies in one go, and the same file again changes nothing", async () => {
    const text = siasnCsv(rows);
    const first = await uploadAsn(admin, csvFile(text));
    expect(first.queued).toBe(false);
    const units = new Set(rows.map((r) => r["UNOR ID"]));
    const positions = new Set(rows.map((r) => `${r["UNOR ID"]}|${r["JABATAN NAMA"]}`));
    expect(first.progress).toMatchObject({ status: "READY", rowCount: N, problemCount: 0, warningCount: 1 });
    expect(first.progress.summary?.counts).toEqual({ creates: N, updates: 0, unchanged: 0, missing: 0 });
    expect(first.progress.summary?.extraCounts).toEqual({ OrgUnit: units.size, Position: positions.size });
    const status = (await importRunStatus(admin, first.runId, { severity: "warning" }))!;
    expect(status.problems.total).toBe(1);
    expect(status.problems.rows[0]).toMatchObject({ line: 12, problems: [{ line: 12, column: "TMT CPNS", severity: "warning" }] });
    const errorFile = new TextDecoder().decode((await importErrorFile(admin, first.runId))!.bytes);
    expect(errorFile.split("\r\n")[11]).toMatch(/;Peringatan: TMT CPNS: NIP tidak cocok dengan TMT CPNS/);

    expect(await startImportApply(admin, { runId: first.runId })).toEqual({ queued: false, counts: { creates: N, updates: 0, unchanged: 0, missing: 0 } });
    expect((await importProgress(admin, first.runId))!).toMatchObject({ status: "APPLIED", percent: 100 });

    expect(await db.employee.count({ where: { agencyId } })).toBe(N);
    // The apply analysed the tables its insert filled before writing on (asn-apply.ts): the planner knows the rows.
    const [analysed] = await db.$queryRaw<{ n: number }[]>`SELECT reltuples::int AS n FROM pg_class WHERE relname = 'EmployeeAssignment'`;
    expect(analysed!.n).toBeGreaterThanOrEqual(N);
    expect(await db.orgUnit.count({ where: { agencyId, siasnId: { in: [...units] } } })).toBe(units.size);
    expect(await db.position.count({ where: { agencyId } })).toBe(positions.size);
    const bidang = await db.orgUnit.findFirstOrThrow({ where: { agencyId, siasnId: "UNOR-2-1" }, select: { kind: true, depth: true, path: true, parent: { select: { siasnId: true, kind: true, path: true } } } });
    expect(bidang).toMatchObject({ kind: "BIDANG", depth: 1, parent: { siasnId: "UNOR-2", kind: "OPD" } });
    expect(bidang.path.startsWith(bidang.parent!.path)).toBe(true);
    const pppk = rows[49]!;
    expect(await db.employee.findUniqueOrThrow({ where: { nip: pppk["NIP BARU"] }, select: { kind: true, rank: true, legalStatus: true, gender: true, position: { select: { type: true } } } }))
      .toEqual({ kind: "PPPK", rank: "IX", legalStatus: "PPPK Aktif", gender: "F", position: { type: "PELAKSANA" } });
    const head = await db.employee.findUniqueOrThrow({ where: { nip: rows[0]!["NIP BARU"] }, select: { position: { select: { name: true, type: true } } } });
    expect(head.position).toEqual({ name: "Kepala Dinas Nomor 1", type: "JPT_PRATAMA" });
    // Every employee's first assignment is this import's, from TMT JABATAN.
    const assignments = await db.employeeAssignment.groupBy({ by: ["source", "importRunId"], where: { agencyId }, _count: true });
    expect(assignments).toEqual([{ source: "IMPORT", importRunId: first.runId, _count: N }]);
    expect(await db.auditLog.count({ where: { agencyId, entity: "Employee", action: "create" } })).toBe(N);

    const before = await agencyState(agencyId);
    const again = await uploadAsn(admin, csvFile(text));
    expect(again.progress.summary?.counts).toEqual({ creates: 0, updates: 0, unchanged: N, missing: 0 });
    expect(again.progress.summary?.extraCounts).toEqual({ OrgUnit: 0, Position: 0 });
    expect(await startImportApply(admin, { runId: again.runId })).toEqual({ queued: false, counts: { creates: 0, updates: 0, unchanged: N, missing: 0 } });
    const after = await agencyState(agencyId);
    expect({ ...after, AuditLog: null }).toEqual({ ...before, AuditLog: null });
    expect(after.AuditLog!.count).toBe(before.AuditLog!.count + 2); // the upload and the apply, nothing else
  });

  it("shows exactly one moved person and one missing, writes the move as history and ends the missing one's service on the day asked", async () => {
    // Row 46 (a Pengadministrasi Umum of Dinas Nomor 7) moves to Dinas Nomor 3, which has that position too.
    const moved = { ...rows[46]!, "UNOR ID": "UNOR-3", "UNOR NAMA": "Dinas Nomor 3", "UNOR INDUK": "" };
    const gone = rows[47]!;
    const changed = rows.map((r, i) => (i === 46 ? moved : r)).filter((_, i) => i !== 47);
    const fromUnit = rows[46]!["UNOR NAMA"];
    const run = await uploadAsn(admin, csvFile(siasnCsv(changed), "ekspor-desember.csv"));
    expect(run.progress.summary?.counts).toEqual({ creates: 0, updates: 1, unchanged: N - 2, missing: 1 });
    const update = run.progress.summary!.updates![0]!;
    expect(update.key).toBe(moved["NIP BARU"]);
    expect(update.changes).toContainEqual({ field: "unit", before: fromUnit, after: "Dinas Nomor 3" });
    expect(run.progress.summary?.missing).toEqual([{ key: gone["NIP BARU"], label: `${gone.NAMA} (${gone["NIP BARU"]})` }]);
    expect(run.progress.summary?.extraCounts).toEqual({ OrgUnit: 0, Position: 0 });

    await startImportApply(admin, { runId: run.runId, endMissingOn: "2026-12-31" });
    const person = await db.employee.findUniqueOrThrow({ where: { nip: moved["NIP BARU"] }, select: { id: true, unitId: true, positionId: true, unit: { select: { siasnId: true } } } });
    expect(person.unit.siasnId).toBe("UNOR-3");
    const history = await db.employeeAssignment.findMany({ where: { employeeId: person.id }, orderBy: { startDate: "asc" }, select: { unitId: true, positionId: true, startDate: true, endDate: true, source: true, importRunId: true } });
    expect(history).toHaveLength(2);
    expect(history[1]).toMatchObject({ unitId: person.unitId, positionId: person.positionId, endDate: null, source: "IMPORT", importRunId: run.runId });
    expect(history[0]!.endDate!.getTime()).toBe(history[1]!.startDate.getTime() - 86_400_000);
    expect(await db.employee.findUniqueOrThrow({ where: { nip: gone["NIP BARU"] }, select: { serviceEndDate: true, serviceEndReason: true } }))
      .toEqual({ serviceEndDate: new Date("2026-12-31"), serviceEndReason: "Tidak ada di ekspor SIASN ekspor-desember.csv" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { agencyId, entity: "Employee", entityId: person.id, action: "update" }, select: { before: true, after: true } });
    expect(audit.before).toMatchObject({ unit: fromUnit });
    expect(audit.after).toMatchObject({ unit: "Dinas Nomor 3", importRunId: run.runId });

    // Without endMissingOn the missing stay as they are; the one already ended is no longer "missing".
    const again = await uploadAsn(admin, csvFile(siasnCsv(changed), "ekspor-desember.csv"));
    expect(again.progress.summary?.counts).toEqual({ creates: 0, updates: 0, unchanged: N - 1, missing: 0 });
  });

  it("gives the staff of a unit whose head position is marked that position's holder as supervisor", async () => {
    const headPosition = await db.employee.findUniqueOrThrow({ where: { nip: rows[1]!["NIP BARU"] }, select: { id: true, positionId: true, unitId: true } });
    await db.orgUnit.update({ where: { id: headPosition.unitId }, data: { headPositionId: headPosition.positionId } });
    const staff = rows.filter((r, i) => i !== 1 && i !== 47 && r["UNOR ID"].startsWith("UNOR-2"));
    const changed = rows.map((r, i) => (i === 46 ? { ...r, "UNOR ID": "UNOR-3", "UNOR NAMA": "Dinas Nomor 3", "UNOR INDUK": "" } : r)).filter((_, i) => i !== 47);
    const withBoss: Record<string, string>[] = changed.map((r) => (r["NIP BARU"] === rows[20]!["NIP BARU"] ? { ...r, "NIP ATASAN": rows[30]!["NIP BARU"] } : r));
    const run = await uploadAsn(admin, csvFile(siasnCsv(withBoss, { columns: [...SIASN_HEADER, "NIP ATASAN"] })));
    expect(run.progress.status).toBe("READY");
    // Everyone in Dinas Nomor 2 and its bidang (but its head) gets the head; the one with NIP ATASAN gets that one.
    expect(run.progress.summary?.counts?.updates).toBe(staff.length + (rows[20]!["UNOR ID"].startsWith("UNOR-2") ? 0 : 1));
    await startImportApply(admin, { runId: run.runId });
    const supervisors = await db.employee.findMany({ where: { nip: { in: staff.map((r) => r["NIP BARU"]) } }, select: { supervisorId: true } });
    expect(new Set(supervisors.map((s) => s.supervisorId))).toEqual(new Set([headPosition.id]));
    expect((await db.employee.findUniqueOrThrow({ where: { nip: rows[1]!["NIP BARU"] }, select: { supervisorId: true } })).supervisorId).toBeNull();
    const boss = await db.employee.findUniqueOrThrow({ where: { nip: rows[30]!["NIP BARU"] }, select: { id: true } });
    expect((await db.employee.findUniqueOrThrow({ where: { nip: rows[20]!["NIP BARU"] }, select: { supervisorId: true } })).supervisorId).toBe(boss.id);
  });
});
