"use client";
import { useState } from "react";
import Link from "@/components/ui/link";
import { cn } from "@/components/ui/cn";
import { interpolate } from "@/lib/i18n/format";

/** A unit as the tree shows it; every text is already worded by the page (server), so the client only opens and closes. */
export type TreeItemView = {
  id: string;
  name: string;
  code: string;
  kind: string;
  closed: string | null;
  headcount: string;
  head: string;
  headMissing: boolean;
  href: string | null;
  matched: boolean;
  children: TreeItemView[];
};

type Labels = { tree: string; expandAll: string; collapseAll: string; expand: string; collapse: string; headcountHint: string };

function allIds(items: readonly TreeItemView[]): string[] {
  return items.flatMap((i) => (i.children.length ? [i.id, ...allIds(i.children)] : []));
}

/**
 * The organisation as nested lists with a disclosure button per unit that has sub-units (the WAI-ARIA disclosure
 * pattern: a button with aria-expanded controlling the list below it), so a keyboard and a screen reader move
 * through it like any list. Collapsed lists stay in the page, hidden, so the buttons always name what they control.
 */
export function UnitTree({ roots, initiallyOpen, labels }: { roots: TreeItemView[]; initiallyOpen: string[]; labels: Labels }) {
  const [open, setOpen] = useState(() => new Set(initiallyOpen));
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <div>
      <div className="flex flex-wrap gap-2 border-b border-slate-100 px-4 py-2 sm:px-5">
        <button type="button" className="rounded px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50" onClick={() => setOpen(new Set(allIds(roots)))}>
          {labels.expandAll}
        </button>
        <button type="button" className="rounded px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50" onClick={() => setOpen(new Set())}>
          {labels.collapseAll}
        </button>
        <p className="ml-auto self-center text-xs text-slate-500">{labels.headcountHint}</p>
      </div>
      <ul aria-label={labels.tree} className="space-y-0.5 px-2 py-3 sm:px-3" data-testid="unit-tree">
        {roots.map((item) => <TreeItem key={item.id} item={item} open={open} toggle={toggle} labels={labels} />)}
      </ul>
    </div>
  );
}

function TreeItem({ item, open, toggle, labels }: { item: TreeItemView; open: Set<string>; toggle: (id: string) => void; labels: Labels }) {
  const expanded = open.has(item.id);
  const listId = `units-${item.id}`;
  return (
    <li data-testid="unit-node" data-unit-code={item.code}>
      <div className={cn("flex items-start gap-1 rounded-md px-1 py-1.5", item.matched && "bg-amber-50 ring-1 ring-amber-200", item.closed && "text-slate-500")}>
        {item.children.length ? (
          <button
            type="button"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-label={interpolate(expanded ? labels.collapse : labels.expand, { name: item.name })}
            onClick={() => toggle(item.id)}
            className="mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded text-slate-600 hover:bg-slate-100"
          >
            <span aria-hidden className={cn("inline-block text-xs transition-transform", expanded && "rotate-90")}>▶</span>
          </button>
        ) : (
          <span aria-hidden className="h-6 w-6 shrink-0" />
        )}
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
            {item.href ? (
              <Link href={item.href} className={cn("font-medium break-words hover:underline", item.closed ? "text-slate-500" : "text-brand-800")}>{item.name}</Link>
            ) : (
              <span className={cn("font-medium break-words", item.closed ? "text-slate-500" : "text-slate-900")}>{item.name}</span>
            )}
            <span className="font-mono text-xs text-slate-500">{item.code}</span>
            <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">{item.kind}</span>
            {item.closed ? <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-700">{item.closed}</span> : null}
          </div>
          <p className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-slate-600">
            <span className="tabular-nums" data-testid="unit-headcount">{item.headcount}</span>
            <span className={cn("min-w-0 break-words", item.headMissing && "italic text-slate-500")} data-testid="unit-head">{item.head}</span>
          </p>
        </div>
      </div>
      {item.children.length ? (
        <ul id={listId} hidden={!expanded} className="ml-3 space-y-0.5 border-l border-slate-200 pl-2 sm:ml-4 sm:pl-3">
          {item.children.map((child) => <TreeItem key={child.id} item={child} open={open} toggle={toggle} labels={labels} />)}
        </ul>
      ) : null}
    </li>
  );
}
