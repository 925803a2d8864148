"use client";
import { useState, useTransition } from "react";
import { createAccountsAction } from "@/lib/accounts/actions";
import { MAX_SELECTION } from "@/lib/bulk/selection";
import { summarise, type RowOutcome } from "@/lib/bulk/rules";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { formatNip } from "@/lib/people/nip";
import { SelectAllCheckbox, useSelection } from "@/components/bulk/selection";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { CopyButton, type Credentials } from "./temporary-password";

/** The created accounts as a spreadsheet-friendly CSV (";" as Excel in Indonesia expects), built in the browser. */
function credentialsCsv(list: Credentials[], header: string): string {
  const cell = (v: string) => (/[";\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `\uFEFF${header}\r\n${list.map((c) => [c.nip ?? c.email ?? "", c.name, c.temporaryPassword].map(cell).join(";")).join("\r\n")}\r\n`;
}

function download(text: string, filename: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const a = Object.assign(document.createElement("a"), { href: url, download: filename });
  a.click();
  URL.revokeObjectURL(url);
}

/**
 * "Buat akun (n)" for the ticked employees: asks first, then creates each account in its own transaction
 * (lib/action.ts executeForEach). The temporary passwords are listed once, with "copy all" and a CSV download made
 * in the browser (never stored on the server); refused rows say why.
 */
export function BulkCreateBar({ t, bulk }: { t: Messages["accounts"]; bulk: Messages["bulk"] }) {
  const { items, selected, record } = useSelection();
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [created, setCreated] = useState<Credentials[]>([]);
  const [pending, startTransition] = useTransition();
  const count = selected.size;
  const tooMany = count > MAX_SELECTION;
  const names = Object.fromEntries(items.map((i) => [i.id, i.name]));

  function run() {
    const form = new FormData();
    for (const id of selected) form.append("employeeIds", id);
    startTransition(async () => {
      const state = await createAccountsAction({ ok: false }, form);
      setAsking(false);
      if (!state.ok || !state.data) {
        setMessage({ ok: false, text: Object.values(state.fieldErrors ?? {})[0]?.[0] ?? state.message ?? "" });
        return;
      }
      const outcomes: [string, RowOutcome][] = state.data.map((o) => [o.id, o.ok ? { ok: true, status: "CREATED" } : { ok: false, message: o.message }]);
      record(Object.fromEntries(outcomes));
      setCreated((before) => [...before, ...state.data!.flatMap((o) => (o.ok ? [o.data] : []))]);
      setMessage({ ok: outcomes.every(([, o]) => o.ok), text: summarise(outcomes, names, { done: { CREATED: t.bulk.done }, refused: bulk.refused }) });
    });
  }

  const tsv = created.map((c) => [c.nip ? formatNip(c.nip) : c.email, c.name, c.temporaryPassword].join("\t")).join("\n");
  return (
    <div className="space-y-3 border-b border-slate-100 px-4 py-3 sm:px-5" role="group" aria-label={t.bulk.label} data-testid="bulk-bar">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <SelectAllCheckbox label={bulk.selectAll} title={bulk.selectAllOnPage} />
        <span className="text-sm text-slate-600" data-testid="bulk-count" aria-live="polite">{interpolate(bulk.selected, { count })}</span>
        <Button type="button" className="px-3 py-1.5 sm:ml-auto" disabled={!count || tooMany || pending} onClick={() => setAsking(true)}>
          {pending ? interpolate(bulk.working, { count }) : interpolate(t.bulk.create, { count })}
        </Button>
      </div>
      {tooMany ? <p className="text-sm text-red-700" role="alert">{bulk.tooMany}</p> : null}
      {asking && count ? (
        <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
          <p className="text-sm text-amber-900" role="alert">{interpolate(t.bulk.question, { count })}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" disabled={pending} onClick={run}>{interpolate(t.bulk.confirm, { count })}</Button>
            <Button type="button" variant="secondary" autoFocus onClick={() => setAsking(false)}>{bulk.cancel}</Button>
          </div>
        </div>
      ) : null}
      <div aria-live="polite">
        {message?.text ? (
          <p data-testid="bulk-message" className={cn("break-words rounded-md px-3 py-2 text-sm", message.ok ? "bg-emerald-50 text-emerald-800" : "bg-amber-50 text-amber-900")}>
            {message.text}
          </p>
        ) : null}
      </div>
      {created.length ? (
        <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3" data-testid="bulk-credentials">
          <p className="text-sm text-amber-900">{t.temporary.listIntro}</p>
          <div className="flex flex-wrap gap-2">
            <CopyButton text={tsv} label={t.temporary.copyAll} done={t.temporary.copied} />
            <Button type="button" variant="secondary" className="px-3 py-1.5" onClick={() => download(credentialsCsv(created, t.temporary.csvHeader), "akun-baru.csv")}>
              {t.temporary.download}
            </Button>
          </div>
          <ul className="divide-y divide-amber-200 text-sm">
            {created.map((c) => (
              <li key={c.userId} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-1.5">
                <span className="min-w-0 break-words">
                  <span className="font-medium text-slate-900">{c.name}</span>
                  <span className="ml-2 font-mono text-xs text-slate-600">{c.nip ? formatNip(c.nip) : c.email}</span>
                </span>
                <output className="select-all font-mono tracking-wider text-slate-900">{c.temporaryPassword}</output>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
