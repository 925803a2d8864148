// The annex's words from a message catalog (decision 0038): the signed XLSX uses the Indonesian one, the print
// page the viewer's. Pure.
import type { Messages } from "@/lib/i18n/messages/id";
import type { RouteCode } from "@/lib/generated/prisma/enums";
import type { AnnexLabels } from "./annex-rules";

export function annexLabels(m: Messages): AnnexLabels {
  const d = m.planDocuments.doc;
  return {
    title: d.title,
    original: d.original,
    revision: d.revision,
    acrossUnits: d.acrossUnits,
    level: d.level,
    levels: m.competency.levels,
    routes: m.trainingAdmin.routes as Record<RouteCode, string>,
    providers: d.providers,
    positionTypes: m.positionType,
    fundSources: d.fundSources,
    targetUnits: d.targetUnits,
    targetPositions: d.targetPositions,
    targetTypes: d.targetTypes,
    quarter: d.quarter,
  };
}
