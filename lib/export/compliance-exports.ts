import "server-only";
// The compliance lists as spreadsheets: the filterable list, the per-OPD summary and a supervisor's team.
// Each reads through the scoped queries of lib/compliance/queries.ts, so a file holds only what the viewer sees.
import type { Viewer } from "@/lib/auth/load-viewer";
import { accessFor, hasPermission } from "@/lib/auth/permissions";
import { complianceAll, complianceByOpd, teamCompliance, type ComplianceFilters, type ComplianceRow, type OpdSummary } from "@/lib/compliance/queries";
import { asOfParam, type ComplianceStatus } from "@/lib/compliance/rules";
import { db } from "@/lib/db";
import { EmployeeKind, PositionType } from "@/lib/generated/prisma/enums";
import { id as messages } from "@/lib/i18n/messages/id";
import { formatNip } from "@/lib/people/nip";
import type { Column } from "./format";
import { heading, headingAsOf } from "./heading";
import { collect, oneOf, optionalId, optionalText, type Parsed } from "./params";
import { calendarToday } from "@/lib/time";
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
  // The list page's "Di atas batas PPPK" mark: a PPPK credited more than the policy's ceiling.
  { header: "Di atas batas PPPK", kind: "text", width: 18, value: (r) => (r.overCeiling ? "Ya" : "Tidak") },
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

/**
 * `per=YYYY-MM-DD`: the figures as of that date, a real date inside the year asked for (`tahun`, already
 * checked) and not after today. Absent means today.
 */
export function asOfSearchParam(search: URLSearchParams, today: Date = calendarToday()): Parsed<Date | undefined> {
  const raw = search.get("per")?.trim();
  if (!raw) return { ok: true, value: undefined };
  const year = Number(search.get("tahun")?.trim() || today.getUTCFullYear());
  const date = asOfParam(raw, year, today);
  if (!date) return { ok: false, message: `Parameter "per" harus tanggal yang ada (YYYY-MM-DD) di tahun ${year}, paling lambat hari ini.` };
  return { ok: true, value: date };
}

/** `jp=0`: only the ASN with an obligation and no JP credited, as the list page's "0 JP" filter. */
function zeroJpSearchParam(search: URLSearchParams): Parsed<boolean | undefined> {
  const raw = search.get("jp")?.trim();
  if (!raw) return { ok: true, value: undefined };
  if (raw !== "0") return { ok: false, message: `Parameter "jp" hanya menerima nilai 0 (ASN dengan 0 JP).` };
  return { ok: true, value: true };
}

/** The file name of a list as of a date: `kepatuhan-jp-2026` today, `kepatuhan-jp-2026-per-2026-10-01` otherwise. */
const named = (base: string, asOf: Date | undefined) => (asOf ? `${base}-per-${asOf.toISOString().slice(0, 10)}` : base);

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
  if (f.zeroJp) parts.push("hanya ASN dengan 0 JP");
  return parts.length ? `Filter: ${parts.join("; ")}` : null;
}

/** GET /api/ekspor/kepatuhan: every row of the filtered compliance list the viewer may see. */
export const complianceListExport: ExportSpec<ComplianceFilters> = {
  params: ["unitId", "positionType", "kind", "status", "q", "per", "jp"],
  allowed: (viewer) => hasPermission(viewer.roles, "read:compliance"),
  parse: (search) =>
    collect({
      unitId: optionalId(search, "unitId"),
      positionType: oneOf(search, "positionType", POSITION_TYPES),
      kind: oneOf(search, "kind", KINDS),
      status: oneOf(search, "status", STATUSES),
      q: optionalText(search, "q"),
      asOf: asOfSearchParam(search),
      zeroJp: zeroJpSearchParam(search),
    }),
  async build(viewer, { year }, filters) {
    // Admins and operators get what the dashboard list shows; supervisors and ASN their own scope.
    const scoped = viewer.roles.some((r) => MANAGER_ROLES.includes(r)) ? managerView(viewer) : viewer;
    const rows = await complianceAll(scoped, year, filters);
    const filterLine = await describeFilters(viewer, filters);
    return {
      filename: named(`kepatuhan-jp-${year}`, filters.asOf),
      sheetName: `Kepatuhan JP ${year}`,
      title: await headingAsOf(viewer, filters.asOf, `Kepatuhan JP tahun ${year}`, ...(filterLine ? [filterLine] : [])),
      columns: COMPLIANCE_COLUMNS,
      rows,
    };
  },
};

/** GET /api/ekspor/kepatuhan-opd: the per-OPD summary, last row "Total". Admins and operators only. */
export const opdSummaryExport: ExportSpec<{ asOf: Date | undefined }> = {
  params: ["per"],
  allowed: (viewer) => viewer.roles.some((r) => MANAGER_ROLES.includes(r)),
  parse: (search) => collect({ asOf: asOfSearchParam(search) }),
  async build(viewer, { year }, { asOf }) {
    const rows = await complianceByOpd(managerView(viewer), year, { asOf });
    return {
      filename: named(`kepatuhan-opd-${year}`, asOf),
      sheetName: `Kepatuhan per OPD ${year}`,
      title: await headingAsOf(viewer, asOf, `Kepatuhan JP per OPD tahun ${year}`),
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
