"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { Td } from "@/components/ui/table";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import type { Direction } from "@/lib/results/rules";
import { IndicatorForm, type IndicatorFields, type UnitOption } from "./indicator-form";
import { DeleteIndicatorForm, ResultForm } from "./result-form";

/** One indicator as the server formatted it, with what its forms start from. */
export type IndicatorRowView = {
  id: string;
  unitName: string;
  name: string;
  /** "%; makin tinggi makin baik" */
  measureLine: string;
  baseline: string;
  baselineOn: string;
  result: string | null;
  resultOn: string | null;
  change: { delta: string; relative: string | null; direction: Direction; sign: -1 | 0 | 1 } | null;
  note: string | null;
  fields: IndicatorFields;
  resultFields: { value: string; on: string };
};

type Props = { row: IndicatorRowView; units: UnitOption[]; editable: boolean; resultsOpen: boolean; t: Messages["results"]; saving: string };

const TONE = { IMPROVED: "green", UNCHANGED: "slate", WORSENED: "red" } as const;
const ARROW = { [-1]: "▼", 0: "▬", 1: "▲" } as const;

/** A row of the indicator table, and below it the open form: the result, an edit, or the delete question. */
export function IndicatorRow({ row, units, editable, resultsOpen, t, saving }: Props) {
  const [open, setOpen] = useState<"result" | "edit" | "delete" | null>(null);
  const toggle = (panel: NonNullable<typeof open>) => setOpen((o) => (o === panel ? null : panel));
  const small = "px-2.5 py-1 text-xs whitespace-nowrap";
  const f = t.form;
  return (
    <>
      <tr data-testid="indicator-row">
        <Td className="hidden md:table-cell">{row.unitName}</Td>
        <Td className="min-w-48">
          <p className="font-medium text-slate-900">{row.name}</p>
          <p className="text-xs text-slate-500"><span className="md:hidden">{row.unitName} · </span>{row.measureLine}</p>
          {row.note ? <p className="mt-1 text-xs whitespace-pre-line text-slate-600">{row.note}</p> : null}
          {/* Phones: before → after and the change under the name, in place of their columns. */}
          <p className="mt-1.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm tabular-nums sm:hidden">
            <span>{row.baseline} → {row.result ?? <span className="text-slate-500">{t.notMeasured}</span>}</span>
            {row.change ? <ChangeBadge change={row.change} t={t} /> : null}
          </p>
        </Td>
        <Td className="hidden whitespace-nowrap sm:table-cell">
          <span className="tabular-nums" data-testid="indicator-baseline">{row.baseline}</span>
          <p className="text-xs text-slate-500">{row.baselineOn}</p>
        </Td>
        <Td className="hidden whitespace-nowrap sm:table-cell">
          {row.result ? (
            <>
              <span className="tabular-nums" data-testid="indicator-result">{row.result}</span>
              <p className="text-xs text-slate-500">{row.resultOn}</p>
            </>
          ) : (
            <span className="text-slate-500">{t.notMeasured}</span>
          )}
        </Td>
        <Td className="hidden whitespace-nowrap sm:table-cell">
          {row.change ? (
            <span className="flex flex-col items-start gap-1" data-testid="indicator-change" data-direction={row.change.direction}>
              <span className="tabular-nums">{row.change.delta}{row.change.relative ? <span className="text-slate-500"> ({row.change.relative})</span> : null}</span>
              <ChangeBadge change={row.change} t={t} />
            </span>
          ) : (
            <span className="text-slate-400">—</span>
          )}
        </Td>
        <Td>
          {editable ? (
            <div className="flex flex-wrap gap-1.5 xl:flex-nowrap" role="group" aria-label={interpolate(f.rowActions, { name: row.name })}>
              {resultsOpen ? (
                <Button type="button" variant={row.result ? "secondary" : "primary"} className={small} aria-expanded={open === "result"} onClick={() => toggle("result")}>
                  {row.result ? f.adjust : f.record}
                </Button>
              ) : null}
              <Button type="button" variant="secondary" className={small} aria-expanded={open === "edit"} onClick={() => toggle("edit")}>{f.edit}</Button>
              <Button type="button" variant="ghost" className={`${small} text-red-700 hover:bg-red-50`} aria-expanded={open === "delete"} onClick={() => toggle("delete")}>{f.delete}</Button>
            </div>
          ) : null}
        </Td>
      </tr>
      {open ? (
        <tr className="bg-slate-50/70" data-testid="indicator-panel">
          <td colSpan={6} className="px-4 py-4 sm:px-5">
            <div className="mb-3 flex items-center justify-between gap-2">
              <h3 className="text-sm font-semibold text-slate-900">{open === "result" ? f.resultTitle : open === "edit" ? f.editTitle : f.delete}: {row.name}</h3>
              <button type="button" className="rounded px-2 py-1 text-sm text-slate-600 hover:bg-slate-100" onClick={() => setOpen(null)}>{f.close}</button>
            </div>
            {open === "result" ? (
              <ResultForm indicatorId={row.id} value={row.resultFields.value} on={row.resultFields.on} t={t} saving={saving} idPrefix={`result-${row.id}`} />
            ) : open === "edit" ? (
              <IndicatorForm target={{ indicatorId: row.id }} initial={row.fields} units={units} t={t} saving={saving} idPrefix={`edit-${row.id}`} />
            ) : (
              <DeleteIndicatorForm indicatorId={row.id} name={row.name} t={t} onKeep={() => setOpen(null)} />
            )}
          </td>
        </tr>
      ) : null}
    </>
  );
}

function ChangeBadge({ change, t }: { change: NonNullable<IndicatorRowView["change"]>; t: Messages["results"] }) {
  return <Badge tone={TONE[change.direction]}><span aria-hidden="true" className="mr-1">{ARROW[change.sign]}</span>{t.direction[change.direction]}</Badge>;
}
