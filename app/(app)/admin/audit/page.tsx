import type { Metadata } from "next";
import { AuditEntryList } from "@/components/audit/audit-entry-list";
import { AuditFilterForm } from "@/components/audit/audit-filters";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { EXPORT_CAP } from "@/lib/audit/export";
import { decodeCursor, encodeCursor, filterParams, hasFilters, parseAuditFilters, type AuditCursor } from "@/lib/audit/filters";
import { presentAuditRows, subjectNames } from "@/lib/audit/present";
import { AUDIT_PAGE_SIZE, auditActionKinds, auditEntityKinds, listAuditPage } from "@/lib/audit/queries";
import { labelledOptions } from "@/lib/audit/readable";
import { accessFor } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { formatNumber, interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Jejak audit" };

type Search = Record<string, string | string[] | undefined>;

const query = (params: Record<string, string | undefined>) =>
  new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]))).toString();

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requirePermission("read:audit-log");
  const search = await searchParams;
  const read = (name: string) => [search[name]].flat()[0];
  const [m, locale] = await Promise.all([getMessages(), getLocale()]);
  const t = m.audit;
  const { filters, errors } = parseAuditFilters(read, t);
  const older = decodeCursor(read("older"));
  const newer = older ? undefined : decodeCursor(read("newer"));
  const [page, entityKinds, actionKinds, subjects] = await Promise.all([
    listAuditPage(viewer, { filters, older, newer }),
    auditEntityKinds(viewer),
    auditActionKinds(viewer),
    subjectNames(viewer, filters, m),
  ]);
  const wholeAgency = accessFor(viewer.roles, "read:audit-log").includes("any");
  // An operator opens employee pages only; batch and program pages are the agency's.
  const entries = (await presentAuditRows(viewer.agencyId, page.rows, m, locale)).map((e) =>
    wholeAgency || e.entityKey.startsWith("Employee") ? e : { ...e, recordHref: null },
  );
  const params = filterParams(filters);
  const href = (extra: Record<string, string | undefined>) => `/admin/audit?${query({ ...params, ...extra })}`;
  const cursorLink = (name: "older" | "newer", cursor: AuditCursor | undefined, label: string) =>
    cursor ? (
      <Link href={href({ [name]: encodeCursor(cursor) })} rel={name === "older" ? "next" : "prev"} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50" data-testid={`audit-${name}`}>
        {label}
      </Link>
    ) : (
      <span aria-disabled className="rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-400">{label}</span>
    );
  const subjectChips = [
    ...(filters.employeeId ? [{ label: interpolate(t.filters.aboutEmployee, { name: subjects.employee ?? "" }), removeHref: href({ employeeId: undefined }) }] : []),
    ...(filters.batchId ? [{ label: interpolate(t.filters.aboutBatch, { name: subjects.batch ?? "" }), removeHref: href({ batchId: undefined }) }] : []),
  ];

  return (
    <>
      <PageHeader title={t.title} subtitle={wholeAgency ? t.subtitle : t.subtitleUnit}>
        <div className="flex flex-col items-start gap-1 sm:items-end">
          <a href={`/api/ekspor/audit?${query(params)}`} className={buttonClass("secondary")} data-testid="audit-export" download>
            {t.export.button}
          </a>
          <span className="text-xs text-slate-500">{interpolate(t.export.hint, { max: formatNumber(EXPORT_CAP, locale) })}</span>
        </div>
      </PageHeader>
      <Card>
        <AuditFilterForm
          filters={filters}
          entities={labelledOptions(t.entities, [...entityKinds, filters.entity], locale)}
          actions={labelledOptions(t.actions, [...actionKinds, filters.action], locale)}
          subjects={subjectChips}
          t={t}
        />
        {errors.length ? (
          <ul className="border-b border-amber-100 bg-amber-50 px-4 py-2 text-sm text-amber-900 sm:px-5" data-testid="audit-filter-errors">
            {errors.map((e) => <li key={e}>{e}</li>)}
          </ul>
        ) : null}
        <CardHeader title={t.list.heading} subtitle={interpolate(t.list.perPage, { count: AUDIT_PAGE_SIZE })} />
        {entries.length ? (
          <AuditEntryList entries={entries} t={t} />
        ) : (
          <EmptyState title={hasFilters(filters) || older || newer ? t.list.noMatch : t.list.empty}>
            {hasFilters(filters) ? <Link href="/admin/audit" className="font-medium text-brand-700 hover:underline">{t.filters.reset}</Link> : null}
          </EmptyState>
        )}
        <nav aria-label="pagination" className="flex flex-wrap items-center justify-end gap-2 border-t border-slate-100 px-4 py-3 sm:px-5">
          {older || newer ? (
            <Link href={href({})} className="mr-auto text-sm text-brand-700 hover:underline" data-testid="audit-newest">{t.list.newest}</Link>
          ) : null}
          {cursorLink("newer", page.newer, t.list.newer)}
          {cursorLink("older", page.older, t.list.older)}
        </nav>
      </Card>
    </>
  );
}
