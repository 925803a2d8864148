import "server-only";
// The two coverage figures of plan against actual (decision 0037): the share of the year's top-ranked training
// needs that a funded line answers (rules.needCoverage over lib/competency/needs.ts's ranking), and per OPD the
// projected share of ASN reaching their JP target if the rest of the plan is delivered (rules.projectedReach over
// the compliance code's own credited minutes and targets: lib/compliance/sql.ts, never re-derived here).
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { allTrainingNeeds } from "@/lib/competency/needs";
import { queryOver } from "@/lib/compliance/queries";
import { complianceRows } from "@/lib/compliance/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { calendarToday } from "@/lib/time";
import { fundsNeed, needCoverage, projectedReach, type FundedLine, type PersonJp, type Seats } from "./rules";
import { share } from "./actual-rules";

/** How many of the ranked needs count as the year's high-priority ones. */
export const TOP_NEEDS = 10;

export type NeedCoverageRow = { rank: number; code: string; name: string; targetLevel: number; people: number; funded: boolean };
export type NeedCoverage = { covered: number; considered: number; share: number | null; needs: NeedCoverageRow[] };

/** The day the year is looked at: today while it runs, its last day once it is over. */
export function lookedAtOn(year: number, today: Date = calendarToday()): Date {
  const lastDay = new Date(Date.UTC(year, 11, 31));
  return today.getTime() > lastDay.getTime() ? lastDay : today;
}

/**
 * The report reads the whole agency (read:plan is agency-wide), so the needs are ranked over the whole agency too,
 * whatever other roles the viewer holds: an agency view of the viewer, used for this aggregate only.
 */
const agencyView = (viewer: Viewer): Viewer => ({ ...viewer, roles: ["ADMIN"], operatorUnits: [] });

export async function needCoverageOf(viewer: Viewer, year: number, lines: readonly FundedLine[]): Promise<NeedCoverage> {
  const { needs } = await allTrainingNeeds(agencyView(viewer), {}, lookedAtOn(year));
  const top = needs.slice(0, TOP_NEEDS);
  const { covered, considered } = needCoverage(top, lines, TOP_NEEDS);
  return {
    covered,
    considered,
    share: share(covered, considered),
    needs: top.map((n) => ({ rank: n.rank, code: n.code, name: n.name, targetLevel: n.targetLevel, people: n.people, funded: lines.some((l) => fundsNeed(l, n)) })),
  };
}

export type OpdReach = { opdId: string; opdName: string; people: number; reachToday: number; reachPlanned: number; shareToday: number | null; sharePlanned: number | null };

/**
 * Per OPD: the ASN with a JP obligation in the year (not exempt), how many reach their target today and how many
 * would if each line of that OPD delivered its remaining seats. Lines across OPDs (no OPD) are left out: their
 * seats cannot be placed in one OPD.
 */
export async function projectedReachByOpd(agencyId: string, year: number, seatsByOpd: ReadonlyMap<string, readonly Seats[]>): Promise<OpdReach[]> {
  const query = await queryOver(agencyId, year, { where: Prisma.sql`e."agencyId" = ${agencyId}::uuid`, agencyWide: true }, db, lookedAtOn(year));
  const rows = await db.$queryRaw<(PersonJp & { opdId: string; opdName: string })[]>`
    WITH c AS (${complianceRows(query)})
    SELECT c."employeeId", c."opdId", o.name AS "opdName", c."creditedMinutes", c."targetMinutes"
      FROM c JOIN "OrgUnit" o ON o.id::text = c."opdId"
     WHERE c.status <> 'EXEMPT'`;
  const byOpd = new Map<string, { name: string; people: PersonJp[] }>();
  for (const row of rows) {
    const group = byOpd.get(row.opdId) ?? { name: row.opdName, people: [] };
    group.people.push({ employeeId: row.employeeId, creditedMinutes: row.creditedMinutes, targetMinutes: row.targetMinutes });
    byOpd.set(row.opdId, group);
  }
  return [...byOpd]
    .map(([opdId, { name, people }]) => {
      const reach = projectedReach(people, seatsByOpd.get(opdId) ?? []);
      return { opdId, opdName: name, ...reach, shareToday: share(reach.reachToday, reach.people), sharePlanned: share(reach.reachPlanned, reach.people) };
    })
    .sort((a, b) => a.opdName.localeCompare(b.opdName, "id"));
}
