import Link from "@/components/ui/link";
import { cn } from "@/components/ui/cn";
import { ariaSort, nextSort, type ListSort, type ListSortKey } from "@/lib/compliance/list-sort";

const TH = "bg-slate-50 px-4 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 print:px-2 print:py-1.5 print:tracking-normal";

export type SortLinks = {
  sort: ListSort;
  /** The list's URL with this sort (filters kept, back to page 1). */
  href: (sort: ListSort) => string;
  hints: { hintAsc: string; hintDesc: string };
};

/** One sort link: the column's name, an arrow for the active direction, and what a click does (for screen readers). */
export function SortLink({ column, label, links }: { column: ListSortKey; label: string; links: SortLinks }) {
  const next = nextSort(links.sort, column);
  const state = ariaSort(links.sort, column);
  return (
    <Link
      href={links.href(next)}
      data-testid={`sort-${column}`}
      className={cn("inline-flex items-center gap-1 whitespace-nowrap uppercase hover:text-slate-900 hover:underline", state && "text-slate-900")}
    >
      {label}
      <span aria-hidden className={cn("text-[0.7rem]", state ? "text-brand-700" : "text-slate-400")}>
        {state === "ascending" ? "▲" : state === "descending" ? "▼" : "↕"}
      </span>
      <span className="sr-only">({next.direction === "asc" ? links.hints.hintAsc : links.hints.hintDesc})</span>
    </Link>
  );
}

/**
 * A column header that sorts the list. `aria-sort` tells assistive technology which column the list is sorted by
 * and in which direction; a header with two keys (name and NIP) reports whichever of them is active.
 */
export function SortableTh({
  columns,
  links,
  className,
}: {
  columns: { key: ListSortKey; label: string }[];
  /** Without links the header is plain text (a list shown in a fixed order). */
  links?: SortLinks;
  className?: string;
}) {
  if (!links) {
    return (
      <th scope="col" className={cn(TH, className)}>
        {columns.map((c) => c.label).join(" / ")}
      </th>
    );
  }
  const state = columns.map((c) => ariaSort(links.sort, c.key)).find(Boolean);
  return (
    <th scope="col" aria-sort={state} className={cn(TH, className)}>
      {columns.map((c, i) => (
        <span key={c.key}>
          {i > 0 ? <span aria-hidden className="px-1">/</span> : null}
          <SortLink column={c.key} label={c.label} links={links} />
        </span>
      ))}
    </th>
  );
}
