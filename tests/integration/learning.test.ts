// Level-2 (learning) evaluation: scores typed on the grid or imported from the batch's XLSX template, where
// one bad row refuses the whole file; observer ratings per program competency; gain and the batch summary.
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { setBatchStatus } from "@/lib/batch/lifecycle";
import { db } from "@/lib/db";
import { decideAsAgency, registerSelf } from "@/lib/enrolment/commands";
import { importLearningScores, saveLearningScore, saveObserverRatings } from "@/lib/learning/commands";
import { batchLearning } from "@/lib/learning/queries";
import { templateResponse } from "@/lib/learning/template";
import { createCompetencyCatalog } from "../factories/db";
import { openBatch } from "./training-world";
import { buildWorld, refusal, type World } from "./world";

let w: World;
let admin: Viewer;
let batchId: string;
let programId: string;
let enrolA: string; // w.people.other
let enrolB: string; // w.people.head

beforeEach(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
  ({ batchId, programId } = await openBatch(admin));
  const a = await executeCommand(registerSelf, await w.viewer(w.users.operatorX), { batchId });
  await executeCommand(decideAsAgency, admin, { enrolmentId: a.enrolmentId, approve: true, note: "" });
  const b = await executeCommand(registerSelf, await w.viewer(w.users.head), { batchId });
  await executeCommand(decideAsAgency, admin, { enrolmentId: b.enrolmentId, approve: true, note: "" });
  enrolA = a.enrolmentId;
  enrolB = b.enrolmentId;
  await executeCommand(setBatchStatus, admin, { batchId, status: "CLOSED" });
  await executeCommand(setBatchStatus, admin, { batchId, status: "RUNNING" });
});

type Line = [nip: string | number, name: string, pre: unknown, post: unknown];

/** A filled template as an admin would upload it: header in row 1, participants from row 2. */
async function sheet(lines: Line[]): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Nilai");
  ws.addRow(["NIP", "Nama", "Pre-test", "Post-test"]);
  for (const line of lines) ws.addRow(line as unknown[]);
  const buffer = await workbook.xlsx.writeBuffer();
  return new File([new Uint8Array(buffer as ArrayBuffer)], "nilai.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}

const upload = (file: File, viewer: Viewer = admin) => executeCommand(importLearningScores, viewer, { batchId, file });
const scores = () => db.learningScore.findMany({ where: { enrolment: { batchId } }, orderBy: { preScore: "asc" }, select: { enrolmentId: true, preScore: true, postScore: true } });

describe("importing scores from XLSX", () => {
  it("imports a clean file, one upsert per participant, with one audit row; the summary and gain follow", async () => {
    const { other, head } = w.people;
    expect(await upload(await sheet([[other.nip, other.name, 40, 80], [head.nip, head.name, 70, 65]]))).toEqual({ imported: 2 });
    expect(await scores()).toEqual([
      { enrolmentId: enrolA, preScore: 40, postScore: 80 },
      { enrolmentId: enrolB, preScore: 70, postScore: 65 },
    ]);
    expect(await db.auditLog.count({ where: { action: "learning.import", entityId: batchId } })).toBe(1);

    const learning = (await batchLearning(admin, batchId))!;
    expect(Object.fromEntries(learning.rows.map((r) => [r.enrolmentId, r.gain]))).toEqual({ [enrolA]: 40, [enrolB]: -5 });
    expect(learning.summary).toEqual({ count: 2, averagePre: 55, averagePost: 72.5, averageGain: 17.5, shareImproved: 0.5, paired: 2 });

    // An empty cell leaves the score as it was; a second import updates in place.
    await upload(await sheet([[other.nip, other.name, null, 90]]));
    expect((await scores())[0]).toEqual({ enrolmentId: enrolA, preScore: 40, postScore: 90 });
  });

  it("imports NOTHING from a file with one bad row, and reports that row and what is wrong with it", async () => {
    const { other, head } = w.people;
    const error = await refusal(upload(await sheet([[other.nip, other.name, 40, 80], [head.nip, head.name, 70, 120]])));
    expect(error.message).toBe("learning.import.refused");
    expect(error.values).toEqual({ count: 1 });
    expect(error.fieldErrors).toEqual({ rows: ["Baris 3: nilai post-test 120 di luar 0–100"] });
    expect(await scores()).toEqual([]);
    expect(await db.auditLog.count({ where: { action: "learning.import", entityId: batchId } })).toBe(0);

    // Fixed, the same file imports.
    expect(await upload(await sheet([[other.nip, other.name, 40, 80], [head.nip, head.name, 70, 100]]))).toEqual({ imported: 2 });
  });

  it("refuses a NIP that is not a participant, an unknown NIP, a duplicate and out-of-range or fractional scores", async () => {
    const { other, staff1, outsider } = w.people;
    const error = await refusal(upload(await sheet([
      [other.nip, other.name, 40, 80],
      [staff1.nip, staff1.name, 50, 60],
      [outsider.nip, outsider.name, 50, 60], // another agency's employee: unknown here
      [other.nip, other.name, 45, 85],
      ["", "", -1, 72.5],
    ])));
    expect(error.fieldErrors?.rows).toEqual([
      `Baris 3: NIP ${staff1.nip} bukan peserta angkatan ini`,
      `Baris 4: NIP ${outsider.nip} tidak dikenal`,
      `Baris 5: NIP ${other.nip} sudah ada di baris 2`,
      "Baris 6: NIP kosong",
      "Baris 6: nilai pre-test -1 di luar 0–100",
      "Baris 6: nilai post-test 72.5 di luar 0–100",
    ]);
    expect(error.values).toEqual({ count: 4 });
    expect(await scores()).toEqual([]);
  });

  it("gives the row messages in English to an English viewer", async () => {
    const error = await refusal(executeCommand(importLearningScores, admin, { batchId, locale: "en", file: await sheet([[w.people.other.nip, "x", 101, 1]]) }));
    expect(error.fieldErrors?.rows).toEqual(["Row 2: pre-test score 101 is outside 0–100"]);
  });

  it("checks the file by its content and size", async () => {
    const csv = new File(["NIP,Nama,Pre-test,Post-test\n"], "nilai.xlsx");
    expect((await refusal(upload(csv))).message).toBe("learning.import.notXlsx");
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect((await refusal(upload(new File([big], "besar.xlsx")))).message).toBe("learning.import.tooLarge");
    const zipNotSheet = new Uint8Array(64);
    zipNotSheet.set([0x50, 0x4b, 0x03, 0x04]);
    expect((await refusal(upload(new File([zipNotSheet], "rusak.xlsx")))).message).toBe("learning.import.unreadable");
    expect((await refusal(upload(new File([], "kosong.xlsx")))).message).toBe("learning.import.noFile");
  });

  it("lets only admins of the agency import, and only into a running or finished batch", async () => {
    const file = await sheet([[w.people.other.nip, "x", 40, 80]]);
    for (const user of [w.users.operatorX, w.users.head, w.users.staff1]) {
      expect((await refusal(upload(file, await w.viewer(user)))).code).toBe("FORBIDDEN");
    }
    expect((await refusal(upload(file, await w.viewer(w.users.adminB)))).code).toBe("NOT_FOUND");
    const open = await openBatch(admin, { startDate: "2030-04-01" });
    expect((await refusal(executeCommand(importLearningScores, admin, { batchId: open.batchId, file }))).message).toBe("learning.errors.batchNotRunning");
    expect(await scores()).toEqual([]);
  });

  it("round-trips the template: prefilled with the confirmed participants, filled in, imported", async () => {
    const response = await templateResponse(admin, batchId);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const ws = workbook.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual([undefined, "NIP", "Nama", "Pre-test", "Post-test"]);
    const nips = [2, 3].map((r) => ws.getCell(r, 1).value);
    expect(nips.sort()).toEqual([w.people.head.nip, w.people.other.nip].sort());
    ws.getCell(2, 3).value = 50;
    ws.getCell(2, 4).value = 75;
    const filled = new File([new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)], "nilai.xlsx");
    expect(await upload(filled)).toEqual({ imported: 1 });

    expect((await templateResponse(null, batchId)).status).toBe(401);
    expect((await templateResponse(await w.viewer(w.users.staff1), batchId)).status).toBe(403);
    expect((await templateResponse(await w.viewer(w.users.adminB), batchId)).status).toBe(404);
  });
});

describe("the grid and observer ratings", () => {
  it("saves and clears one participant's scores, audited; refuses out of range and non-participants", async () => {
    await executeCommand(saveLearningScore, admin, { enrolmentId: enrolA, preScore: "45", postScore: "90" });
    expect(await scores()).toEqual([{ enrolmentId: enrolA, preScore: 45, postScore: 90 }]);
    await executeCommand(saveLearningScore, admin, { enrolmentId: enrolA, preScore: "45", postScore: "" });
    expect(await scores()).toEqual([{ enrolmentId: enrolA, preScore: 45, postScore: null }]);
    expect(await db.auditLog.count({ where: { entity: "LearningScore", entityId: enrolA } })).toBe(2);

    expect((await refusal(executeCommand(saveLearningScore, admin, { enrolmentId: enrolA, preScore: "101", postScore: "" }))).fieldErrors).toEqual({ preScore: ["learning.errors.score"] });
    // A withdrawn enrolment of the same batch is not a participant.
    const withdrawn = await db.enrolment.create({ data: { agencyId: w.agencyA.id, batchId, employeeId: w.people.staff1.id, status: "WITHDRAWN", origin: "SELF" } });
    expect((await refusal(executeCommand(saveLearningScore, admin, { enrolmentId: withdrawn.id, preScore: "1", postScore: "" }))).message).toBe("learning.errors.notParticipant");
    expect((await refusal(executeCommand(saveLearningScore, await w.viewer(w.users.head), { enrolmentId: enrolA, preScore: "1", postScore: "" }))).code).toBe("FORBIDDEN");
  });

  it("rates a participant 1–5 on the competencies the program develops, and only those", async () => {
    const catalog = await createCompetencyCatalog(db, w.agencyA.id);
    const [first, second, notDeveloped] = [...catalog.values()];
    await db.programCompetency.createMany({ data: [{ agencyId: w.agencyA.id, programId, competencyId: first!, targetLevel: 3 }, { agencyId: w.agencyA.id, programId, competencyId: second!, targetLevel: 2 }] });

    await executeCommand(saveObserverRatings, admin, { enrolmentId: enrolA, observerName: "Widyaiswara Uji", ratings: [{ competencyId: first, level: "4" }, { competencyId: second, level: "2" }] });
    const learning = (await batchLearning(admin, batchId))!;
    expect(learning.competencies.map((c) => c.id).sort()).toEqual([first, second].sort());
    const row = learning.rows.find((r) => r.enrolmentId === enrolA)!;
    expect(row.ratings).toEqual({ [first!]: 4, [second!]: 2 });
    expect(row.observerName).toBe("Widyaiswara Uji");

    await executeCommand(saveObserverRatings, admin, { enrolmentId: enrolA, observerName: "", ratings: [{ competencyId: second, level: "" }] });
    expect(await db.observerRating.count({ where: { enrolmentId: enrolA } })).toBe(1);

    expect((await refusal(executeCommand(saveObserverRatings, admin, { enrolmentId: enrolA, observerName: "", ratings: [{ competencyId: first, level: "6" }] }))).code).toBe("VALIDATION");
    expect((await refusal(executeCommand(saveObserverRatings, admin, { enrolmentId: enrolA, observerName: "", ratings: [{ competencyId: notDeveloped, level: "3" }] }))).message).toBe("learning.errors.competency");
    // The database holds the ranges too.
    await expect(db.$executeRaw`UPDATE "ObserverRating" SET level = 6 WHERE "enrolmentId" = ${enrolA}::uuid`).rejects.toThrow(/ObserverRating_level_range/);
    await executeCommand(saveLearningScore, admin, { enrolmentId: enrolA, preScore: "10", postScore: "" });
    await expect(db.$executeRaw`UPDATE "LearningScore" SET "postScore" = 101 WHERE "enrolmentId" = ${enrolA}::uuid`).rejects.toThrow(/LearningScore_score_range/);
  });
});
