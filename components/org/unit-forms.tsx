"use client";
import { Select, TextInput } from "@/components/training-admin/form-controls";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import { createUnitAction, renameUnitAction, setUnitHeadAction } from "@/lib/org/actions";
import type { UnitChoice } from "@/lib/org/unit-queries";
import { UNIT_KINDS } from "@/lib/org/schemas";
import { unitOption, useOrgAction } from "./use-org-action";

type M = Messages["org"];

function KindCodeName({ m, errors, values }: { m: M; errors?: Record<string, string[]>; values?: { kind: string; code: string; name: string } }) {
  return (
    <>
      <TextInput id="name" name="name" label={m.unit.name} defaultValue={values?.name} maxLength={200} required errors={errors?.name} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput id="code" name="code" label={m.unit.code} hint={m.unit.codeHint} defaultValue={values?.code} maxLength={40} required errors={errors?.code} />
        <Select
          id="kind" name="kind" label={m.unit.kind} defaultValue={values?.kind ?? ""} required errors={errors?.kind}
          placeholder="—" options={UNIT_KINDS.map((k) => ({ value: k, label: m.kinds[k] }))}
        />
      </div>
    </>
  );
}

export function CreateUnitForm({ m, parents, parentId }: { m: M; parents: UnitChoice[]; parentId: string | null }) {
  const { state, action, pending, onSubmit } = useOrgAction<{ unitId: string }>(createUnitAction, (data) => `/admin/organisasi/${data.unitId}`);
  const closed = (name: string) => interpolate(m.positions.form.unitClosedOption, { name });
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-4 p-4 sm:p-5" aria-label={m.forms.createTitle}>
      <Select
        id="parentId" name="parentId" label={m.unit.parent} defaultValue={parentId ?? ""} errors={state.fieldErrors?.parentId}
        placeholder={m.unit.topLevel} options={parents.map((p) => unitOption(p, closed))}
      />
      <KindCodeName m={m} errors={state.fieldErrors} />
      <FormMessage state={state.ok ? null : state} />
      <Button type="submit" disabled={pending}>{pending ? m.forms.saving : m.forms.create}</Button>
    </form>
  );
}

export function RenameUnitForm({ m, unit }: { m: M; unit: { id: string; kind: string; code: string; name: string } }) {
  const { state, action, pending, onSubmit } = useOrgAction(renameUnitAction);
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-4 p-4 sm:p-5" aria-label={m.forms.renameTitle}>
      <input type="hidden" name="unitId" value={unit.id} />
      <KindCodeName m={m} errors={state.fieldErrors} values={unit} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>{pending ? m.forms.saving : m.forms.rename}</Button>
    </form>
  );
}

export function UnitHeadForm({ m, unitId, current, positions }: { m: M; unitId: string; current: string | null; positions: { id: string; name: string; holders: string }[] }) {
  const { state, action, pending, onSubmit } = useOrgAction(setUnitHeadAction);
  if (!positions.length) return <p className="p-4 text-sm text-slate-600 sm:p-5">{m.forms.headNoPositions}</p>;
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-4 p-4 sm:p-5" aria-label={m.forms.headTitle}>
      <input type="hidden" name="unitId" value={unitId} />
      <Select
        id="positionId" name="positionId" label={m.unit.headPosition} hint={m.forms.headHint} defaultValue={current ?? ""}
        errors={state.fieldErrors?.positionId} placeholder={m.forms.headNone}
        options={positions.map((p) => ({ value: p.id, label: `${p.name} (${p.holders})` }))}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>{pending ? m.forms.saving : m.forms.head}</Button>
    </form>
  );
}
