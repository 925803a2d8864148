"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { Messages } from "@/lib/i18n/messages/id";
import { DeleteInactivityForm, InactivityForm, type PeriodValues } from "./inactivity-form";

/** The person's inactivity periods, newest first; a manager edits one in place or deletes it. `range` is worded by the page. */
export function InactivityList({ periods, canManage, labels }: { periods: (PeriodValues & { range: string })[]; canManage: boolean; labels: Messages["people"]["inactivity"] }) {
  const [editing, setEditing] = useState<string | null>(null);
  if (!periods.length) return <p className="px-4 py-6 text-sm text-slate-500 sm:px-5" data-testid="inactivity-empty">{labels.empty}</p>;
  return (
    <ul className="divide-y divide-slate-100" aria-label={labels.table} data-testid="inactivity-rows">
      {periods.map((p) => (
        <li key={p.id} className="space-y-3 px-4 py-3 sm:px-5">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0">
              <p className="text-sm font-medium text-slate-900">{labels.kinds[p.kind]}</p>
              <p className="text-sm text-slate-700">{p.range}</p>
              {p.note ? <p className="break-words text-xs text-slate-500">{p.note}</p> : null}
            </div>
            {canManage ? (
              <div className="flex flex-wrap items-start gap-2">
                <Button type="button" variant="secondary" onClick={() => setEditing(editing === p.id ? null : p.id)} aria-expanded={editing === p.id}>
                  {labels.edit}
                </Button>
                <DeleteInactivityForm periodId={p.id} range={p.range} labels={labels} />
              </div>
            ) : null}
          </div>
          {canManage && editing === p.id ? <InactivityForm period={p} labels={labels} onDone={() => setEditing(null)} /> : null}
        </li>
      ))}
    </ul>
  );
}
