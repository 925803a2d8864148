import "server-only";
// "Sesuai untuk saya" by the viewer's competency gaps (issue 14 item 5; decision 0032): a program suits the viewer
// when, besides the position-type and unit rules, it covers a competency where the viewer has a known gap today at
// or above the level their standard requires. A viewer without a known gap (not assessed, or no gap) keeps the
// plain eligibility filter: "belum dinilai" is never read as a gap.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { coversNeed } from "@/lib/competency/needs-rules";
import { leanDb } from "@/lib/sql-transaction";
import { calendarToday } from "@/lib/time";

export type ViewerGap = { competencyId: string; code: string; requiredLevel: number };

/**
 * The viewer's known gaps > 0 today, against the standard of the position they hold (competency_gaps). On every
 * catalog view, so prepared: planning the inlined functions cost PostgreSQL more than running them.
 */
export async function viewerGaps(agencyId: string, employeeId: string, on: Date = calendarToday()): Promise<ViewerGap[]> {
  return leanDb().$queryPrepared<ViewerGap[]>(Prisma.sql`
    SELECT g.competency_id::text AS "competencyId", c.code, g.required_level AS "requiredLevel"
      FROM competency_gaps(${agencyId}::uuid, ${on}::date) g JOIN "Competency" c ON c.id = g.competency_id
     WHERE g.employee_id = ${employeeId}::uuid AND g.gap > 0
     ORDER BY c.code`);
}

export function gapsWhere(gaps: readonly ViewerGap[]): Prisma.ProgramWhereInput {
  return { competencies: { some: { OR: gaps.map((g) => ({ competencyId: g.competencyId, targetLevel: { gte: g.requiredLevel } })) } } };
}

export const gapsKey = (gaps: readonly ViewerGap[] | undefined) => (gaps ?? []).map((g) => `${g.code}:${g.requiredLevel}`).join(",");

/** Per program of the page, the codes of the viewer's gaps it closes. */
export async function gapsClosed(agencyId: string, programIds: readonly string[], gaps: readonly ViewerGap[]): Promise<Map<string, string[]>> {
  const offers = await db.programCompetency.findMany({
    where: { agencyId, programId: { in: [...programIds] }, competencyId: { in: gaps.map((g) => g.competencyId) } },
    select: { programId: true, competencyId: true, targetLevel: true },
  });
  const closes = new Map<string, string[]>();
  for (const o of offers) {
    for (const g of gaps) {
      if (!coversNeed(o, { competencyId: g.competencyId, targetLevel: g.requiredLevel })) continue;
      closes.set(o.programId, [...(closes.get(o.programId) ?? []), g.code].sort());
    }
  }
  return closes;
}
