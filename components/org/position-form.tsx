"use client";
import { useState } from "react";
import { Select, TextInput } from "@/components/training-admin/form-controls";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/id";
import type { UnitChoice } from "@/lib/org/unit-queries";
import { createPositionAction, updatePositionAction } from "@/lib/positions/actions";
import { FUNCTIONAL, FUNCTIONAL_LEVELS, POSITION_GROUPS, type FunctionalLevel, type PositionGroup } from "@/lib/positions/rules";
import { unitOption, useOrgAction } from "./use-org-action";

type Values = { positionId: string; name: string; group: PositionGroup; level: FunctionalLevel | null; unitId: string };

/**
 * Creates or edits a position: its type is chosen as a group, and a functional position also as its level (the
 * level select appears only for "Fungsional"). Closed units are listed but cannot be chosen.
 */
export function PositionForm({ m, units, values, unitId }: { m: Messages["org"]; units: UnitChoice[]; values?: Values; unitId?: string | null }) {
  const p = m.positions;
  const editing = Boolean(values);
  const { state, action, pending, onSubmit } = useOrgAction<{ positionId: string }>(
    editing ? updatePositionAction : createPositionAction,
    editing ? undefined : (data) => `/admin/jabatan/${data.positionId}`,
  );
  const [group, setGroup] = useState<string>(values?.group ?? "");
  const closed = (name: string) => interpolate(p.form.unitClosedOption, { name });
  // The unit it is in now stays choosable even when closed, so editing the name alone is possible.
  const options = units.map((u) => ({ ...unitOption(u, closed), disabled: u.closed && u.id !== values?.unitId }));
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-4 p-4 sm:p-5" aria-label={editing ? p.form.editTitle : p.form.createTitle}>
      {values ? <input type="hidden" name="positionId" value={values.positionId} /> : null}
      <TextInput id="name" name="name" label={p.form.name} hint={p.form.nameHint} defaultValue={values?.name} maxLength={200} required errors={state.fieldErrors?.name} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Select
          id="group" name="group" label={p.form.group} value={group} onChange={(e) => setGroup(e.target.value)} required
          errors={state.fieldErrors?.group} placeholder={p.form.groupPlaceholder}
          options={POSITION_GROUPS.map((g) => ({ value: g, label: p.groups[g] }))}
        />
        {group === FUNCTIONAL ? (
          <Select
            id="level" name="level" label={p.form.level} defaultValue={values?.level ?? ""} required errors={state.fieldErrors?.level}
            placeholder={p.form.levelPlaceholder} options={FUNCTIONAL_LEVELS.map((l) => ({ value: l, label: p.levels[l] }))}
          />
        ) : (
          <input type="hidden" name="level" value="" />
        )}
      </div>
      <Select
        id="unitId" name="unitId" label={p.form.unit} defaultValue={values?.unitId ?? unitId ?? ""} required errors={state.fieldErrors?.unitId}
        placeholder={p.form.unitPlaceholder} options={options}
      />
      <FormMessage state={editing || !state.ok ? state : null} />
      <Button type="submit" disabled={pending}>{pending ? p.form.saving : editing ? p.form.save : p.form.create}</Button>
    </form>
  );
}
