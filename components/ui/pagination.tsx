import Link from "@/components/ui/link";
import type { Page } from "@/lib/ui/pagination";
import { formatNumber, interpolate, type Locale } from "@/lib/i18n/format";
import { cn } from "./cn";

type Labels = { previous: string; next: string; pageOf: string; showing: string };

/** Previous/next links that keep the other query parameters. */
export function Pagination({
  page,
  basePath,
  params,
  labels,
  locale,
}: {
  page: Page<unknown>;
  basePath: string;
  params: Record<string, string | undefined>;
  labels: Labels;
  locale: Locale;
}) {
  const href = (n: number) => {
    const query = new URLSearchParams(Object.entries({ ...params, page: String(n) }).filter(([, v]) => v) as [string, string][]);
    return `${basePath}?${query.toString()}`;
  };
  const link = (n: number, text: string, enabled: boolean, rel: string) =>
    enabled ? (
      <Link href={href(n)} rel={rel} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50">
        {text}
      </Link>
    ) : (
      <span aria-disabled className="rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-400">
        {text}
      </span>
    );
  return (
    <nav aria-label="pagination" className={cn("flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 px-4 py-3 sm:px-5")}>
      <p className="text-sm text-slate-600" data-testid="page-summary">
        {interpolate(labels.showing, { from: formatNumber(page.from, locale), to: formatNumber(page.to, locale), total: formatNumber(page.total, locale) })}
      </p>
      <div className="flex items-center gap-2">
        {link(page.page - 1, labels.previous, page.page > 1, "prev")}
        <span className="text-sm text-slate-600">{interpolate(labels.pageOf, { page: page.page, pages: page.pages })}</span>
        {link(page.page + 1, labels.next, page.page < page.pages, "next")}
      </div>
    </nav>
  );
}
