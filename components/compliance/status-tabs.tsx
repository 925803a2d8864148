import Link from "@/components/ui/link";
import { cn } from "@/components/ui/cn";
import type { ComplianceStatus } from "@/lib/compliance/rules";
import { formatNumber, type Locale } from "@/lib/i18n/format";
import { STATUS_STYLES } from "./status-badge";
import { LIST_PATH, pageQuery, withQuery, type ListParams } from "./params";

/** The status counts of the filtered list as chips; each one narrows the list to that status. */
export function StatusTabs({
  params,
  statuses,
  counts,
  labels,
  allLabel,
  navLabel,
  locale,
}: {
  params: ListParams;
  statuses: ComplianceStatus[];
  counts: Record<ComplianceStatus, number>;
  labels: Record<ComplianceStatus, string>;
  allLabel: string;
  navLabel: string;
  locale: Locale;
}) {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const chip = (status: ComplianceStatus | undefined, label: string, count: number) => {
    const current = params.status === status;
    return (
      <li key={status ?? "all"}>
        <Link
          href={withQuery(LIST_PATH, pageQuery({ ...params, status }))}
          aria-current={current ? "page" : undefined}
          data-testid={`status-tab-${status ?? "ALL"}`}
          className={cn(
            "inline-flex items-center gap-2 whitespace-nowrap rounded-full border px-3 py-1.5 text-sm font-medium",
            current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
          )}
        >
          {status ? <span aria-hidden className={cn("size-2 rounded-full", STATUS_STYLES[status].dot)} /> : null}
          {label}
          <span className={cn("tabular-nums", current ? "text-white/90" : "text-slate-500")}>{formatNumber(count, locale)}</span>
        </Link>
      </li>
    );
  };
  return (
    <nav aria-label={navLabel} className="border-b border-slate-100 px-4 py-3 sm:px-5">
      <ul className="flex flex-wrap gap-2">
        {chip(undefined, allLabel, total)}
        {statuses.map((s) => chip(s, labels[s], counts[s]))}
      </ul>
    </nav>
  );
}
