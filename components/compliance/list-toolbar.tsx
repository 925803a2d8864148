import Link from "@/components/ui/link";
import { cn } from "@/components/ui/cn";
import { DEFAULT_LIST_SORT, isDefaultSort } from "@/lib/compliance/list-sort";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { LIST_PATH, pageQuery, withQuery, type ListParams } from "./params";

const chip = (current: boolean) =>
  cn(
    "inline-flex items-center gap-2 whitespace-nowrap rounded-full border px-3 py-1.5 text-sm font-medium",
    current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
  );

/**
 * Two one-click views an admin writing to OPD heads needs: everyone with 0 JP this year (a toggle that keeps the
 * other filters), and the default order, the largest shortfall first (shown as current when it is the order).
 */
export function ListToolbar({ params, m }: { params: ListParams; m: Messages }) {
  const t = m.complianceList;
  const sorted = !params.sort || isDefaultSort(params.sort);
  return (
    <div className="border-b border-slate-100 px-4 py-3 sm:px-5">
      <ul aria-label={t.sort.label} className="flex flex-wrap gap-2">
        <li>
          <Link
            href={withQuery(LIST_PATH, pageQuery({ ...params, zeroJp: params.zeroJp ? undefined : true }))}
            aria-current={params.zeroJp ? "true" : undefined}
            data-testid="filter-zero-jp"
            className={chip(Boolean(params.zeroJp))}
          >
            {params.zeroJp ? <span aria-hidden>✓</span> : null}
            {t.zeroJp.chip}
          </Link>
        </li>
        <li>
          <Link
            href={withQuery(LIST_PATH, pageQuery({ ...params, sort: DEFAULT_LIST_SORT }))}
            aria-current={sorted ? "true" : undefined}
            data-testid="sort-shortfall-first"
            className={chip(sorted)}
          >
            {sorted ? <span aria-hidden>✓</span> : null}
            {t.sort.shortfallFirst}
          </Link>
        </li>
      </ul>
      {params.zeroJp ? (
        <p className="mt-2 text-sm text-slate-700" data-testid="zero-jp-notice">{interpolate(t.zeroJp.active, { year: params.year })}</p>
      ) : null}
    </div>
  );
}
