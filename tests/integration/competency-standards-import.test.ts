// The standards import (kind "competency-standards", decision 0029): one bad row means nothing is written and the
// row is named; after the fix the version is created with its lines, and a second file replaces a line's level.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { applyImport } from "@/lib/import/commands";
import { importProblems, importProgress } from "@/lib/import/queries";
import { stopImportQueueSender } from "@/lib/import/queue";
import { uploadImport } from "@/lib/import/service";
import { createCompetencyCatalog } from "../factories/db";
import { buildWorld, refusal, type World } from "./world";

const KIND = "competency-standards";
let w: World;
let admin: Viewer;

beforeAll(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
  await createCompetencyCatalog(db, w.agencyA.id);
});
afterAll(async () => {
  await stopImportQueueSender();
});

const HEADER = "ID JABATAN;NAMA JABATAN;KODE UNIT;KODE KOMPETENSI;LEVEL;KEPENTINGAN;DASAR HUKUM;BERLAKU MULAI";
const csvFile = (lines: string[], name = "standar.csv") => new File(["\uFEFF" + [HEADER, ...lines].join("\r\n") + "\r\n"], name, { type: "text/csv" });
async function upload(lines: string[]) {
  const { runId } = await uploadImport(admin, { kind: KIND, file: csvFile(lines) });
  return { runId, progress: (await importProgress(admin, runId))! };
}
const versionsOf = (positionId: string) =>
  db.positionStandardVersion.findMany({ where: { positionId }, include: { lines: { include: { competency: { select: { code: true } } } } } });

describe("importing position standards", () => {
  it("with one bad row writes nothing and names the row; fixed, it creates the version and its lines; again, it replaces a level", async () => {
    const kabid = w.people.kabid.positionId;
    const head = w.people.head.positionId;
    const dinasX = w.units.dinasX.code;
    const basis = "Perwal Uji No. 5 Tahun 2026";
    const good = [
      `${kabid};;;M.01;3;Mutlak;${basis};01-07-2026`,
      `${kabid};;;T.03;4 - Mumpuni;Penting;${basis};01-07-2026`,
      `;Jabatan Kepala;${dinasX};M.01;4;Mutlak;${basis};2026-07-01`,
    ];
    // The head's position by name and unit code: the factory names every position alike, so rename it first.
    await db.position.update({ where: { id: head }, data: { name: "Jabatan Kepala" } });

    const bad = await upload([...good.slice(0, 2), good[2]!.replace(";M.01;", ";X.99;")]);
    expect(bad.progress).toMatchObject({ status: "INVALID", rowCount: 3, problemCount: 1 });
    const problems = await importProblems(admin, bad.runId);
    expect(JSON.stringify(problems)).toContain("X.99");
    expect(JSON.stringify(problems)).toMatch(/"line":4/);
    expect((await refusal(executeCommand(applyImport, admin, { runId: bad.runId }))).code).toBeTruthy();
    expect(await versionsOf(kabid)).toEqual([]);
    expect(await versionsOf(head)).toEqual([]);

    const fixed = await upload(good);
    expect(fixed.progress).toMatchObject({ status: "READY", problemCount: 0 });
    expect(fixed.progress.summary?.counts).toEqual({ creates: 3, updates: 0, unchanged: 0, missing: 0 });
    await executeCommand(applyImport, admin, { runId: fixed.runId });
    const [version] = await versionsOf(kabid);
    expect([version!.legalBasis, version!.effectiveFrom.toISOString().slice(0, 10)]).toEqual([basis, "2026-07-01"]);
    expect(version!.lines.map((l) => [l.competency.code, l.requiredLevel, l.importance]).sort()).toEqual([["M.01", 3, "MUTLAK"], ["T.03", 4, "PENTING"]]);
    expect((await versionsOf(head))[0]!.lines.map((l) => l.requiredLevel)).toEqual([4]);
    expect(await db.auditLog.count({ where: { entityId: version!.id, action: "standard.version.create" } })).toBe(1);

    // The same version again with M.01 raised: one update, one unchanged; T.03, not in the file, stays.
    const again = await upload([`${kabid};;;M.01;5;Mutlak;${basis};01-07-2026`]);
    expect(again.progress.summary?.counts).toEqual({ creates: 0, updates: 1, unchanged: 0, missing: 1 });
    await executeCommand(applyImport, admin, { runId: again.runId });
    const after = (await versionsOf(kabid))[0]!;
    expect(after.lines.map((l) => [l.competency.code, l.requiredLevel]).sort()).toEqual([["M.01", 5], ["T.03", 4]]);
  });

  it("refuses an existing version under another legal basis, and a name that matches several positions", async () => {
    const kabid = w.people.kabid.positionId;
    const bidang = w.units.bidangX1.code;
    const run = await upload([
      `${kabid};;;M.02;3;Penting;Perwal Lain;01-07-2026`,
      `;Pengolah Data dan Informasi;${bidang};M.02;3;Penting;Perwal Uji No. 5 Tahun 2026;01-07-2026`,
    ]);
    expect(run.progress).toMatchObject({ status: "INVALID", problemCount: 2 });
    const text = JSON.stringify(await importProblems(admin, run.runId));
    expect(text).toContain("sudah ada dengan dasar hukum");
    expect(text).toContain("pakai kolom ID JABATAN");
  });
});
