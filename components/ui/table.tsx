import { cn } from "./cn";

/**
 * A table that scrolls sideways inside its own box when it is wider than the page (a phone). The box is
 * `relative` so absolutely positioned content (sr-only labels, menus) is contained and clipped by it too, instead
 * of widening the whole document. It is a named, focusable region so a keyboard can scroll it (axe's
 * scrollable-region-focusable: a table of plain text has nothing else to focus).
 */
export function Table({ children, label }: { children: React.ReactNode; label: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="relative overflow-x-auto print:overflow-visible">
      <table aria-label={label} className="min-w-full divide-y divide-slate-200 text-sm print:text-xs">
        {children}
      </table>
    </div>
  );
}

export function Th({ children, className }: { children?: React.ReactNode; className?: string }) {
  return (
    <th scope="col" className={cn("bg-slate-50 px-4 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 print:px-2 print:py-1.5 print:tracking-normal", className)}>
      {children}
    </th>
  );
}

export function Td({ children, className }: { children?: React.ReactNode; className?: string }) {
  return <td className={cn("px-4 py-2.5 align-top text-slate-800 print:px-2 print:py-1.5", className)}>{children}</td>;
}
