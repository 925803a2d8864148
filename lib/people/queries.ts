import "server-only";
import type { EmployeeKind, PositionType, Prisma } from "@/lib/generated/prisma/client";
import { employeeScope, teamOf } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { employeeSearchWhere } from "./search";
import { fullName } from "./rules";
import { paginate, pageWindow, type Page } from "@/lib/ui/pagination";
import { isUuid } from "@/lib/uuid";

const listSelect = {
  id: true,
  nip: true,
  name: true,
  frontTitle: true,
  backTitle: true,
  kind: true,
  rank: true,
  unit: { select: { id: true, name: true } },
  position: { select: { name: true, type: true } },
} satisfies Prisma.EmployeeSelect;

export type EmployeeListRow = Prisma.EmployeeGetPayload<{ select: typeof listSelect }>;

export type EmployeeFilters = {
  q?: string;
  unitId?: string;
  positionType?: PositionType;
  kind?: EmployeeKind;
  page?: number;
};

const PAGE_SIZE = 25;

export async function listEmployees(viewer: Viewer, filters: EmployeeFilters): Promise<Page<EmployeeListRow>> {
  const scope = await employeeScope(viewer, "read:employee");
  if (!scope) return pageWindow([], 0, 1, PAGE_SIZE);
  const unitFilter: Prisma.EmployeeWhereInput = {};
  if (filters.unitId) {
    const unit = await db.orgUnit.findFirst({ where: { id: filters.unitId, agencyId: viewer.agencyId }, select: { path: true } });
    unitFilter.unit = { path: { startsWith: unit?.path ?? "/none/" } };
  }
  const where: Prisma.EmployeeWhereInput = {
    AND: [
      scope,
      employeeSearchWhere(filters.q),
      unitFilter,
      filters.positionType ? { position: { type: filters.positionType } } : {},
      filters.kind ? { kind: filters.kind } : {},
    ],
  };
  return paginate(
    filters.page ?? 1,
    PAGE_SIZE,
    () => db.employee.count({ where }),
    (skip, take) => db.employee.findMany({ where, select: listSelect, orderBy: [{ name: "asc" }, { id: "asc" }], skip, take }),
  );
}

export async function getEmployee(viewer: Viewer, id: string) {
  const scope = await employeeScope(viewer, "read:employee");
  if (!scope || !isUuid(id)) return null;
  return db.employee.findFirst({
    where: { AND: [scope, { id }] },
    include: {
      unit: { select: { id: true, name: true, path: true } },
      position: { select: { id: true, name: true, type: true } },
      supervisor: { select: { id: true, nip: true, name: true, frontTitle: true, backTitle: true, position: { select: { name: true } } } },
      _count: { select: { subordinates: true } },
    },
  });
}

export async function getOwnProfile(viewer: Viewer) {
  if (!viewer.employeeId) return null;
  return getEmployee(viewer, viewer.employeeId);
}

/** Names of a unit and its ancestors, root first: "Kecamatan Tembalang › Kelurahan Bulusan". */
export async function unitTrail(path: string): Promise<string[]> {
  const ids = path.split("/").filter(Boolean);
  const units = await db.orgUnit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return ids.map((id) => units.find((u) => u.id === id)?.name ?? "");
}

export type TeamRow = EmployeeListRow & { depth: number; supervisorName: string | null };

export async function listTeam(viewer: Viewer, q: string | undefined, pageNumber = 1): Promise<Page<TeamRow>> {
  if (!viewer.employeeId || !viewer.roles.includes("SUPERVISOR")) return pageWindow([], 0, 1, PAGE_SIZE);
  const team = await teamOf(viewer.employeeId, viewer.supervisorSeesIndirect);
  const depthById = new Map(team.map((m) => [m.id, m.depth]));
  const where: Prisma.EmployeeWhereInput = {
    AND: [{ agencyId: viewer.agencyId, id: { in: team.map((m) => m.id) } }, employeeSearchWhere(q)],
  };
  const select = { ...listSelect, supervisor: { select: { name: true, frontTitle: true, backTitle: true } } };
  return paginate(
    pageNumber,
    PAGE_SIZE,
    () => db.employee.count({ where }),
    async (skip, take) => {
      const rows = await db.employee.findMany({ where, select, orderBy: [{ name: "asc" }, { id: "asc" }], skip, take });
      return rows.map(({ supervisor, ...row }) => ({
        ...row,
        depth: depthById.get(row.id) ?? 1,
        supervisorName: supervisor ? fullName(supervisor) : null,
      }));
    },
  );
}

/** An employee the viewer may manage (create, edit, move: lib/people/reach.ts), for the edit form; null otherwise. */
export async function managedEmployee(viewer: Viewer, id: string) {
  const scope = await employeeScope(viewer, "manage:employee");
  if (!scope || !isUuid(id)) return null;
  return db.employee.findFirst({
    where: { AND: [scope, { id }] },
    select: { id: true, nip: true, name: true, frontTitle: true, backTitle: true, kind: true, gender: true, birthDate: true, rank: true, serviceStartDate: true },
  });
}

/** Which of these employees the viewer may open (read:employee), e.g. to link only those in a supervisor chain. */
export async function readableIds(viewer: Viewer, ids: readonly string[]): Promise<Set<string>> {
  const scope = await employeeScope(viewer, "read:employee");
  if (!scope || !ids.length) return new Set();
  const rows = await db.employee.findMany({ where: { AND: [scope, { id: { in: [...ids] } }] }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}
