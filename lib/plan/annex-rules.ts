// The plan's annex as a document, pure (decision 0038): one version's lines grouped by OPD with their art. 207(3)
// columns, the line, OPD and plan totals and the recap per source of funds, all from lib/plan/rules.ts, so the
// XLSX annex and the print page show the figures of planTotals and nothing computed twice. No I/O.
import type { FundSource, PlanProvider, PlanVersionStatus, PositionType, RouteCode } from "@/lib/generated/prisma/enums";
import { budgetItemTotal, FUND_SOURCES, lineTotal, planTotals, quarterOf, versionKind } from "./rules";
import { dateTimeFormat } from "@/lib/i18n/intl";

export type AnnexBudgetItem = { item: string; volume: number; unit: string; unitPrice: number; fundSource: FundSource; accountCode: string; position: number };

export type AnnexLine = {
  itemId: string;
  position: number;
  title: string;
  competency: { code: string; name: string } | null;
  targetLevel: number | null;
  unit: { id: string; name: string } | null;
  targetUnits: string[];
  targetPositions: string[];
  targetPositionTypes: PositionType[];
  targetPeople: number;
  routeCode: RouteCode;
  provider: PlanProvider;
  providerName: string;
  plannedMonth: number;
  jpPerParticipant: number;
  curriculumFit: string;
  budget: AnnexBudgetItem[];
};

/** What lib/plan/annex-queries.ts loads: one version of a plan, its lines in order. */
export type AnnexData = {
  agency: { name: string; region: string };
  year: number;
  versions: { number: number; status: PlanVersionStatus }[];
  version: { number: number; status: PlanVersionStatus; reason: string; approvedAt: Date | null; submittedAt: Date | null; approverName: string | null };
  lines: AnnexLine[];
};

/** The words of the document (the Indonesian catalog for the signed annex; the viewer's on the print page). */
export type AnnexLabels = {
  title: string; // "RENCANA PENGEMBANGAN KOMPETENSI ASN TAHUN {year}"
  original: string; // "(MURNI)"
  revision: string; // "(PERUBAHAN KE-{n})"
  acrossUnits: string; // "Lintas OPD"
  level: string; // "level {level} ({name})"
  levels: Record<number, string>;
  routes: Record<RouteCode, string>;
  providers: Record<PlanProvider, string>;
  positionTypes: Record<PositionType, string>;
  fundSources: Record<FundSource, string>;
  targetUnits: string; // "OPD"
  targetPositions: string; // "Jabatan"
  targetTypes: string; // "Jenis jabatan"
  quarter: string; // "Triwulan {q}"
};

export type AnnexBudgetRow = AnnexBudgetItem & { total: number };

export type AnnexRow = {
  no: number;
  itemId: string;
  title: string;
  /** "M.01 Integritas", or null for a line without a competency. */
  competency: string | null;
  /** "level 3 (Menengah)", or null. */
  level: string | null;
  /** The target group, one entry per kind ("OPD: Dinas X, Dinas Y"). */
  target: string[];
  people: number;
  routeCode: RouteCode;
  route: string;
  provider: string;
  month: number;
  monthName: string;
  quarter: string;
  jp: number;
  curriculumFit: string;
  budget: AnnexBudgetRow[];
  total: number;
};

export type AnnexGroup = { unitId: string | null; unitName: string; rows: AnnexRow[]; subtotal: number };

export type AnnexDocument = {
  title: string;
  kind: string;
  agencyName: string;
  year: number;
  versionNumber: number;
  draft: boolean;
  groups: AnnexGroup[];
  total: number;
  /** Every source of funds with an amount, in the fixed order APBD, PAD, DAK, APBN, other. */
  recap: { fundSource: FundSource; label: string; amount: number }[];
  signatory: { place: string; approvedAt: Date | null; name: string | null };
};

const ROMAN = ["I", "II", "III", "IV"] as const;
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));

/** "(MURNI)" for the original, "(PERUBAHAN KE-2)" for revision 2. */
export function versionLabel(number: number, labels: Pick<AnnexLabels, "original" | "revision">): string {
  const kind = versionKind(number);
  return kind.kind === "ORIGINAL" ? labels.original : fill(labels.revision, { n: kind.n });
}

/** The city a regional agency signs in: "Kota Semarang" → "Semarang", "Kabupaten Kendal" → "Kendal". */
export function signingPlace(region: string): string {
  return region.replace(/^\s*(kota administrasi|kota|kabupaten|kab\.|provinsi)\s+/i, "").trim() || region.trim();
}

/** "Triwulan II" for May. */
export function quarterLabel(month: number, template: string): string {
  return fill(template, { q: ROMAN[quarterOf(month) - 1]! });
}

/** The month's name in the document's language (calendar month 1–12). */
export function monthName(month: number, localeTag: string): string {
  return dateTimeFormat(localeTag, { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

function targetOf(line: AnnexLine, labels: AnnexLabels): string[] {
  const units = line.targetUnits.length ? line.targetUnits : line.unit ? [line.unit.name] : [];
  const lines = [
    units.length ? `${labels.targetUnits}: ${units.join(", ")}` : null,
    line.targetPositions.length ? `${labels.targetPositions}: ${line.targetPositions.join(", ")}` : null,
    line.targetPositionTypes.length ? `${labels.targetTypes}: ${line.targetPositionTypes.map((t) => labels.positionTypes[t]).join(", ")}` : null,
  ].filter((s): s is string => s !== null);
  // A line across OPDs without a narrower target group is for every OPD.
  return lines.length ? lines : [`${labels.targetUnits}: ${labels.acrossUnits}`];
}

function rowOf(line: AnnexLine, no: number, labels: AnnexLabels, localeTag: string): AnnexRow {
  const providerLabel = labels.providers[line.provider];
  return {
    no,
    itemId: line.itemId,
    title: line.title,
    competency: line.competency ? `${line.competency.code} ${line.competency.name}` : null,
    level: line.targetLevel ? fill(labels.level, { level: line.targetLevel, name: labels.levels[line.targetLevel] ?? "" }) : null,
    target: targetOf(line, labels),
    people: line.targetPeople,
    routeCode: line.routeCode,
    route: labels.routes[line.routeCode],
    provider: line.providerName.trim() ? `${providerLabel}: ${line.providerName.trim()}` : providerLabel,
    month: line.plannedMonth,
    monthName: monthName(line.plannedMonth, localeTag),
    quarter: quarterLabel(line.plannedMonth, labels.quarter),
    jp: line.jpPerParticipant,
    curriculumFit: line.curriculumFit,
    budget: line.budget.map((b) => ({ ...b, total: budgetItemTotal(b) })),
    total: lineTotal(line),
  };
}

/**
 * The annex of one version: lines grouped by their OPD (groups in the order of their first line, lines across
 * OPDs last), numbered 1… through the whole document; every amount taken from the plan rules.
 */
export function buildAnnex(data: AnnexData, labels: AnnexLabels, localeTag = "id-ID"): AnnexDocument {
  const totals = planTotals(data.lines.map((l) => ({ unitId: l.unit?.id ?? null, routeCode: l.routeCode, budget: l.budget })));
  const byUnit = new Map<string | null, AnnexLine[]>();
  for (const line of data.lines) {
    const key = line.unit?.id ?? null;
    byUnit.set(key, [...(byUnit.get(key) ?? []), line]);
  }
  const keys = [...byUnit.keys()].sort((a, b) => (a === null ? 1 : 0) - (b === null ? 1 : 0));
  let no = 0;
  const groups = keys.map((unitId) => {
    const lines = byUnit.get(unitId)!;
    return {
      unitId,
      unitName: lines[0]!.unit?.name ?? labels.acrossUnits,
      rows: lines.map((line) => rowOf(line, ++no, labels, localeTag)),
      subtotal: totals.byUnit.get(unitId) ?? 0,
    };
  });
  const approved = data.version.status === "APPROVED";
  return {
    title: fill(labels.title, { year: data.year }),
    kind: versionLabel(data.version.number, labels),
    agencyName: data.agency.name,
    year: data.year,
    versionNumber: data.version.number,
    draft: !approved,
    groups,
    total: totals.total,
    recap: FUND_SOURCES.filter((s) => totals.byFundSource[s] !== 0).map((s) => ({ fundSource: s, label: labels.fundSources[s], amount: totals.byFundSource[s] })),
    signatory: { place: signingPlace(data.agency.region), approvedAt: approved ? data.version.approvedAt : null, name: approved ? data.version.approverName : null },
  };
}
