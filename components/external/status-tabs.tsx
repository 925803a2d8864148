import Link from "@/components/ui/link";
import type { ExternalTrainingStatus } from "@/lib/generated/prisma/enums";
import { formatNumber, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { cn } from "@/components/ui/cn";

export type QueueTab = ExternalTrainingStatus | "ALL";
const TABS: readonly QueueTab[] = ["SUBMITTED", "VERIFIED", "REJECTED", "ALL"];

/** Status filter as links (the filter lives in the URL), each with its count; the search is kept. */
export function StatusTabs({
  current, counts, q, t, locale,
}: { current: QueueTab; counts: Record<ExternalTrainingStatus, number>; q?: string; t: Messages["external"]; locale: Locale }) {
  const total = counts.SUBMITTED + counts.VERIFIED + counts.REJECTED;
  const href = (tab: QueueTab) => {
    const query = new URLSearchParams({ status: tab, ...(q ? { q } : {}) });
    return `/admin/verifikasi?${query.toString()}`;
  };
  return (
    <nav aria-label={t.queue.tabsLabel} className="flex flex-wrap gap-1 border-b border-slate-100 px-4 pt-3 sm:px-5">
      {TABS.map((tab) => {
        const active = tab === current;
        const count = tab === "ALL" ? total : counts[tab];
        return (
          <Link
            key={tab}
            href={href(tab)}
            aria-current={active ? "page" : undefined}
            className={cn(
              "-mb-px rounded-t-md border-b-2 px-3 py-2 text-sm font-medium",
              active ? "border-brand-700 text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900",
            )}
          >
            {tab === "ALL" ? t.queue.all : t.status[tab]}
            <span className="ml-1.5 rounded-full bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{formatNumber(count, locale)}</span>
          </Link>
        );
      })}
    </nav>
  );
}
