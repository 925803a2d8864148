import "server-only";
// The evaluation report of a batch or of a program as one workbook, a sheet per part of the page: Ringkasan,
// L1 per aspek, L1 per widyaiswara, L1 komentar, L2 nilai, L3 umpan balik, Rencana tindak lanjut, L4 indikator.
// Built from lib/evaluation/report.ts, so it holds exactly what the page shows: anonymous answers withheld
// below the minimum, and no respondent for an anonymous set's comments, in the page's order.
import type { Viewer } from "@/lib/auth/load-viewer";
import { hasPermission } from "@/lib/auth/permissions";
import type { EvaluationData, FeedbackRow, IndicatorRow, LearningRow, PlanRow, ScopeFigures } from "@/lib/evaluation/load";
import { batchEvaluationReport, programEvaluationReport } from "@/lib/evaluation/report";
import { formatDate, interpolate } from "@/lib/i18n/format";
import { id as messages } from "@/lib/i18n/messages/id";
import { formatNip } from "@/lib/people/nip";
import type { ReactionComment } from "@/lib/reaction/report";
import { ASPECTS, type Figures } from "@/lib/reaction/rules";
import { calendarToday } from "@/lib/time";
import type { Column } from "./format";
import { heading } from "./heading";
import type { WorkbookSpec } from "./http";
import type { SheetSpec } from "./table";

const t = messages.evaluation;
const berakhlak = messages.feedback.berakhlak as Record<string, string | undefined>;

type ScopeRow = { label: string; dates: string; figures: ScopeFigures };

const SUMMARY_COLUMNS: readonly Column<ScopeRow>[] = [
  { header: t.batchTable.batch, kind: "text", width: 18, value: (r) => r.label },
  { header: t.batchTable.dates, kind: "text", width: 26, value: (r) => r.dates },
  { header: "L1 diundang", kind: "integer", value: (r) => r.figures.reaction.invited },
  { header: "L1 menjawab", kind: "integer", value: (r) => r.figures.reaction.responded },
  { header: "L1 rata-rata (1–5)", kind: "decimal", value: (r) => r.figures.reaction.overall.average },
  { header: "L1 jawaban anonim ditahan", kind: "text", width: 12, value: (r) => (r.figures.reaction.withheld ? "Ya" : "Tidak") },
  { header: "L2 peserta", kind: "integer", value: (r) => r.figures.learning.count },
  { header: "L2 rata-rata pre-test", kind: "decimal", value: (r) => r.figures.learning.averagePre },
  { header: "L2 rata-rata post-test", kind: "decimal", value: (r) => r.figures.learning.averagePost },
  { header: "L2 rata-rata kenaikan", kind: "decimal", value: (r) => r.figures.learning.averageGain },
  { header: "L2 % nilainya naik", kind: "percent", value: (r) => r.figures.learning.shareImproved },
  { header: "L3 tugas umpan balik", kind: "integer", value: (r) => r.figures.behaviour.tasks },
  { header: "L3 diisi", kind: "integer", value: (r) => r.figures.behaviour.submitted },
  { header: "L3 tingkat respons", kind: "percent", value: (r) => r.figures.behaviour.responseRate },
  { header: "L3 rata-rata penerapan (1–5)", kind: "decimal", value: (r) => r.figures.behaviour.average },
  { header: "L3 % menerapkan", kind: "percent", value: (r) => r.figures.behaviour.shareApplying },
  { header: "Rencana berjalan", kind: "integer", value: (r) => r.figures.plans.open },
  { header: "Rencana selesai", kind: "integer", value: (r) => r.figures.plans.done },
  { header: "Rencana terlambat", kind: "integer", value: (r) => r.figures.plans.overdue },
  { header: "L4 indikator terukur", kind: "integer", value: (r) => r.figures.results.measured },
  { header: "L4 indikator membaik", kind: "integer", value: (r) => r.figures.results.improved },
];

type FiguresRow = { name: string; figures: Figures };
const figuresColumns = (first: string): readonly Column<FiguresRow>[] => [
  { header: first, kind: "text", width: 32, value: (r) => r.name },
  { header: "Rata-rata (1–5)", kind: "decimal", value: (r) => r.figures.average },
  { header: "Jumlah nilai", kind: "integer", value: (r) => r.figures.count },
  ...([1, 2, 3, 4, 5] as const).map((n): Column<FiguresRow> => ({ header: `Nilai ${n}`, kind: "integer", value: (r) => r.figures.distribution[n - 1]! })),
];

const commentColumns = (withRespondent: boolean): readonly Column<ReactionComment>[] => [
  { header: "Aspek", kind: "text", width: 22, value: (c) => messages.reaction.aspect[c.aspect] },
  { header: "Pertanyaan", kind: "text", width: 48, value: (c) => c.question },
  { header: "Pengajar", kind: "text", width: 26, value: (c) => c.trainerName },
  { header: "Komentar", kind: "text", width: 60, value: (c) => c.comment },
  ...(withRespondent ? [{ header: t.reaction.respondent, kind: "text", width: 30, value: (c) => c.respondent } satisfies Column<ReactionComment>] : []),
];

const LEARNING_COLUMNS: readonly Column<LearningRow>[] = [
  { header: t.batchTable.batch, kind: "integer", value: (r) => r.batchNumber },
  { header: "NIP", kind: "text", width: 23, value: (r) => formatNip(r.nip) },
  { header: "Nama", kind: "text", width: 34, value: (r) => r.name },
  { header: "Pre-test", kind: "integer", value: (r) => r.preScore },
  { header: "Post-test", kind: "integer", value: (r) => r.postScore },
  { header: "Kenaikan", kind: "integer", value: (r) => r.gain },
];

const FEEDBACK_COLUMNS: readonly Column<FeedbackRow>[] = [
  { header: t.batchTable.batch, kind: "integer", value: (r) => r.batchNumber },
  { header: "NIP", kind: "text", width: 23, value: (r) => formatNip(r.nip) },
  { header: t.behaviour.participant, kind: "text", width: 34, value: (r) => r.participant },
  { header: t.behaviour.supervisor, kind: "text", width: 34, value: (r) => r.supervisor ?? t.behaviour.noSupervisor },
  { header: "Status", kind: "text", width: 14, value: (r) => messages.feedback.status[r.status] },
  { header: t.behaviour.rating, kind: "integer", value: (r) => r.rating },
  { header: t.behaviour.applying, kind: "text", width: 12, value: (r) => (r.status === "SUBMITTED" ? (r.applying ? t.behaviour.yes : t.behaviour.no) : null) },
  { header: t.behaviour.behaviours, kind: "text", width: 40, value: (r) => r.behaviours.map((b) => berakhlak[b] ?? b).join(", ") },
  { header: "Yang diterapkan", kind: "text", width: 48, value: (r) => r.applied },
  { header: "Diisi pada", kind: "date", value: (r) => (r.submittedAt ? calendarToday(r.submittedAt) : null) },
];

const PLAN_COLUMNS: readonly Column<PlanRow>[] = [
  { header: t.batchTable.batch, kind: "integer", value: (r) => r.batchNumber },
  { header: t.plans.participant, kind: "text", width: 34, value: (r) => r.participant },
  { header: t.plans.action, kind: "text", width: 48, value: (r) => r.action },
  { header: t.plans.owner, kind: "text", width: 28, value: (r) => r.owner },
  { header: t.plans.due, kind: "date", value: (r) => r.dueDate },
  { header: t.plans.status, kind: "text", width: 14, value: (r) => t.plans.statusLabel[r.status] },
  { header: "Selesai pada", kind: "date", value: (r) => (r.doneAt ? calendarToday(r.doneAt) : null) },
];

const INDICATOR_COLUMNS: readonly Column<IndicatorRow>[] = [
  { header: t.batchTable.batch, kind: "integer", value: (r) => r.batchNumber },
  { header: t.results.unit, kind: "text", width: 30, value: (r) => r.unitName },
  { header: t.results.indicator, kind: "text", width: 40, value: (r) => r.name },
  { header: "Satuan", kind: "text", width: 12, value: (r) => r.measure },
  { header: "Arah", kind: "text", width: 26, value: (r) => (r.higherIsBetter ? "makin tinggi makin baik" : t.results.lowerIsBetter) },
  { header: t.results.before, kind: "decimal", value: (r) => r.baselineValue },
  { header: "Tanggal sebelum", kind: "date", value: (r) => r.baselineOn },
  { header: t.results.after, kind: "decimal", value: (r) => r.resultValue },
  { header: "Tanggal sesudah", kind: "date", value: (r) => r.resultOn },
  { header: t.results.change, kind: "decimal", value: (r) => r.change?.delta ?? null },
  { header: "Perubahan (%)", kind: "percent", value: (r) => r.change?.relative ?? null },
  { header: "Hasil", kind: "text", width: 14, value: (r) => (r.change ? t.results.direction[r.change.direction] : t.results.notMeasured) },
];

const dates = (b: { startDate: Date; endDate: Date }) => `${formatDate(b.startDate, "id")} – ${formatDate(b.endDate, "id")}`;

/** The sheets after Ringkasan, the same for a batch and a program. */
function detailSheets(data: EvaluationData, title: string[], scope: "batch" | "program"): SheetSpec<unknown>[] {
  const r = data.reaction;
  const withheld = scope === "batch" ? t.reaction.withheldBatch : t.reaction.withheldProgram;
  const note = r.withheld ? [interpolate(withheld, { min: r.minResponses, count: r.responded })] : [];
  const named = r.comments.some((c) => c.respondent);
  return [
    { name: "L1 per aspek", title: [...title, ...note], columns: figuresColumns("Aspek"), rows: ASPECTS.map((a) => ({ name: messages.reaction.aspect[a], figures: r.byAspect[a] })) },
    { name: "L1 per widyaiswara", title: [...title, ...note], columns: figuresColumns("Pengajar"), rows: r.trainers.map((x) => ({ name: x.name, figures: x.figures })) },
    { name: "L1 komentar", title: [...title, ...note, ...(named ? [] : [t.reaction.anonymousComments])], columns: commentColumns(named), rows: r.comments },
    { name: "L2 nilai", title, columns: LEARNING_COLUMNS, rows: data.learningRows },
    { name: "L3 umpan balik", title, columns: FEEDBACK_COLUMNS, rows: data.feedback },
    { name: "Rencana tindak lanjut", title, columns: PLAN_COLUMNS, rows: data.plans },
    { name: "L4 indikator", title, columns: INDICATOR_COLUMNS, rows: data.indicators },
  ] as SheetSpec<unknown>[];
}

/** A file name in ASCII: "evaluasi-capacity-building-camat-dan-lurah-angkatan-1". */
export function slug(text: string): string {
  return text.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60).replace(/-$/, "");
}

const allowed = (viewer: Viewer) => hasPermission(viewer.roles, "read:evaluation");

/** GET /api/ekspor/evaluasi/angkatan/[batchId]. */
export const batchEvaluationExport: WorkbookSpec = {
  allowed,
  async build(viewer, batchId) {
    const report = await batchEvaluationReport(viewer, batchId);
    if (!report) return null;
    const name = `${report.program.title} · Angkatan ${report.batch.number}`;
    const title = await heading(viewer, `Laporan evaluasi: ${name}`, dates(report.batch));
    const summary = { name: "Ringkasan", title, columns: SUMMARY_COLUMNS, rows: [{ label: interpolate(t.batchTable.label, { number: report.batch.number }), dates: dates(report.batch), figures: report.totals }] };
    return { filename: `evaluasi-${slug(report.program.title)}-angkatan-${report.batch.number}`, sheets: [summary as SheetSpec<unknown>, ...detailSheets(report, title, "batch")] };
  },
};

/** GET /api/ekspor/evaluasi/program/[programId]: every DONE batch, then a total row. */
export const programEvaluationExport: WorkbookSpec = {
  allowed,
  async build(viewer, programId) {
    const report = await programEvaluationReport(viewer, programId);
    if (!report) return null;
    const title = await heading(viewer, `Laporan evaluasi: ${report.program.title}`, `${report.batches.length} angkatan selesai`);
    const rows: ScopeRow[] = report.batches.map((b) => ({ label: interpolate(t.batchTable.label, { number: b.number }), dates: dates(b), figures: report.perBatch.get(b.id)! }));
    rows.push({ label: t.batchTable.total, dates: "", figures: report.totals });
    const summary = { name: "Ringkasan", title, columns: SUMMARY_COLUMNS, rows, options: { boldLastRow: true } };
    return { filename: `evaluasi-${slug(report.program.title)}`, sheets: [summary as SheetSpec<unknown>, ...detailSheets(report, title, "program")] };
  },
};
