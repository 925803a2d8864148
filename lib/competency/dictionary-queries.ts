import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { hasPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/uuid";
import { competencyUse } from "./dictionary";
import { KIND_ORDER } from "./standards-rules";

// Reads of the competency dictionary, for those who manage it (manage:competency); always the viewer's agency.

export type DictionaryRow = { id: string; kind: (typeof KIND_ORDER)[number]; code: string; name: string; description: string; locked: boolean };

/** The agency's competencies grouped by kind (managerial, socio-cultural, technical, government), searched by code or name. */
export async function dictionaryGroups(viewer: Viewer, q?: string) {
  if (!hasPermission(viewer.roles, "manage:competency")) return [];
  const text = q?.trim().slice(0, 100);
  const rows: DictionaryRow[] = await db.competency.findMany({
    where: {
      agencyId: viewer.agencyId,
      ...(text ? { OR: [{ code: { contains: text, mode: "insensitive" } }, { name: { contains: text, mode: "insensitive" } }] } : {}),
    },
    select: { id: true, kind: true, code: true, name: true, description: true, locked: true },
    orderBy: [{ code: "asc" }, { id: "asc" }],
    take: 1000,
  });
  return KIND_ORDER.map((kind) => ({ kind, rows: rows.filter((r) => r.kind === kind) })).filter((g) => g.rows.length > 0);
}

/** One competency with its five levels and what uses it (to say why it cannot be removed), or null. */
export async function competencyDetail(viewer: Viewer, competencyId: string) {
  if (!hasPermission(viewer.roles, "manage:competency") || !isUuid(competencyId)) return null;
  const competency = await db.competency.findFirst({
    where: { agencyId: viewer.agencyId, id: competencyId },
    select: {
      id: true, kind: true, code: true, name: true, description: true, locked: true,
      levels: { select: { level: true, descriptor: true, indicators: true }, orderBy: { level: "asc" } },
    },
  });
  if (!competency) return null;
  return { ...competency, use: await competencyUse(db, viewer.agencyId, competency.id) };
}

export type CompetencyDetail = NonNullable<Awaited<ReturnType<typeof competencyDetail>>>;
