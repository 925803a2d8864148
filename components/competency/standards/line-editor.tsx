"use client";
import { useOrgAction } from "@/components/org/use-org-action";
import { ConfirmSubmit } from "@/components/training-admin/confirm-submit";
import { Select } from "@/components/training-admin/form-controls";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { removeStandardLineAction, saveStandardLineAction } from "@/lib/competency/standards-actions";
import { IMPORTANCES } from "@/lib/competency/standards-rules";
import type { StandardVersionView } from "@/lib/competency/standards-queries";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";

type Line = StandardVersionView["lines"][number];
export type CompetencyChoice = { id: string; code: string; name: string; kind: Line["competency"]["kind"] };

const levelOptions = (m: Messages) => [1, 2, 3, 4, 5].map((l) => ({ value: String(l), label: `${l} – ${m.competency.levels[l as 1]}` }));
const importanceOptions = (m: Messages) => IMPORTANCES.map((i) => ({ value: i, label: m.competency.importanceLabel[i] }));

/** One line of a version, editable: its required level and importance, saved or removed (after a confirmation). */
export function LineEditor({ versionId, line, m }: { versionId: string; line: Line; m: Messages }) {
  const s = m.compStandards.standards;
  const save = useOrgAction(saveStandardLineAction);
  const remove = useOrgAction(removeStandardLineAction);
  const id = `line-${line.id}`;
  const descriptor = line.competency.levels.find((l) => l.level === line.requiredLevel)?.descriptor;
  return (
    <li className="grid gap-3 px-4 py-3 sm:px-5 lg:grid-cols-[minmax(0,1fr)_auto] lg:items-start" data-testid="standard-line" data-code={line.competency.code}>
      <div className="min-w-0">
        <p className="font-medium text-slate-900">
          <span className="mr-2 font-mono text-xs text-slate-500">{line.competency.code}</span>{line.competency.name}
        </p>
        <p className="text-xs text-slate-500">{m.competency.kinds[line.competency.kind]}</p>
        {descriptor ? <p className="mt-1 max-w-prose text-xs text-slate-600">{descriptor}</p> : null}
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <form action={save.action} onSubmit={save.onSubmit} className="flex flex-wrap items-end gap-3" aria-label={`${line.competency.code} ${line.competency.name}`}>
          <input type="hidden" name="versionId" value={versionId} />
          <input type="hidden" name="lineId" value={line.id} />
          <input type="hidden" name="competencyId" value={line.competency.id} />
          <Select id={`${id}-level`} name="requiredLevel" label={s.colLevel} defaultValue={String(line.requiredLevel)} options={levelOptions(m)} className="w-36" errors={save.state.fieldErrors?.requiredLevel} />
          <Select id={`${id}-importance`} name="importance" label={s.importance} defaultValue={line.importance} options={importanceOptions(m)} className="w-32" errors={save.state.fieldErrors?.importance} />
          <Button type="submit" variant="secondary" disabled={save.pending}>{save.pending ? s.saving : s.save}</Button>
        </form>
        <form action={remove.action} onSubmit={remove.onSubmit}>
          <input type="hidden" name="lineId" value={line.id} />
          <ConfirmSubmit label={s.remove} question={interpolate(s.removeLineQuestion, { code: line.competency.code })} confirm={s.removeConfirm} keep={s.keep} variant="secondary" disabled={remove.pending} />
        </form>
      </div>
      <div className="lg:col-span-2"><FormMessage state={save.state.message ? save.state : remove.state.ok ? null : remove.state} /></div>
    </li>
  );
}

/** Adds a competency of the dictionary to a version; one already in it is refused next to the field. */
export function AddLineForm({ versionId, choices, taken, m }: { versionId: string; choices: CompetencyChoice[]; taken: string[]; m: Messages }) {
  const s = m.compStandards.standards;
  const { state, action, pending, onSubmit } = useOrgAction(saveStandardLineAction);
  const options = choices.map((c) => ({ value: c.id, label: `${c.code} ${c.name} (${m.competency.kinds[c.kind]})`, disabled: taken.includes(c.id) }));
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-3 border-t border-slate-100 px-4 py-4 sm:px-5" aria-label={s.addLine}>
      <h3 className="text-sm font-semibold text-slate-900">{s.addLine}</h3>
      <input type="hidden" name="versionId" value={versionId} />
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_9rem_8rem_auto] sm:items-end">
        <Select id="add-competency" name="competencyId" label={s.competency} defaultValue="" placeholder={s.competencyPlaceholder} options={options} errors={state.fieldErrors?.competencyId} />
        <Select id="add-level" name="requiredLevel" label={s.colLevel} defaultValue="3" options={levelOptions(m)} errors={state.fieldErrors?.requiredLevel} />
        <Select id="add-importance" name="importance" label={s.importance} defaultValue="PENTING" options={importanceOptions(m)} errors={state.fieldErrors?.importance} />
        <Button type="submit" disabled={pending}>{pending ? s.saving : s.add}</Button>
      </div>
      <FormMessage state={state.ok ? null : state} />
    </form>
  );
}
