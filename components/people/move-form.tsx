"use client";
import { TextInput } from "@/components/training-admin/form-controls";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { Messages } from "@/lib/i18n/messages/id";
import { moveEmployeeAction } from "@/lib/people/admin-actions";
import { PlacementFields, type PlacementUnitOption } from "./placement-fields";
import { useRefreshingAction } from "./use-refreshing-action";

type Labels = Messages["people"]["move"] & Pick<Messages["people"]["form"], "unit" | "unitPlaceholder" | "position" | "positionPlaceholder" | "noPositions">;

/** A dated move to another unit and/or position: the open placement ends the day before (lib/people/admin-commands.ts). */
export function MoveForm({ employeeId, units, today, labels }: { employeeId: string; units: PlacementUnitOption[]; today: string; labels: Labels }) {
  const { state, action, pending, onSubmit } = useRefreshingAction(moveEmployeeAction);
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-4 p-4 sm:p-5" noValidate aria-label={labels.title} data-testid="move-form">
      <input type="hidden" name="employeeId" value={employeeId} />
      <div className="grid gap-4 sm:grid-cols-3">
        <PlacementFields units={units} labels={labels} errors={state.fieldErrors} idPrefix="move-" />
        <TextInput id="move-startDate" name="startDate" type="date" max={today} label={labels.date} errors={state.fieldErrors?.startDate} />
      </div>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>{pending ? labels.saving : labels.submit}</Button>
    </form>
  );
}
