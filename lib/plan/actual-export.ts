import "server-only";
// GET /api/ekspor/rencana/[year]/realisasi: plan against actual as an XLSX workbook, one sheet per table of the
// page, built from the same report (lib/plan/actual.ts), so the file holds the page's figures (decision 0037).
import { hasPermission } from "@/lib/auth/permissions";
import { heading } from "@/lib/export/heading";
import type { Column } from "@/lib/export/format";
import type { WorkbookSpec } from "@/lib/export/http";
import type { SheetSpec } from "@/lib/export/table";
import { id as messages } from "@/lib/i18n/messages/id";
import { planActualReport, type PlanActualReport } from "./actual";
import type { FiguresRow, FundSourceRow } from "./actual-rules";
import { planYearParam } from "./actual-rules";

const t = messages.planActual.report;

type Labelled = FiguresRow & { label: string; opd?: string; routeCode?: string; batches?: number };

/** The figure columns every breakdown shares: planned, actual and variance of each figure, then cost per JP. */
export const FIGURE_COLUMNS: readonly Column<Labelled>[] = [
  { header: `${t.participants} ${t.planned}`, kind: "integer", value: (r) => r.planned.participants },
  { header: `${t.participants} ${t.actual}`, kind: "integer", value: (r) => r.actual.participants },
  { header: `${t.participants} ${t.variance}`, kind: "integer", value: (r) => r.variance.participants },
  { header: `${t.jp} ${t.planned}`, kind: "jp", value: (r) => r.planned.jpMinutes },
  { header: `${t.jp} ${t.actual}`, kind: "jp", value: (r) => r.actual.jpMinutes },
  { header: `${t.jp} ${t.variance}`, kind: "jp", value: (r) => r.variance.jpMinutes },
  { header: `${t.rupiah} ${t.planned}`, kind: "integer", width: 16, value: (r) => r.planned.rupiah },
  { header: `${t.rupiah} ${t.actual}`, kind: "integer", width: 16, value: (r) => r.actual.rupiah },
  { header: `${t.rupiah} ${t.variance}`, kind: "integer", width: 16, value: (r) => r.variance.rupiah },
  { header: t.costPerJp, kind: "integer", width: 14, value: (r) => r.costPerJp },
];

const labelled = (header: string, width = 40): Column<Labelled> => ({ header, kind: "text", width, value: (r) => r.label });
const withTotal = (rows: Labelled[], report: PlanActualReport): Labelled[] => [...rows, { ...report.total, label: t.total }];

function sheets(report: PlanActualReport, title: string[]): SheetSpec<unknown>[] {
  const lines: Labelled[] = report.lines.map((l) => ({ ...l, label: `${l.position}. ${l.title}`, opd: l.opdName ?? t.acrossOpd, routeCode: l.routeCode, batches: l.batches }));
  const fundColumns: Column<FundSourceRow>[] = [
    { header: t.fundSource, kind: "text", width: 16, value: (r) => messages.planActual.fundSource[r.fundSource] },
    { header: `${t.rupiah} ${t.planned}`, kind: "integer", width: 16, value: (r) => r.planned },
    { header: `${t.rupiah} ${t.actual}`, kind: "integer", width: 16, value: (r) => r.actual },
    { header: `${t.rupiah} ${t.variance}`, kind: "integer", width: 16, value: (r) => r.variance },
  ];
  type Unplanned = PlanActualReport["unplanned"][number];
  const unplannedColumns: Column<Unplanned>[] = [
    { header: t.batch, kind: "text", width: 40, value: (b) => `${b.programTitle} (angkatan ${b.number})` },
    { header: t.routeCode, kind: "text", width: 10, value: (b) => b.routeCode },
    { header: "Mulai", kind: "date", value: (b) => b.startDate },
    { header: "Selesai", kind: "date", value: (b) => b.endDate },
    { header: t.participants, kind: "integer", value: (b) => b.actual.participants },
    { header: t.jp, kind: "jp", value: (b) => b.actual.jpMinutes },
    { header: t.rupiah, kind: "integer", width: 16, value: (b) => b.actual.rupiah },
  ];
  type Need = PlanActualReport["needCoverage"]["needs"][number];
  const needColumns: Column<Need>[] = [
    { header: t.rank, kind: "integer", value: (n) => n.rank },
    { header: "Kode", kind: "text", width: 10, value: (n) => n.code },
    { header: t.competency, kind: "text", width: 32, value: (n) => n.name },
    { header: t.targetLevel, kind: "integer", value: (n) => n.targetLevel },
    { header: t.people, kind: "integer", value: (n) => n.people },
    { header: t.funded, kind: "text", width: 10, value: (n) => (n.funded ? "Ya" : "Belum") },
  ];
  type Reach = PlanActualReport["reach"][number];
  const reachColumns: Column<Reach>[] = [
    { header: t.opd, kind: "text", width: 40, value: (r) => r.opdName },
    { header: t.people, kind: "integer", value: (r) => r.people },
    { header: t.reachToday, kind: "integer", value: (r) => r.reachToday },
    { header: `${t.reachToday} (%)`, kind: "percent", value: (r) => r.shareToday },
    { header: t.reachPlanned, kind: "integer", value: (r) => r.reachPlanned },
    { header: `${t.reachPlanned} (%)`, kind: "percent", value: (r) => r.sharePlanned },
  ];
  const c = report.needCoverage;
  const coverageLine = `${t.needCoverage}: ${c.covered} dari ${c.considered}`;
  const bold = { boldLastRow: true };
  return [
    {
      name: "Per baris", title, rows: withTotal(lines, report), options: bold,
      columns: [labelled(t.line), { header: t.opd, kind: "text", width: 30, value: (r: Labelled) => r.opd ?? null }, { header: t.routeCode, kind: "text", width: 10, value: (r: Labelled) => r.routeCode ?? null }, { header: t.batches, kind: "integer", value: (r: Labelled) => r.batches ?? null }, ...FIGURE_COLUMNS],
    },
    { name: "Per OPD", title, rows: withTotal(report.byOpd.map((r) => ({ ...r, label: r.name ?? t.acrossOpd })), report), columns: [labelled(t.opd), ...FIGURE_COLUMNS], options: bold },
    { name: "Per jalur", title, rows: withTotal(report.byRouteCode.map((r) => ({ ...r, label: r.key ?? "" })), report), columns: [labelled(t.routeCode, 12), ...FIGURE_COLUMNS], options: bold },
    { name: "Per sumber dana", title, rows: report.byFundSource, columns: fundColumns },
    { name: "Kebutuhan prioritas", title: [...title, coverageLine], rows: c.needs, columns: needColumns },
    { name: "Capaian target JP", title: [...title, t.reachHelp], rows: report.reach, columns: reachColumns },
    { name: "Di luar rencana", title, rows: report.unplanned, columns: unplannedColumns },
  ] as SheetSpec<unknown>[];
}

export const planActualExport: WorkbookSpec = {
  allowed: (viewer) => hasPermission(viewer.roles, "read:plan"),
  async build(viewer, rawYear) {
    const year = planYearParam(rawYear);
    const report = year === null ? null : await planActualReport(viewer, year);
    if (!report || year === null) return null;
    const v = report.version;
    const versionLine = v.status === "APPROVED" ? `Versi ${v.number} (disetujui)` : `Versi ${v.number} (belum disetujui: ${v.status})`;
    const title = await heading(viewer, `Rencana dan realisasi ${year}`, versionLine, t.definitions);
    return { filename: `rencana-realisasi-${year}`, sheets: sheets(report, title) };
  },
};
