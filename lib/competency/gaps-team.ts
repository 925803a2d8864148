import "server-only";
// The supervisor's team heatmap (issue 14): each of their staff against the standard of the position they hold,
// one cell per competency: the current level against the required one, the gap, or "belum dinilai".
import { teamOf } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/load-viewer";
import { accessFor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { CompetencyKind } from "@/lib/generated/prisma/enums";
import { KIND_ORDER } from "./kinds";
import { gapScope, type HeatmapColumn } from "./gaps";
import { teamLinesSql, type TeamLineRow } from "./gaps-sql";


export type TeamCell = { requiredLevel: number; currentLevel: number | null; source: string | null; gap: number | null; surplus: number | null };
export type TeamHeatmapRow = { employeeId: string; name: string; frontTitle: string | null; backTitle: string | null; nip: string; positionName: string; depth: number; cells: Record<string, TeamCell> };
export type TeamHeatmap = { columns: HeatmapColumn[]; rows: TeamHeatmapRow[]; teamSize: number };

/**
 * The viewer's own staff (direct, or the whole chain when the agency lets supervisors see indirect staff), as
 * read:competency-gap "team" allows. Null when the viewer has no such grant; an empty team gives no rows.
 */
export async function teamHeatmap(viewer: Viewer, options: { on: Date; kind?: CompetencyKind }): Promise<TeamHeatmap | null> {
  if (!accessFor(viewer.roles, "read:competency-gap").includes("team") || !viewer.employeeId) return null;
  const scope = await gapScope(viewer);
  if (!scope) return { columns: [], rows: [], teamSize: 0 };
  const team = await teamOf(viewer.employeeId, viewer.supervisorSeesIndirect);
  if (!team.length) return { columns: [], rows: [], teamSize: 0 };
  const ids = team.map((m) => m.id);
  const [lines, people] = await Promise.all([
    db.$queryRaw<TeamLineRow[]>(teamLinesSql({ agencyId: viewer.agencyId, on: options.on, scope, kind: options.kind }, ids)),
    db.employee.findMany({
      where: { agencyId: viewer.agencyId, id: { in: ids } },
      select: { id: true, name: true, frontTitle: true, backTitle: true, nip: true, position: { select: { name: true } } },
    }),
  ]);
  const competencies = await db.competency.findMany({
    where: { agencyId: viewer.agencyId, id: { in: [...new Set(lines.map((l) => l.competencyId))] } },
    select: { id: true, code: true, name: true, kind: true },
  });
  const depth = new Map(team.map((m) => [m.id, m.depth]));
  const rows = new Map<string, TeamHeatmapRow>(
    people.map((p) => [
      p.id,
      { employeeId: p.id, name: p.name, frontTitle: p.frontTitle, backTitle: p.backTitle, nip: p.nip, positionName: p.position.name, depth: depth.get(p.id) ?? 1, cells: {} },
    ]),
  );
  for (const l of lines) {
    const row = rows.get(l.employeeId);
    if (row) row.cells[l.competencyId] = { requiredLevel: l.requiredLevel, currentLevel: l.currentLevel, source: l.source, gap: l.gap, surplus: l.surplus };
  }
  return {
    columns: competencies.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.code.localeCompare(b.code, "id")),
    rows: [...rows.values()].sort((a, b) => a.depth - b.depth || a.name.localeCompare(b.name, "id")),
    teamSize: team.length,
  };
}
