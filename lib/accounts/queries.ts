import "server-only";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { employeeScope } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { fullName } from "@/lib/people/rules";
import { employeeSearchWhere, readEmployeeQuery } from "@/lib/people/search";
import { paginate, pageWindow, type Page } from "@/lib/ui/pagination";
import { isUuid } from "@/lib/uuid";
import { calendarToday } from "@/lib/time";
import { accountScope } from "./scope";

// Reads for /admin/akun: the accounts the viewer manages and the employees in their reach who have none.

export const ACCOUNT_PAGE_SIZE = 25;
/** Larger, so "select all" takes a good part of a unit at once (the bulk cap is MAX_SELECTION). */
export const WITHOUT_ACCOUNT_PAGE_SIZE = 100;

export type AccountFilters = { q?: string; role?: Role; unitId?: string; active?: boolean; page?: number };

const accountSelect = {
  id: true,
  name: true,
  email: true,
  active: true,
  mustChangePassword: true,
  lastLoginAt: true,
  employee: { select: { id: true, nip: true, unit: { select: { name: true } }, _count: { select: { subordinates: true } } } },
  roles: { select: { id: true, role: true, unit: { select: { id: true, name: true } } }, orderBy: { role: "asc" } },
} satisfies Prisma.UserSelect;

type AccountRow = Prisma.UserGetPayload<{ select: typeof accountSelect }>;
/** `supervises`: SUPERVISOR follows the supervision tree (lib/auth/load-viewer.ts), shown with the stored roles. */
export type AccountListRow = AccountRow & { supervises: boolean };

const withDerived = (row: AccountRow): AccountListRow => ({ ...row, supervises: (row.employee?._count.subordinates ?? 0) > 0 });

/** Name, NIP prefix or e-mail address: the one employee search, widened to the account's own name and e-mail. */
function accountSearchWhere(q: string | undefined): Prisma.UserWhereInput {
  const query = readEmployeeQuery(q);
  if (!query) return {};
  if (query.kind === "nip") return { employee: { nip: { startsWith: query.prefix } } };
  return { OR: [{ name: { contains: query.text, mode: "insensitive" } }, { email: { contains: query.text, mode: "insensitive" } }] };
}

async function unitSubtree(viewer: Viewer, unitId: string | undefined): Promise<Prisma.EmployeeWhereInput | null> {
  if (!unitId) return null;
  const unit = isUuid(unitId) ? await db.orgUnit.findFirst({ where: { id: unitId, agencyId: viewer.agencyId }, select: { path: true } }) : null;
  return { unit: { path: { startsWith: unit?.path ?? "/none/" } } };
}

export async function listAccounts(viewer: Viewer, filters: AccountFilters): Promise<Page<AccountListRow>> {
  const scope = await accountScope(viewer);
  if (!scope) return pageWindow([], 0, 1, ACCOUNT_PAGE_SIZE);
  const unit = await unitSubtree(viewer, filters.unitId);
  const roleFilter: Prisma.UserWhereInput | null = !filters.role
    ? null
    : filters.role === "SUPERVISOR"
      ? { OR: [{ roles: { some: { role: "SUPERVISOR" } } }, { employee: { subordinates: { some: {} } } }] }
      : { roles: { some: { role: filters.role } } };
  const where: Prisma.UserWhereInput = {
    AND: [
      scope,
      accountSearchWhere(filters.q),
      unit ? { employee: unit } : {},
      roleFilter ?? {},
      filters.active === undefined ? {} : { active: filters.active },
    ],
  };
  return paginate(
    filters.page ?? 1,
    ACCOUNT_PAGE_SIZE,
    () => db.user.count({ where }),
    async (skip, take) => (await db.user.findMany({ where, select: accountSelect, orderBy: [{ name: "asc" }, { id: "asc" }], skip, take })).map(withDerived),
  );
}

export type WithoutAccountRow = { id: string; nip: string; name: string; unitName: string; positionName: string; kind: "PNS" | "PPPK" };

/** Employees in the viewer's reach, in service, without an account: the ones an account can be created for. */
export async function employeesWithoutAccount(viewer: Viewer, filters: { q?: string; unitId?: string; page?: number }): Promise<Page<WithoutAccountRow>> {
  const scope = await employeeScope(viewer, "manage:account");
  if (!scope) return pageWindow([], 0, 1, WITHOUT_ACCOUNT_PAGE_SIZE);
  const unit = await unitSubtree(viewer, filters.unitId);
  const where: Prisma.EmployeeWhereInput = {
    AND: [
      scope,
      { user: null },
      { OR: [{ serviceEndDate: null }, { serviceEndDate: { gte: calendarToday() } }] },
      employeeSearchWhere(filters.q),
      unit ?? {},
    ],
  };
  return paginate(
    filters.page ?? 1,
    WITHOUT_ACCOUNT_PAGE_SIZE,
    () => db.employee.count({ where }),
    async (skip, take) => {
      const rows = await db.employee.findMany({
        where,
        select: { id: true, nip: true, name: true, frontTitle: true, backTitle: true, kind: true, unit: { select: { name: true } }, position: { select: { name: true } } },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        skip,
        take,
      });
      return rows.map((r) => ({ id: r.id, nip: r.nip, name: fullName(r), unitName: r.unit.name, positionName: r.position.name, kind: r.kind }));
    },
  );
}

/** One account the viewer manages, with its roles, for /admin/akun/[userId]; null when out of reach. */
export async function getAccount(viewer: Viewer, userId: string): Promise<AccountListRow | null> {
  const scope = await accountScope(viewer);
  if (!scope || !isUuid(userId)) return null;
  const row = await db.user.findFirst({ where: { AND: [scope, { id: userId }] }, select: accountSelect });
  return row ? withDerived(row) : null;
}
