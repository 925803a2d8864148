"use client";
import { useEffect, useRef } from "react";

/**
 * The catalog's filters behind a "Filter" disclosure: closed on a phone, so the first screen shows trainings;
 * opened on wider screens once the page runs (and from the start when a filter is in use).
 */
export function FilterDisclosure({ summary, active, children }: { summary: React.ReactNode; active: boolean; children: React.ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && window.matchMedia("(min-width: 640px)").matches) ref.current.open = true;
  }, []);
  return (
    <details ref={ref} open={active || undefined} className="group w-full" data-testid="catalog-filters">
      <summary className="inline-flex cursor-pointer items-center gap-1 rounded-md px-1 py-1 text-sm font-medium text-brand-800 hover:underline">
        {summary}
      </summary>
      <div className="mt-2 flex flex-wrap items-end gap-2">{children}</div>
    </details>
  );
}
