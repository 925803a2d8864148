import { cn } from "@/components/ui/cn";
import Link from "@/components/ui/link";
import { formatNumber, type Locale } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import type { RunTab, TabCounts } from "@/lib/import/page-rules";

/** Links to the dry run's lists (new, changed, missing, errors, warnings), each with its count; scrolls sideways on a phone. */
export function RunTabs({ basePath, tabs, active, counts, m, locale }: { basePath: string; tabs: RunTab[]; active: RunTab; counts: TabCounts; m: Messages; locale: Locale }) {
  const t = m.importUi.run;
  return (
    <nav aria-label={t.tabsLabel} className="border-b border-slate-200 px-2 sm:px-3">
      <ul className="flex gap-1 overflow-x-auto text-sm">
        {tabs.map((tab) => (
          <li key={tab} className="shrink-0">
            <Link
              href={`${basePath}?tampil=${tab}`}
              aria-current={tab === active ? "page" : undefined}
              className={cn(
                "block border-b-2 px-3 py-2.5 font-medium",
                tab === active ? "border-brand-700 text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900",
              )}
            >
              {t.tabs[tab]} <span className="tabular-nums text-slate-500">({formatNumber(counts[tab], locale)})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
