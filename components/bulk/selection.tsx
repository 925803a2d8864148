"use client";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import type { RowOutcome } from "@/lib/bulk/rules";
import { Badge } from "@/components/ui/card";

// The ticked rows of a list and what became of the decided ones. A decision (one row's form or the bulk bar)
// records its outcome here, and the row shows it at once: the action answers with a small result, not a page.

export type BulkItem = { id: string; name: string };

type Selection = {
  items: BulkItem[];
  /** The rows that can still be ticked: not yet decided here. */
  open: string[];
  selected: Set<string>;
  outcomes: Record<string, RowOutcome>;
  toggle: (id: string, on: boolean) => void;
  toggleAll: (on: boolean) => void;
  record: (outcomes: Record<string, RowOutcome>) => void;
};

const Context = createContext<Selection>({
  items: [], open: [], selected: new Set(), outcomes: {}, toggle: () => {}, toggleAll: () => {}, record: () => {},
});

export const useSelection = () => useContext(Context);

export function BulkSelection({ items, children }: { items: BulkItem[]; children: React.ReactNode }) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [outcomes, setOutcomes] = useState<Record<string, RowOutcome>>({});
  const open = useMemo(() => items.map((i) => i.id).filter((id) => !outcomes[id]?.ok), [items, outcomes]);
  const toggle = useCallback((id: string, on: boolean) => setSelected((s) => {
    const next = new Set(s);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  }), []);
  const toggleAll = useCallback((on: boolean) => setSelected(on ? new Set(open) : new Set()), [open]);
  const record = useCallback((decided: Record<string, RowOutcome>) => {
    setOutcomes((o) => ({ ...o, ...decided }));
    // A decided row leaves the selection; a refused one too (its reason is shown, ticking it again is a choice).
    setSelected((s) => new Set([...s].filter((id) => !(id in decided))));
  }, []);
  const value = useMemo(() => ({ items, open, selected, outcomes, toggle, toggleAll, record }), [items, open, selected, outcomes, toggle, toggleAll, record]);
  return <Context value={value}>{children}</Context>;
}

const boxClass = "size-5 rounded border-slate-400 text-brand-700 accent-brand-700 focus-visible:outline-2 focus-visible:outline-brand-600";

/** A row's tick box, gone once the row is decided. */
export function RowCheckbox({ id, label }: { id: string; label: string }) {
  const { selected, outcomes, toggle } = useSelection();
  if (outcomes[id]?.ok) return null;
  return (
    <input
      type="checkbox"
      className={boxClass}
      aria-label={label}
      data-testid="row-select"
      checked={selected.has(id)}
      onChange={(e) => toggle(id, e.target.checked)}
    />
  );
}

/** "Pilih semua": ticks every open row of the list (partly ticked shows as mixed). */
export function SelectAllCheckbox({ label, title }: { label: string; title?: string }) {
  const { open, selected, toggleAll } = useSelection();
  const ref = useRef<HTMLInputElement>(null);
  const ticked = open.filter((id) => selected.has(id)).length;
  const all = open.length > 0 && ticked === open.length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = ticked > 0 && !all;
  }, [ticked, all]);
  return (
    <label className="inline-flex items-center gap-2 text-sm font-medium text-slate-800" title={title}>
      <input ref={ref} type="checkbox" className={boxClass} checked={all} disabled={!open.length} onChange={(e) => toggleAll(e.target.checked)} data-testid="select-all" />
      {label}
    </label>
  );
}

/**
 * A row's decision area: its own content (a form, the status) until the row is decided here, then the status
 * it reached; a refused row keeps its content and says why.
 */
export function RowOutcomeView({ id, done, children }: { id: string; done: Record<string, string>; children: React.ReactNode }) {
  const outcome = useSelection().outcomes[id];
  if (outcome?.ok) {
    const tone = outcome.status === "REJECTED" ? "red" : outcome.status === "WAITLISTED" || outcome.status === "PENDING_AGENCY" ? "amber" : "green";
    return <span data-testid="row-outcome"><Badge tone={tone}>{done[outcome.status] ?? outcome.status}</Badge></span>;
  }
  return (
    <>
      {children}
      {outcome && !outcome.ok ? <p className="mt-1 max-w-xs text-xs text-red-700" data-testid="row-refused">{outcome.message}</p> : null}
    </>
  );
}
