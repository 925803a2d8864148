import "server-only";
// GET /api/ekspor/kebutuhan-pelatihan: the ranked training needs as a spreadsheet, with the page's filters
// (unitId, positionType). Built from the same query as the page, so the file is the list (decision 0032).
import { accessFor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { collect, oneOf, optionalId } from "@/lib/export/params";
import { heading } from "@/lib/export/heading";
import type { Column } from "@/lib/export/format";
import type { ExportSpec } from "@/lib/export/spec";
import { id as messages } from "@/lib/i18n/messages/id";
import { POSITION_TYPES } from "@/lib/people/enums";
import { allTrainingNeeds, type NeedFilters, type TrainingNeedRow } from "./needs";

const t = messages.compNeeds.needs;

export const NEEDS_COLUMNS: readonly Column<TrainingNeedRow>[] = [
  { header: t.rank, kind: "integer", value: (r) => r.rank },
  { header: "Kode", kind: "text", width: 10, value: (r) => r.code },
  { header: t.competency, kind: "text", width: 32, value: (r) => r.name },
  { header: t.targetLevel, kind: "integer", value: (r) => r.targetLevel },
  { header: "Jumlah ASN", kind: "integer", value: (r) => r.people },
  { header: "Jumlah selisih", kind: "integer", value: (r) => r.gapSum },
  { header: t.priority, kind: "integer", value: (r) => r.priority },
  { header: "Jumlah unit", kind: "integer", value: (r) => r.units.length },
  { header: t.units, kind: "text", width: 40, value: (r) => r.units.map((u) => u.name).join("; ") },
  { header: t.programs, kind: "text", width: 40, value: (r) => (r.programs.length ? r.programs.map((p) => `${p.title} (level ${p.targetLevel})`).join("; ") : t.noProgram) },
];

/** Admins (agency) and operators (their unit subtree): the page's own audience. */
const mayReadNeeds = (roles: Parameters<typeof accessFor>[0]) => accessFor(roles, "read:competency-gap").some((a) => a === "any" || a === "unit");

export const trainingNeedsExport: ExportSpec<Omit<NeedFilters, "page">> = {
  params: ["unitId", "positionType"],
  allowed: (viewer) => mayReadNeeds(viewer.roles),
  parse: (search) => collect({ unitId: optionalId(search, "unitId"), positionType: oneOf(search, "positionType", POSITION_TYPES) }),
  async build(viewer, _base, filters) {
    const { needs, weighting } = await allTrainingNeeds(viewer, filters);
    const unit = filters.unitId ? await db.orgUnit.findFirst({ where: { id: filters.unitId, agencyId: viewer.agencyId }, select: { name: true } }) : null;
    const parts = [
      unit ? `unit ${unit.name}` : null,
      filters.positionType ? `jenis jabatan ${messages.positionType[filters.positionType]}` : null,
    ].filter(Boolean);
    const weightingLine = weighting.byImportance
      ? `Bobot: Mutlak ${weighting.MUTLAK}, Penting ${weighting.PENTING}, Perlu ${weighting.PERLU}`
      : "Bobot: 1 (pembobotan menurut kepentingan nonaktif)";
    return {
      filename: "kebutuhan-pelatihan",
      sheetName: "Kebutuhan pelatihan",
      title: await heading(viewer, "Kebutuhan pelatihan", t.formula, weightingLine, ...(parts.length ? [`Filter: ${parts.join("; ")}`] : [])),
      columns: NEEDS_COLUMNS,
      rows: needs,
    };
  },
};
