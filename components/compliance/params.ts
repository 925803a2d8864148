// Search parameters of the compliance dashboard and its drill-down list. Pure, so it is unit-tested:
// anything a hand-typed or outdated URL carries that is not valid falls back to the default, never an error.
import { z } from "zod";
import type { EmployeeKind, PositionType } from "@/lib/generated/prisma/enums";
import { listSortQuery, parseListSort, parseZeroJp, isDefaultSort, type ListSort } from "@/lib/compliance/list-sort";
import { asOfParam, yearParam, type ComplianceStatus } from "@/lib/compliance/rules";
import { calendarToday } from "@/lib/time";
import { EMPLOYEE_KINDS, POSITION_TYPES } from "@/lib/people/enums";
import { pageParam } from "@/lib/ui/pagination";
import { isUuid } from "@/lib/uuid";

/** Furthest behind first: the order of the status chips and of the list. */
export const COMPLIANCE_STATUSES = ["NON_COMPLIANT", "AT_RISK", "ON_TRACK", "COMPLIANT", "EXEMPT"] as const satisfies readonly ComplianceStatus[];

export const DASHBOARD_PATH = "/admin/kepatuhan";
export const LIST_PATH = "/admin/kepatuhan/daftar";
export const OPD_EXPORT_PATH = "/api/ekspor/kepatuhan-opd";
export const LIST_EXPORT_PATH = "/api/ekspor/kepatuhan";
export const LIST_PAGE_SIZE = 50;
/** The picker offers this many years, the current one first. */

type Raw = string | string[] | undefined;
export type RawParams = Record<string, Raw>;

const first = (raw: Raw) => (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";

/** After 31 December of the year, AT_RISK has become NON_COMPLIANT (lib/compliance/rules.ts). */
export function isYearOver(year: number, today: Date): boolean {
  return today.getUTCFullYear() > year;
}

/** The statuses worth offering as chips: the ones the year can still have, plus any that has people or is selected. */
export function statusesFor(yearOver: boolean, counts: Record<ComplianceStatus, number>, selected?: ComplianceStatus): ComplianceStatus[] {
  const possible = (s: ComplianceStatus) => (yearOver ? s !== "AT_RISK" && s !== "ON_TRACK" : s !== "NON_COMPLIANT");
  return COMPLIANCE_STATUSES.filter((s) => possible(s) || counts[s] > 0 || s === selected);
}

const listSchema = z.object({
  unitId: z.string().refine(isUuid).optional().catch(undefined),
  positionType: z.enum(POSITION_TYPES as [PositionType, ...PositionType[]]).optional().catch(undefined),
  kind: z.enum(EMPLOYEE_KINDS as [EmployeeKind, ...EmployeeKind[]]).optional().catch(undefined),
  status: z.enum(COMPLIANCE_STATUSES).optional().catch(undefined),
  q: z.string().max(100).optional().catch(undefined),
});

export type ListFilters = z.infer<typeof listSchema> & {
  /** `?jp=0`: only the ASN with an obligation and no JP credited. */
  zeroJp?: true;
};
/** `?per=YYYY-MM-DD`: the figures as of that date; `asOfRejected` holds a given date that was not usable. */
export type AsOf = { asOf?: Date; asOfRejected?: string };
/** `sort` is absent for the default (the largest shortfall first): see lib/compliance/list-sort.ts. */
export type ListParams = ListFilters & AsOf & { year: number; page: number; sort?: ListSort };

/** The as-of date of year Y from the URL (rules.ts `asOfParam`): absent or unusable means today. */
export function asOfParams(raw: RawParams, year: number, today: Date = calendarToday()): AsOf {
  const date = asOfParam(raw.per, year, today);
  if (date === null) return { asOfRejected: first(raw.per).slice(0, 20) };
  // Today is the default: the URL stays short and the fast path is taken.
  return date && date.getTime() !== today.getTime() ? { asOf: date } : {};
}

/** `2026-10-01`, as the URL and a date input write it. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The drill-down's filters from the URL; an unknown unit id, type or status is simply no filter. */
export function listParams(raw: RawParams, currentYear: number, today: Date = calendarToday()): ListParams {
  const text = (key: string) => first(raw[key]) || undefined;
  const filters = listSchema.parse({
    unitId: text("unitId"),
    positionType: text("positionType"),
    kind: text("kind"),
    status: text("status"),
    q: text("q"),
  });
  const year = yearParam(raw.tahun, currentYear);
  const sort = parseListSort(raw.urut, raw.arah);
  return {
    ...filters,
    zeroJp: parseZeroJp(raw.jp),
    ...asOfParams(raw, year, today),
    year,
    page: pageParam(raw.page),
    sort: isDefaultSort(sort) ? undefined : sort,
  };
}

export function hasFilters(p: ListFilters): boolean {
  return Boolean(p.unitId || p.positionType || p.kind || p.status || p.q || p.zeroJp);
}

/** The list's parameters as they appear in a URL (the page number is added by the pagination). */
export function listQuery(p: ListFilters & AsOf & { year: number }): Record<string, string | undefined> {
  return { tahun: String(p.year), per: p.asOf && isoDay(p.asOf), unitId: p.unitId, positionType: p.positionType, kind: p.kind, status: p.status, q: p.q, jp: p.zeroJp && "0" };
}

/** The list page's own URL parameters: the filters and, unless it is the default, the sort. */
export function pageQuery(p: ListFilters & AsOf & { year: number; sort?: ListSort }): Record<string, string | undefined> {
  return { ...listQuery(p), ...(p.sort ? listSortQuery(p.sort) : {}) };
}

/** The list of the ASN with 0 JP in year Y (as of a date), where the dashboard's "ASN dengan 0 JP" card leads. */
export function zeroJpListHref(year: number, asOf?: Date): string {
  return withQuery(LIST_PATH, { tahun: String(year), per: asOf && isoDay(asOf), jp: "0" });
}

/** `path?a=1&b=2`, leaving out empty values. */
export function withQuery(path: string, query: Record<string, string | undefined>): string {
  const search = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
