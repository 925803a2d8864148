import "server-only";
// The competencies a rating may cover: the lines of the standard in force today for the person's current
// position (position_standard_on, the SQL every competency read uses), with each competency's level descriptors.
import type { db, Tx } from "@/lib/db";
import type { Importance } from "@/lib/generated/prisma/enums";

export type RatableLine = {
  competencyId: string; code: string; name: string; kind: string; requiredLevel: number; importance: Importance;
  levels: { level: number; descriptor: string }[];
};

const KIND_ORDER: Record<string, number> = { MANAGERIAL: 0, SOCIOCULTURAL: 1, GOVERNMENT: 2, TECHNICAL: 3 };

export async function ratableStandard(client: Tx | typeof db, agencyId: string, positionId: string, on: Date): Promise<RatableLine[]> {
  const lines = await client.$queryRaw<{ competencyId: string; requiredLevel: number; importance: Importance }[]>`
    SELECT competency_id::text AS "competencyId", required_level AS "requiredLevel", importance
    FROM position_standard_on(${agencyId}::uuid, ${on}::date) WHERE position_id = ${positionId}::uuid`;
  if (!lines.length) return [];
  const competencies = await client.competency.findMany({
    where: { agencyId, id: { in: lines.map((l) => l.competencyId) } },
    select: { id: true, code: true, name: true, kind: true, levels: { orderBy: { level: "asc" }, select: { level: true, descriptor: true } } },
  });
  const byId = new Map(competencies.map((c) => [c.id, c]));
  return lines
    .flatMap((l) => {
      const c = byId.get(l.competencyId);
      return c ? [{ ...l, code: c.code, name: c.name, kind: c.kind, levels: c.levels }] : [];
    })
    .sort((a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || a.code.localeCompare(b.code));
}
