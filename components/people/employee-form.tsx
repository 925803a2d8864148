"use client";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { useSubmit } from "@/components/training-admin/use-submit";
import { Select, TextInput } from "@/components/training-admin/form-controls";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import type { Messages } from "@/lib/i18n/messages/id";
import { createEmployeeAction, updateEmployeeAction } from "@/lib/people/admin-actions";
import { formatNip } from "@/lib/people/nip";
import { PlacementFields, type PlacementUnitOption } from "./placement-fields";

export type EmployeeFormValues = {
  id: string; nip: string; name: string; frontTitle: string | null; backTitle: string | null; kind: "PNS" | "PPPK"; gender: "M" | "F";
  birthDate: string; rank: string; serviceStartDate: string;
};

type Labels = Messages["people"]["form"] & { kinds: Record<"PNS" | "PPPK", string>; genders: Record<"M" | "F", string>; saving: string };

/**
 * Create (with the unit, position and supervisor) or edit (identity and service start only) an employee. After a
 * create the admin lands on the new employee's page; after an edit, back on it.
 */
export function EmployeeForm({ mode, units = [], values, labels }: { mode: "create" | "edit"; units?: PlacementUnitOption[]; values?: EmployeeFormValues; labels: Labels }) {
  const router = useRouter();
  const [state, action, pending] = useActionState<ActionState, FormData>(async (prev, form) => {
    const result = await (mode === "create" ? createEmployeeAction : updateEmployeeAction)(prev, form);
    if (result.ok) {
      const id = mode === "create" ? (result.data as { id: string }).id : values!.id;
      router.push(`/admin/pegawai/${id}`);
    }
    return result;
  }, { ok: false });
  const onSubmit = useSubmit(action);
  const e = state.fieldErrors;
  const t = labels;
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-5 p-4 sm:p-5" noValidate data-testid="employee-form">
      {values ? <input type="hidden" name="employeeId" value={values.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput id="nip" name="nip" label={t.nip} hint={t.nipHint} inputMode="numeric" autoComplete="off" defaultValue={values ? formatNip(values.nip) : ""} errors={e?.nip} />
        <TextInput id="name" name="name" label={t.name} defaultValue={values?.name} errors={e?.name} />
        <TextInput id="frontTitle" name="frontTitle" label={t.frontTitle} defaultValue={values?.frontTitle ?? ""} errors={e?.frontTitle} />
        <TextInput id="backTitle" name="backTitle" label={t.backTitle} defaultValue={values?.backTitle ?? ""} errors={e?.backTitle} />
        <Select id="kind" name="kind" label={t.kind} placeholder={t.choose} defaultValue={values?.kind ?? ""} errors={e?.kind}
          options={(["PNS", "PPPK"] as const).map((k) => ({ value: k, label: t.kinds[k] }))} />
        <Select id="gender" name="gender" label={t.gender} placeholder={t.choose} defaultValue={values?.gender ?? ""} errors={e?.gender}
          options={(["M", "F"] as const).map((g) => ({ value: g, label: t.genders[g] }))} />
        <TextInput id="birthDate" name="birthDate" type="date" label={t.birthDate} defaultValue={values?.birthDate} errors={e?.birthDate} />
        <TextInput id="rank" name="rank" label={t.rank} hint={t.rankHint} defaultValue={values?.rank} errors={e?.rank} />
        <TextInput id="serviceStartDate" name="serviceStartDate" type="date" label={t.serviceStart} defaultValue={values?.serviceStartDate} errors={e?.serviceStartDate} />
        {mode === "create" ? (
          <>
            <TextInput id="supervisorNip" name="supervisorNip" label={t.supervisorNip} hint={t.supervisorHint} inputMode="numeric" autoComplete="off" errors={e?.supervisorNip} />
            <PlacementFields units={units} labels={t} errors={e} />
          </>
        ) : null}
      </div>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>{pending ? t.saving : mode === "create" ? t.submitCreate : t.submitEdit}</Button>
    </form>
  );
}
