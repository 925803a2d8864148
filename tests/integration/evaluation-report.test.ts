// The evaluation report at four levels against real PostgreSQL: two batches of one program built through the
// app's commands (questionnaire answers, scores, supervisor feedback with plans), indicators of their units,
// the batch and program figures, anonymity below the minimum, the agency boundary, and the XLSX read back.
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { createBatch, setBatchStatus } from "@/lib/batch/lifecycle";
import { db } from "@/lib/db";
import { batchEvaluationReport, programEvaluationReport } from "@/lib/evaluation/report";
import { batchEvaluationExport, programEvaluationExport } from "@/lib/export/evaluation";
import { respondWorkbook } from "@/lib/export/http";
import { createDueFeedbackTasks } from "@/lib/feedback/schedule";
import { submitFeedback } from "@/lib/feedback/commands";
import { saveLearningScore } from "@/lib/learning/commands";
import { submitReaction } from "@/lib/reaction/answer-commands";
import { inviteSheet } from "@/lib/reaction/queries";
import { batchReactionReport } from "@/lib/reaction/report";
import { createQuestionSet } from "@/lib/reaction/set-commands";
import { formatNip } from "@/lib/people/nip";
import { attendAndClose } from "../factories/demo-batches";
import { createUser } from "../factories/db";
import { openBatch } from "./training-world";
import { buildWorld, refusal, type World } from "./world";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let w: World;
let admin: Viewer;
let ids: { programId: string; batch1: string; batch2: string };

/** Answers every item of the employee's invitation with `rating` (and a comment on the first item). */
async function answer(employeeId: string, rating: number, comment?: string) {
  const user = await db.user.findFirstOrThrow({ where: { employeeId } });
  const viewer = await w.viewer(user);
  const invite = await db.reactionInvite.findFirstOrThrow({ where: { enrolment: { employeeId } } });
  const sheet = (await inviteSheet(viewer, invite.id))!;
  const answers = Object.fromEntries(sheet.items.map((item, i) => [item.key, { rating, comment: i === 0 ? comment : undefined }]));
  await executeCommand(submitReaction, viewer, { inviteId: invite.id, answers });
}

async function feedback(employeeId: string, rating: number, plans: { action: string; due: string }[]) {
  const task = await db.feedbackTask.findFirstOrThrow({ where: { employeeId } });
  await executeCommand(submitFeedback, admin, {
    taskId: task.id, applied: "Menerapkan tata kelola data di bidang", examples: "Menyusun katalog data bidang bulan lalu", rating: String(rating),
    behaviours: ["AKUNTABEL", "KOMPETEN"], obstacles: "",
    planAction: plans.map((p) => p.action), planOwner: plans.map(() => "Kepala Bidang"), planDue: plans.map((p) => p.due),
  });
}

beforeEach(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
  const { staff1, staff2, head, kabid, other } = w.people;
  await createUser(db, { agencyId: w.agencyA.id, employeeId: staff2.id, roles: [{ role: "ASN" }] });
  await executeCommand(createQuestionSet, admin, {
    name: "Evaluasi uji", anonymous: true, active: true,
    questions: [{ aspect: "MATERIAL", text: "Materi jelas dan runtut." }, { aspect: "FACILITIES", text: "Sarana belajar memadai." }],
  });

  // Batch 1: staff1, head and kabid complete; batch 2 of the same program: staff2 and other.
  const { programId, batchId: batch1 } = await openBatch(admin, { startDate: "2030-03-02" });
  const { batchId: batch2 } = await executeCommand(createBatch, admin, {
    programId, number: 2, startDate: "2030-04-06", endDate: "2030-04-06", capacity: 30, quotas: [],
    registrationOpensAt: new Date(Date.now() - 86_400_000).toISOString(), registrationClosesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    sessions: [{ date: "2030-04-06", startMinute: 480, endMinute: 600, title: "Penyampaian materi", kind: "LEARNING" }],
  });
  await executeCommand(setBatchStatus, admin, { batchId: batch2, status: "OPEN" });
  ids = { programId, batch1, batch2 };
  await attendAndClose(admin, batch1, [staff1.id, head.id, kabid.id]);
  await attendAndClose(admin, batch2, [staff2.id, other.id]);

  // L1: batch 1 has three anonymous answers (shown); batch 2 only two (withheld).
  await answer(staff1.id, 5, "Contoh kasusnya sangat membantu.");
  await answer(head.id, 4);
  await answer(kabid.id, 3, "Ruangan terlalu dingin.");
  await answer(staff2.id, 1, "Komentar yang tidak boleh terlihat.");
  await answer(other.id, 1);

  // L2: gains +20, +10, −5 in batch 1; one participant of batch 2 has both scores.
  const enrolment = (employeeId: string) => db.enrolment.findFirstOrThrow({ where: { employeeId } });
  const score = async (employeeId: string, preScore: number | null, postScore: number | null) =>
    executeCommand(saveLearningScore, admin, { enrolmentId: (await enrolment(employeeId)).id, preScore, postScore });
  await score(staff1.id, 60, 80);
  await score(head.id, 70, 80);
  await score(kabid.id, 90, 85);
  await score(staff2.id, 50, 75);
  await score(other.id, 55, null);

  // L3: tasks for everyone three months after each batch; four answers, one still open.
  expect(await createDueFeedbackTasks(day("2030-07-06"))).toBe(5);
  await feedback(staff1.id, 4, [{ action: "Menyusun katalog data bidang", due: "2026-01-31" }, { action: "Melatih rekan satu bidang", due: "2099-12-31" }]);
  await feedback(head.id, 2, [{ action: "Menetapkan kebijakan data dinas", due: "2099-12-31" }]);
  await feedback(kabid.id, 3, [{ action: "Memantau kualitas data", due: "2030-09-01" }]);
  await feedback(staff2.id, 5, [{ action: "Berbagi praktik baik", due: "2099-06-30" }]);
  const done = await db.followUpPlan.findFirstOrThrow({ where: { action: "Memantau kualitas data", task: { employeeId: kabid.id } } });
  await db.followUpPlan.update({ where: { id: done.id }, data: { doneAt: new Date() } });

  // L4: two indicators of batch 1 (one better, one worse, lower is better), one of batch 2 not yet measured.
  const indicator = (batchId: string, name: string, v: { baseline: number; result: number | null; higherIsBetter?: boolean }) =>
    db.resultIndicator.create({
      data: {
        agencyId: w.agencyA.id, batchId, unitId: w.units.bidangX1.id, name, measure: "%", higherIsBetter: v.higherIsBetter ?? true,
        baselineValue: v.baseline, baselineOn: day("2030-02-01"), resultValue: v.result, resultOn: v.result === null ? null : day("2030-09-01"), updatedById: w.users.admin.id,
      },
    });
  await indicator(batch1, "Dataset terbit tepat waktu", { baseline: 60, result: 75.5 });
  await indicator(batch1, "Hari penyelesaian permintaan data", { baseline: 5, result: 6, higherIsBetter: false });
  await indicator(batch2, "Kelengkapan metadata", { baseline: 40, result: null });
});

describe("batchEvaluationReport", () => {
  it("has the four levels' figures of one batch", async () => {
    const report = (await batchEvaluationReport(admin, ids.batch1))!;
    expect(report.batch.number).toBe(1);
    const t = report.totals;
    expect(t.reaction).toMatchObject({ invited: 3, responded: 3, withheld: false });
    expect(t.reaction.overall).toMatchObject({ count: 6, average: 4, distribution: [0, 0, 2, 2, 2] });
    expect(t.learning).toMatchObject({ count: 3, averagePre: (60 + 70 + 90) / 3, averagePost: 245 / 3, averageGain: 25 / 3, paired: 3 });
    expect(t.learning.shareImproved).toBeCloseTo(2 / 3);
    expect(t.behaviour).toMatchObject({ tasks: 3, submitted: 3, responseRate: 1, average: 3, applying: 2, distribution: [0, 1, 1, 1, 0] });
    expect(t.behaviour.shareApplying).toBeCloseTo(2 / 3);
    expect(t.plans).toEqual({ total: 4, done: 1, open: 3, overdue: 1 });
    expect(t.results).toEqual({ indicators: 2, measured: 2, improved: 1, unchanged: 0, worsened: 1 });

    expect(report.learningRows.map((r) => [r.name, r.gain])).toEqual([["Kabid X1", -5], ["Kepala Dinas X", 10], ["Staf Satu", 20]]);
    const staff1 = report.feedback.find((f) => f.participant === "Staf Satu")!;
    expect(staff1).toMatchObject({ rating: 4, applying: true, supervisor: "Kabid X1", behaviours: ["AKUNTABEL", "KOMPETEN"] });
    expect(report.feedback.find((f) => f.participant === "Kepala Dinas X")).toMatchObject({ rating: 2, applying: false, supervisor: null });
    expect(report.plans.find((p) => p.action === "Memantau kualitas data")?.status).toBe("DONE");
    const worse = report.indicators.find((i) => i.name.startsWith("Hari"))!;
    expect(worse).toMatchObject({ unitName: "Bidang X1", baselineValue: 5, resultValue: 6, change: { delta: 1, direction: "WORSENED" } });
    // Anonymous comments name nobody and come in question order, whoever wrote them.
    expect(report.reaction.comments.map((c) => [c.comment, c.respondent])).toEqual([["Contoh kasusnya sangat membantu.", null], ["Ruangan terlalu dingin.", null]]);
  });

  it("withholds a batch's anonymous answers while there are fewer than three", async () => {
    const report = (await batchEvaluationReport(admin, ids.batch2))!;
    expect(report.totals.reaction).toMatchObject({ invited: 2, responded: 2, withheld: true });
    expect(report.totals.reaction.overall.count).toBe(0);
    expect(report.reaction.byAspect.MATERIAL.count).toBe(0);
    expect(report.reaction.comments).toEqual([]);
    // The batch page's card still reads the same.
    expect(await batchReactionReport(admin, ids.batch2)).toMatchObject({ withheld: true, responded: 2, comments: [] });
  });

  it("is refused to ASN and supervisors, and finds nothing of another agency", async () => {
    expect((await refusal(batchEvaluationReport(await w.viewer(w.users.staff1), ids.batch1))).code).toBe("FORBIDDEN");
    expect((await refusal(batchEvaluationReport(await w.viewer(w.users.kabid), ids.batch1))).code).toBe("FORBIDDEN");
    expect((await refusal(programEvaluationReport(await w.viewer(w.users.head), ids.programId))).code).toBe("FORBIDDEN");
    const adminB = await w.viewer(w.users.adminB);
    expect(await batchEvaluationReport(adminB, ids.batch1)).toBeNull();
    expect(await programEvaluationReport(adminB, ids.programId)).toBeNull();
    expect(await batchEvaluationReport(admin, "not-a-uuid")).toBeNull();
  });
});

describe("programEvaluationReport", () => {
  it("lists each DONE batch and totals them, leaving out what a batch withholds", async () => {
    const report = (await programEvaluationReport(admin, ids.programId))!;
    expect(report.batches.map((b) => b.number)).toEqual([1, 2]);
    const b2 = report.perBatch.get(ids.batch2)!;
    expect(b2.learning).toMatchObject({ count: 2, averageGain: 25, paired: 1 });
    expect(b2.behaviour).toMatchObject({ tasks: 2, submitted: 1, responseRate: 0.5, average: 5, shareApplying: 1 });
    expect(b2.results).toMatchObject({ indicators: 1, measured: 0 });

    const t = report.totals;
    // Batch 2's two anonymous answers are withheld there, so the total is batch 1's alone.
    expect(t.reaction).toMatchObject({ invited: 5, responded: 5, withheld: true });
    expect(t.reaction.overall).toEqual(report.perBatch.get(ids.batch1)!.reaction.overall);
    expect(report.reaction.comments.map((c) => c.comment)).not.toContain("Komentar yang tidak boleh terlihat.");
    expect(t.learning).toMatchObject({ count: 5, paired: 4, averageGain: (20 + 10 - 5 + 25) / 4, shareImproved: 0.75 });
    expect(t.behaviour).toMatchObject({ tasks: 5, submitted: 4, responseRate: 0.8, average: 3.5, applying: 3, shareApplying: 0.75 });
    expect(t.plans).toEqual({ total: 5, done: 1, open: 4, overdue: 1 });
    expect(t.results).toMatchObject({ indicators: 3, measured: 2, improved: 1 });
    expect(report.feedback.map((f) => f.batchNumber)).toEqual([1, 1, 1, 2, 2]);
  });

  it("counts only DONE batches, and is empty for a program without one", async () => {
    await db.batch.update({ where: { id: ids.batch2 }, data: { status: "RUNNING" } });
    const report = (await programEvaluationReport(admin, ids.programId))!;
    expect(report.batches.map((b) => b.number)).toEqual([1]);
    expect(report.totals.learning.count).toBe(3);

    const { programId } = await openBatch(admin);
    const empty = (await programEvaluationReport(admin, programId))!;
    expect(empty.batches).toEqual([]);
    expect(empty.totals.reaction).toMatchObject({ invited: 0, responded: 0, overall: { count: 0, average: null } });
    expect(empty.totals.behaviour.responseRate).toBeNull();
  });
});

describe("XLSX export", () => {
  const load = async (response: Response) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
    return workbook;
  };
  const texts = (ws: ExcelJS.Worksheet) => {
    const out: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => out.push(String(cell.value))));
    return out;
  };
  const headerRow = (ws: ExcelJS.Worksheet, first: string) => {
    let found = 0;
    ws.eachRow((row, n) => { if (!found && row.getCell(1).value === first) found = n; });
    return found;
  };

  it("writes every sheet of the program report, with numbers as numbers", async () => {
    // 06.30 WIB on 26 November is still the 25th in UTC: the sheet shows the Jakarta calendar day.
    await db.feedbackTask.updateMany({ where: { status: "SUBMITTED" }, data: { submittedAt: new Date("2026-11-25T23:30:00Z") } });
    const response = await respondWorkbook(admin, programEvaluationExport, ids.programId);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="evaluasi-bimbingan-teknis-tata-kelola-data.xlsx"');
    const workbook = await load(response);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Ringkasan", "L1 per aspek", "L1 per widyaiswara", "L1 komentar", "L2 nilai", "L3 umpan balik", "Rencana tindak lanjut", "L4 indikator"]);

    const summary = workbook.getWorksheet("Ringkasan")!;
    const h = headerRow(summary, "Angkatan");
    const header = (summary.getRow(h).values as unknown[]).slice(1);
    const total = summary.getRow(h + 3);
    expect(total.getCell(1).value).toBe("Semua angkatan");
    const cell = (name: string) => total.getCell(header.indexOf(name) + 1);
    expect(cell("L1 rata-rata (1–5)").value).toBe(4);
    expect(cell("L1 rata-rata (1–5)").numFmt).toBe("0.00");
    expect(cell("L3 tingkat respons").value).toBe(0.8);
    expect(cell("L3 tingkat respons").numFmt).toBe("0.0%");
    expect(cell("L2 rata-rata kenaikan").value).toBe(12.5);
    expect(cell("Rencana selesai").value).toBe(1);

    const plans = workbook.getWorksheet("Rencana tindak lanjut")!;
    const ph = headerRow(plans, "Angkatan");
    expect(plans.getRow(ph + 1).getCell(5).value).toEqual(day("2026-01-31")); // the overdue one comes first
    expect(plans.getRow(ph + 1).getCell(6).value).toBe("Terlambat");
    const l3 = workbook.getWorksheet("L3 umpan balik")!;
    const l3h = headerRow(l3, "Angkatan");
    const submittedColumn = (l3.getRow(l3h).values as unknown[]).indexOf("Diisi pada");
    const submittedDays = new Set<unknown>();
    l3.eachRow((row, n) => { if (n > l3h && row.getCell(submittedColumn).value) submittedDays.add((row.getCell(submittedColumn).value as Date).toISOString()); });
    expect([...submittedDays]).toEqual([day("2026-11-26").toISOString()]);
    const l4 = workbook.getWorksheet("L4 indikator")!;
    expect(texts(l4)).toContain("Memburuk");
    expect(texts(l4)).toContain("75.5");
  });

  it("names no respondent in an anonymous set's comments, and holds back a withheld batch", async () => {
    const workbook = await load(await respondWorkbook(admin, batchEvaluationExport, ids.batch1));
    const comments = workbook.getWorksheet("L1 komentar")!;
    const all = texts(comments).join("\n");
    expect(all).toContain("Contoh kasusnya sangat membantu.");
    expect(all).not.toContain("Responden");
    for (const p of [w.people.staff1, w.people.head, w.people.kabid]) {
      expect(all).not.toContain(p.name);
      expect(all).not.toContain(p.nip);
      expect(all).not.toContain(formatNip(p.nip));
    }
    const withheld = await load(await respondWorkbook(admin, batchEvaluationExport, ids.batch2));
    expect(texts(withheld.getWorksheet("L1 komentar")!).join("\n")).not.toContain("Komentar yang tidak boleh terlihat.");
  });

  it("answers 403 to an ASN, 404 to another agency, 401 when signed out", async () => {
    expect((await respondWorkbook(await w.viewer(w.users.staff1), batchEvaluationExport, ids.batch1)).status).toBe(403);
    expect((await respondWorkbook(await w.viewer(w.users.kabid), programEvaluationExport, ids.programId)).status).toBe(403);
    expect((await respondWorkbook(await w.viewer(w.users.adminB), programEvaluationExport, ids.programId)).status).toBe(404);
    expect((await respondWorkbook(null, batchEvaluationExport, ids.batch1)).status).toBe(401);
  });
});
