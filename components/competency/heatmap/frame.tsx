import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

type Column = { id: string; code: string; name: string };

/**
 * The table both heatmaps are drawn in: a box that scrolls sideways by itself (never the page) with the row headers
 * kept in view, and a header row of competency codes, each with its name on hover. The rows are the children.
 */
export function HeatmapFrame({ label, testId, rowHeader, rowHeaderClass, columns, children }: {
  label: string; testId: string; rowHeader: string; rowHeaderClass: string; columns: readonly Column[]; children: ReactNode;
}) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="relative max-w-full overflow-x-auto" data-testid={testId}>
      <table className="border-separate border-spacing-0 text-sm">
        <thead>
          <tr>
            <th scope="col" className={cn("sticky left-0 z-20 min-w-36 max-w-44 border-b border-r border-slate-200 bg-slate-50 px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 sm:max-w-72", rowHeaderClass)}>
              {rowHeader}
            </th>
            {columns.map((c) => (
              <th key={c.id} scope="col" title={c.name} className="border-b border-slate-200 bg-slate-50 px-1 py-2 text-center font-mono text-xs font-semibold text-slate-700">
                <abbr title={c.name} className="no-underline">{c.code}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
