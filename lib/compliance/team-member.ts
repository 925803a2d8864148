import "server-only";
// One member of a supervisor's team as the supervisor sees them (/tim/[employeeId]): who they are, their JP
// figures of a year and their ledger. Scoped here, in the data layer: only the viewer's own staff (direct, and
// indirect when the agency allows it), whatever other roles the viewer holds; anyone else is null (a 404).
import type { Viewer } from "@/lib/auth/load-viewer";
import { accessFor } from "@/lib/auth/permissions";
import { teamOf } from "@/lib/auth/scope";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/uuid";
import { ledgerOfYear } from "@/lib/enrolment/queries";
import { queryOver, type ComplianceRow } from "./queries";
import { complianceRows } from "./sql";

type Client = Tx | typeof db;

/** Whether the employee is on the viewer's team, and how far down (1 = reports to the viewer directly). */
export async function teamDepthOf(viewer: Viewer, employeeId: string, client: Client = db): Promise<number | null> {
  if (!viewer.employeeId || !isUuid(employeeId) || !accessFor(viewer.roles, "read:team").includes("team")) return null;
  const team = await teamOf(viewer.employeeId, viewer.supervisorSeesIndirect, client);
  return team.find((m) => m.id === employeeId.toLowerCase())?.depth ?? null;
}

/** The staff member's page: null unless they are on the viewer's team. `figures` is null for a year without service. */
export async function teamMemberJp(viewer: Viewer, employeeId: string, year: number, client: Client = db) {
  const depth = await teamDepthOf(viewer, employeeId, client);
  if (depth === null) return null;
  const id = employeeId.toLowerCase();
  const employee = await client.employee.findFirst({
    where: { id, agencyId: viewer.agencyId },
    select: {
      id: true, nip: true, name: true, frontTitle: true, backTitle: true, kind: true, rank: true,
      unit: { select: { name: true } },
      position: { select: { name: true, type: true } },
    },
  });
  if (!employee) return null;
  const query = await queryOver(viewer.agencyId, year, { where: Prisma.sql`e.id = ${id}::uuid`, agencyWide: false }, client);
  const [figures] = await client.$queryRaw<Omit<ComplianceRow, "unitName" | "opdName">[]>`WITH c AS (${complianceRows(query)}) SELECT * FROM c`;
  const ledger = await ledgerOfYear(client, { agencyId: viewer.agencyId, employeeId: id }, year);
  return { employee, depth, figures: figures ?? null, ledger };
}
