import Link from "@/components/ui/link";
import { cn } from "@/components/ui/cn";

export type TabLink = { key: string; label: string; href: string };

/** The employee page's sections as links (?tab=…): only the open one is read from the database. */
export function EmployeeTabs({ tabs, current, label }: { tabs: TabLink[]; current: string; label: string }) {
  return (
    <nav aria-label={label} className="mb-6 border-b border-slate-200">
      {/* Wraps on a phone rather than scrolling, so every section (and the open one) stays in sight. */}
      <ul className="flex flex-wrap gap-x-1">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === current ? "page" : undefined}
              className={cn(
                "inline-block border-b-2 px-3 py-2 text-sm font-medium",
                tab.key === current ? "border-brand-700 text-brand-800" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
