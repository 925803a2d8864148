import "server-only";
// The compliance lists as spreadsheets: the filterable list, the per-OPD summary and a supervisor's team.
// Each reads through the scoped queries of lib/compliance/queries.ts, so a file holds only what the viewer sees.
import type { Viewer } from "@/lib/auth/load-viewer";
import { accessFor, hasPermission } from "@/lib/auth/permissions";
import { complianceAll, complianceByOpd, teamCompliance, type ComplianceFilters, type ComplianceRow, type OpdSummary } from "@/lib/compliance/queries";
import type { ComplianceStatus } from "@/lib/compliance/rules";
import { db } from "@/lib/db";
import { EmployeeKind, PositionType } from "@/lib/generated/prisma/enums";
import { id as messages } from "@/lib/i18n/messages/id";
import { formatNip } from "@/lib/people/nip";
import type { Column } from "./format";
import { heading } from "./heading";
import { collect, oneOf, optionalId, optionalText } from "./params";
import { managerView, MANAGER_ROLES, noParams, type ExportSpec } from "./spec";

export const STATUS_LABELS: Record<ComplianceStatus, string> = {
  EXEMPT: "Dikecualikan",
  COMPLIANT: "Memenuhi",
  ON_TRACK: "Sesuai jalur",
  AT_RISK: "Berisiko",
  NON_COMPLIANT: "Tidak memenuhi",
};
const STATUSES = Object.keys(STATUS_LABELS) as ComplianceStatus[];
const POSITION_TYPES = Object.values(PositionType);
const KINDS = Object.values(EmployeeKind);

const positionLabel = (type: string) => (messages.positionType as Record<string, string | undefined>)[type] ?? type;

export const COMPLIANCE_COLUMNS: readonly Column<ComplianceRow>[] = [
  { header: "NIP", kind: "text", width: 23, value: (r) => formatNip(r.nip) },
  { header: "Nama", kind: "text", width: 30, value: (r) => r.name },
  { header: "Unit kerja", kind: "text", width: 28, value: (r) => r.unitName },
  { header: "OPD", kind: "text", width: 28, value: (r) => r.opdName },
  { header: "Jenis ASN", kind: "text", width: 10, value: (r) => r.kind },
  { header: "Jenis jabatan", kind: "text", width: 24, value: (r) => positionLabel(r.positionType) },
  { header: "Bulan aktif", kind: "integer", value: (r) => r.activeMonths },
  { header: "Target (JP)", kind: "jp", value: (r) => r.targetMinutes },
  { header: "Terpenuhi (JP)", kind: "jp", value: (r) => r.creditedMinutes },
  { header: "Rencana (JP)", kind: "jp", value: (r) => r.plannedMinutes },
  { header: "Kekurangan (JP)", kind: "jp", value: (r) => Math.max(0, r.targetMinutes - r.creditedMinutes) },
  { header: "Status", kind: "text", width: 16, value: (r) => STATUS_LABELS[r.status] },
];

export const OPD_COLUMNS: readonly Column<OpdSummary>[] = [
  // The total row is the one with opdId "" (its opdName is not reliably "Total").
  { header: "OPD", kind: "text", width: 36, value: (r) => (r.opdId === "" ? "Total" : r.opdName) },
  { header: "Jumlah ASN", kind: "integer", value: (r) => r.headcount },
  { header: "Wajib", kind: "integer", value: (r) => r.obligated },
  { header: "Memenuhi", kind: "integer", value: (r) => r.compliant },
  { header: "% memenuhi", kind: "percent", value: (r) => (r.obligated ? r.compliant / r.obligated : null) },
  { header: "Sesuai jalur", kind: "integer", value: (r) => r.onTrack },
  { header: "Berisiko", kind: "integer", value: (r) => r.atRisk },
  { header: "Tidak memenuhi", kind: "integer", value: (r) => r.nonCompliant },
  { header: "Dikecualikan", kind: "integer", value: (r) => r.exempt },
  { header: "0 JP", kind: "integer", value: (r) => r.zeroJp },
  { header: "Rata-rata JP", kind: "jp", value: (r) => r.averageMinutes },
  { header: "Median JP", kind: "jp", value: (r) => r.medianMinutes },
];

async function describeFilters(viewer: Viewer, f: ComplianceFilters): Promise<string | null> {
  const parts: string[] = [];
  if (f.unitId) {
    const unit = await db.orgUnit.findFirst({ where: { id: f.unitId, agencyId: viewer.agencyId }, select: { name: true } });
    parts.push(`unit ${unit?.name ?? "(tidak ditemukan)"}`);
  }
  if (f.positionType) parts.push(`jenis jabatan ${positionLabel(f.positionType)}`);
  if (f.kind) parts.push(`jenis ASN ${f.kind}`);
  if (f.status) parts.push(`status ${STATUS_LABELS[f.status]}`);
  if (f.q) parts.push(`pencarian "${f.q}"`);
  return parts.length ? `Filter: ${parts.join("; ")}` : null;
}

/** GET /api/ekspor/kepatuhan: every row of the filtered compliance list the viewer may see. */
export const complianceListExport: ExportSpec<ComplianceFilters> = {
  params: ["unitId", "positionType", "kind", "status", "q"],
  allowed: (viewer) => hasPermission(viewer.roles, "read:compliance"),
  parse: (search) =>
    collect({
      unitId: optionalId(search, "unitId"),
      positionType: oneOf(search, "positionType", POSITION_TYPES),
      kind: oneOf(search, "kind", KINDS),
      status: oneOf(search, "status", STATUSES),
      q: optionalText(search, "q"),
    }),
  async build(viewer, { year }, filters) {
    // Admins and operators get what the dashboard list shows; supervisors and ASN their own scope.
    const scoped = viewer.roles.some((r) => MANAGER_ROLES.includes(r)) ? managerView(viewer) : viewer;
    const rows = await complianceAll(scoped, year, filters);
    const filterLine = await describeFilters(viewer, filters);
    return {
      filename: `kepatuhan-jp-${year}`,
      sheetName: `Kepatuhan JP ${year}`,
      title: await heading(viewer, `Kepatuhan JP tahun ${year}`, ...(filterLine ? [filterLine] : [])),
      columns: COMPLIANCE_COLUMNS,
      rows,
    };
  },
};

/** GET /api/ekspor/kepatuhan-opd: the per-OPD summary, last row "Total". Admins and operators only. */
export const opdSummaryExport: ExportSpec<Record<string, never>> = {
  params: [],
  allowed: (viewer) => viewer.roles.some((r) => MANAGER_ROLES.includes(r)),
  parse: noParams,
  async build(viewer, { year }) {
    const rows = await complianceByOpd(managerView(viewer), year);
    return {
      filename: `kepatuhan-opd-${year}`,
      sheetName: `Kepatuhan per OPD ${year}`,
      title: await heading(viewer, `Kepatuhan JP per OPD tahun ${year}`),
      columns: OPD_COLUMNS,
      rows,
      boldLastRow: rows.length > 0,
    };
  },
};

/** GET /api/ekspor/tim: a supervisor's own staff, furthest behind first. */
export const teamExport: ExportSpec<Record<string, never>> = {
  params: [],
  allowed: (viewer) => Boolean(viewer.employeeId) && accessFor(viewer.roles, "read:compliance").includes("team"),
  parse: noParams,
  async build(viewer, { year }) {
    return {
      filename: `kepatuhan-tim-${year}`,
      sheetName: `JP tim ${year}`,
      title: await heading(viewer, `Kepatuhan JP tim tahun ${year}`, `Atasan: ${viewer.name}`),
      columns: COMPLIANCE_COLUMNS,
      rows: await teamCompliance(viewer, year),
    };
  },
};
