import Link from "@/components/ui/link";
import { cn } from "@/components/ui/cn";
import { withQuery } from "./params";

/** The years as links (no script needed, each year a shareable URL), the selected one marked as current. */
export function YearPicker({
  years,
  selected,
  path,
  query = {},
  label,
}: {
  years: number[];
  selected: number;
  path: string;
  query?: Record<string, string | undefined>;
  label: string;
}) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-1 rounded-lg border border-slate-200 bg-white p-1 shadow-sm">
      {years.map((year) => (
        <Link
          key={year}
          href={withQuery(path, { ...query, tahun: String(year) })}
          aria-current={year === selected ? "page" : undefined}
          className={cn(
            "rounded-md px-3 py-1.5 text-sm font-medium tabular-nums",
            year === selected ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-100",
          )}
        >
          {year}
        </Link>
      ))}
    </nav>
  );
}
