"use client";
import { useActionState, useState } from "react";
import { Select, TextInput } from "@/components/training-admin/form-controls";
import { useSubmit } from "@/components/training-admin/use-submit";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import type { Messages } from "@/lib/i18n/messages/id";
import { addIndicatorAction, editIndicatorAction } from "@/lib/results/actions";

export type UnitOption = { id: string; name: string; depth: number };
export type IndicatorFields = { unitId: string; name: string; measure: string; higherIsBetter: "true" | "false"; baselineValue: string; baselineOn: string; note: string };

const EMPTY: IndicatorFields = { unitId: "", name: "", measure: "", higherIsBetter: "true", baselineValue: "", baselineOn: "", note: "" };

type Props = {
  /** Adds to this batch, or edits this indicator. */
  target: { batchId: string } | { indicatorId: string };
  initial?: IndicatorFields;
  units: UnitOption[];
  t: Messages["results"];
  saving: string;
  /** Makes the ids of the fields unique on the page. */
  idPrefix: string;
};

/** An indicator's unit, name, measure, direction and baseline: the add form, or a row's edit form. */
export function IndicatorForm({ target, initial, units, t, saving, idPrefix }: Props) {
  const adding = "batchId" in target;
  const [state, action, pending] = useActionState<ActionState, FormData>(adding ? addIndicatorAction : editIndicatorAction, { ok: false });
  const onSubmit = useSubmit(action);
  const [fields, setFields] = useState<IndicatorFields>(initial ?? EMPTY);
  // A successful add empties the form for the next indicator (the unit and direction stay).
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.ok && adding) setFields((f) => ({ ...EMPTY, unitId: f.unitId, higherIsBetter: f.higherIsBetter }));
  }
  const set = (patch: Partial<IndicatorFields>) => setFields((f) => ({ ...f, ...patch }));
  const err = (field: string) => state.fieldErrors?.[field];
  const id = (field: string) => `${idPrefix}-${field}`;
  const f = t.form;

  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-4" data-testid={adding ? "indicator-add-form" : "indicator-edit-form"}>
      {adding ? <input type="hidden" name="batchId" value={target.batchId} /> : <input type="hidden" name="indicatorId" value={target.indicatorId} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Select
          id={id("unitId")} name="unitId" label={f.unit} placeholder={f.unitPlaceholder} value={fields.unitId} onChange={(e) => set({ unitId: e.target.value })}
          options={units.map((u) => ({ value: u.id, label: `${"\u00a0\u00a0".repeat(u.depth)}${u.name}` }))} errors={err("unitId")}
        />
        <TextInput id={id("name")} name="name" label={f.name} hint={f.nameHint} value={fields.name} onChange={(e) => set({ name: e.target.value })} errors={err("name")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-4">
        <TextInput id={id("measure")} name="measure" label={f.measure} hint={f.measureHint} value={fields.measure} onChange={(e) => set({ measure: e.target.value })} errors={err("measure")} />
        <Select
          id={id("higherIsBetter")} name="higherIsBetter" label={f.direction} value={fields.higherIsBetter} onChange={(e) => set({ higherIsBetter: e.target.value === "false" ? "false" : "true" })}
          options={[{ value: "true", label: f.higher }, { value: "false", label: f.lower }]} errors={err("higherIsBetter")}
        />
        <TextInput
          id={id("baselineValue")} name="baselineValue" label={f.baselineValue} hint={f.valueHint} inputMode="decimal"
          value={fields.baselineValue} onChange={(e) => set({ baselineValue: e.target.value })} errors={err("baselineValue")}
        />
        <TextInput
          id={id("baselineOn")} name="baselineOn" type="date" label={f.baselineOn} hint={f.baselineOnHint}
          value={fields.baselineOn} onChange={(e) => set({ baselineOn: e.target.value })} errors={err("baselineOn")}
        />
      </div>
      <TextInput id={id("note")} name="note" label={f.note} value={fields.note} onChange={(e) => set({ note: e.target.value })} errors={err("note")} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>{pending ? saving : adding ? f.add : f.save}</Button>
    </form>
  );
}
