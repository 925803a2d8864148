// The reads and the cancel behind the import pages (app/(app)/admin/impor): the agency's runs a page at a time,
// a run's problems a page at a time (25 bad rows all reachable), errors and warnings apart, and cancelling a
// checked run. All of it for the agency's admin only, inside the agency.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { cancelImport } from "@/lib/import/cancel";
import { applyImport } from "@/lib/import/commands";
import { importProgress } from "@/lib/import/queries";
import { stopImportQueueSender } from "@/lib/import/queue";
import { importProblemCounts, importProblemPage, importRunHeading, listImportRuns, RUNS_PAGE_SIZE } from "@/lib/import/run-list";
import { uploadImport } from "@/lib/import/service";
import { buildWorld, refusal, type World } from "./world";

let w: World;
let admin: Viewer;
let operator: Viewer;
let adminB: Viewer;

beforeAll(async () => {
  w = await buildWorld();
  [admin, operator, adminB] = await Promise.all([w.viewer(w.users.admin), w.viewer(w.users.operatorX), w.viewer(w.users.adminB)]);
});
afterAll(async () => {
  await stopImportQueueSender();
});

const HEADER = "NIP;JENIS;TANGGAL MULAI;TANGGAL SELESAI";
const upload = async (lines: string[], name = "periode.csv", viewer = admin) =>
  (await uploadImport(viewer, { kind: "inactivity-periods", file: new File([[HEADER, ...lines].join("\r\n") + "\r\n"], name, { type: "text/csv" }) })).runId;

describe("a run's problems", () => {
  it("pages through 25 bad rows, each with its line, column and reason, and counts rows apart from problems", async () => {
    const { staff1 } = w.people;
    // Lines 2..26 each have a bad NIP; line 27 is good; line 28 has two problems (kind and end date).
    const bad = Array.from({ length: 25 }, (_, i) => `1234${i};Cuti Besar;01-02-2031;28-02-2031`);
    const runId = await upload([...bad, `${staff1.nip};Cuti Besar;01-03-2031;31-03-2031`, `${staff1.nip};Cuti Apa;01-05-2031;bukan`]);
    expect((await importProgress(admin, runId))!.status).toBe("INVALID");
    expect(await importProblemCounts(admin, runId)).toEqual({ errorRows: 26, errors: 27, warnings: 0 });

    const first = await importProblemPage(admin, runId, "error", 1, 25);
    expect(first).toMatchObject({ total: 27, page: 1, pages: 2, from: 1, to: 25 });
    expect(first.rows[0]).toEqual({ line: 2, column: "NIP", message: "NIP harus 18 angka." });
    const second = await importProblemPage(admin, runId, "error", 2, 25);
    expect(first.rows.at(-1)).toEqual({ line: 26, column: "NIP", message: "NIP harus 18 angka." });
    expect(second.rows).toEqual([
      { line: 28, column: "JENIS", message: expect.stringContaining("Jenis tidak dikenal") },
      { line: 28, column: "TANGGAL SELESAI", message: expect.stringContaining("Bukan tanggal") },
    ]);
    // Every bad line reached once, in order, across the pages.
    const lines = [...first.rows, ...second.rows].map((r) => r.line);
    expect(new Set(lines).size).toBe(26);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    // A page past the end shows the last one; warnings are a list of their own.
    expect((await importProblemPage(admin, runId, "error", 9, 25)).page).toBe(2);
    expect(await importProblemPage(admin, runId, "warning", 1, 25)).toMatchObject({ total: 0, rows: [] });
  });

  it("tells warnings from errors by their severity (a problem without one is an error)", async () => {
    const runId = await upload([`${w.people.staff2.nip};Cuti Besar;01-06-2031;30-06-2031`]);
    await db.importRow.update({
      where: { runId_line: { runId, line: 2 } },
      data: { problems: [{ line: 2, column: "TANGGAL LAHIR", message: "Tidak cocok dengan NIP.", severity: "warning" }, { line: 2, column: "NIP", message: "Ganda." }] },
    });
    expect(await importProblemCounts(admin, runId)).toEqual({ errorRows: 1, errors: 1, warnings: 1 });
    expect((await importProblemPage(admin, runId, "warning", 1)).rows).toEqual([{ line: 2, column: "TANGGAL LAHIR", message: "Tidak cocok dengan NIP." }]);
    expect((await importProblemPage(admin, runId, "error", 1)).rows).toEqual([{ line: 2, column: "NIP", message: "Ganda." }]);
  });
});

describe("the list of runs", () => {
  it("lists the agency's runs newest first, a page at a time, with who uploaded them", async () => {
    for (let i = 0; i < RUNS_PAGE_SIZE; i += 1) await upload([], `kosong-${i}.csv`);
    const first = await listImportRuns(admin, 1);
    expect(first.total).toBeGreaterThan(RUNS_PAGE_SIZE);
    expect(first.rows).toHaveLength(RUNS_PAGE_SIZE);
    expect(first.rows[0]).toMatchObject({ fileName: `kosong-${RUNS_PAGE_SIZE - 1}.csv`, kind: "inactivity-periods", status: "READY", createdByName: expect.any(String) });
    expect(first.rows[0]!.counts).toEqual({ creates: 0, updates: 0, unchanged: 0, missing: 0 });
    const times = first.rows.map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const second = await listImportRuns(admin, 2);
    expect(second.rows.length).toBe(first.total - RUNS_PAGE_SIZE);
    expect(second.rows.some((r) => first.rows.some((f) => f.id === r.id))).toBe(false);
    // Another agency's admin sees none of them.
    expect((await listImportRuns(adminB, 1)).total).toBe(0);
  });

  it("is for admins only: an operator is refused every read", async () => {
    const runId = await upload([]);
    for (const read of [() => listImportRuns(operator, 1), () => importProblemPage(operator, runId, "error", 1), () => importProblemCounts(operator, runId), () => importRunHeading(operator, runId)]) {
      expect((await refusal(read())).message).toBe("common.forbidden");
    }
    expect(await importRunHeading(adminB, runId)).toBeNull();
    expect(await importProblemPage(adminB, runId, "error", 1)).toMatchObject({ total: 0 });
  });
});

describe("cancelImport", () => {
  it("cancels a checked run, with an audit row; it can then be neither applied nor cancelled again", async () => {
    const runId = await upload([`${w.people.kabid.nip};Lainnya;01-09-2031;30-09-2031`]);
    expect(await executeCommand(cancelImport, admin, { runId })).toEqual({ runId });
    expect((await importProgress(admin, runId))!.status).toBe("CANCELLED");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: runId, action: "import.cancel" } });
    expect(audit).toMatchObject({ before: { status: "READY" }, after: { status: "CANCELLED", kind: "inactivity-periods", fileName: "periode.csv" } });
    expect((await refusal(executeCommand(applyImport, admin, { runId }))).message).toBe("fileImport.runNotReady");
    expect((await refusal(executeCommand(cancelImport, admin, { runId }))).message).toBe("importUi.run.notCancellable");
    expect(await db.inactivityPeriod.count({ where: { employeeId: w.people.kabid.id } })).toBe(0);
  });

  it("leaves an applied run alone, and another agency's run is not found", async () => {
    const runId = await upload([]);
    await executeCommand(applyImport, admin, { runId });
    expect((await refusal(executeCommand(cancelImport, admin, { runId }))).message).toBe("importUi.run.notCancellable");
    expect((await refusal(executeCommand(cancelImport, adminB, { runId }))).message).toBe("common.notFound");
    expect((await refusal(executeCommand(cancelImport, operator, { runId }))).message).toBe("common.forbidden");
    expect((await importProgress(admin, runId))!.status).toBe("APPLIED");
  });
});
