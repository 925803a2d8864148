"use server";
// "Calonkan" on a batch's candidates-by-need list: the EXISTING single commands, once per ticked person, each in its
// own transaction with its own checks and audit row (runServerActionForEach). An operator nominates (lib/enrolment
// nominate: the approvals follow); the admin enrols directly (enrolDirectly: seat or waiting list). No new command.
// Each is bound to the batch on the page: `nominateManyByNeedAction.bind(null, batchId)`.
import { z } from "zod";
import { runServerActionForEach, type ActionState, type ItemOutcome } from "@/lib/action";
import { selection } from "@/lib/bulk/selection";
import { enrolDirectly, nominate } from "@/lib/enrolment/commands";
import { identifier } from "@/lib/validation";

const schema = z.object({ batchId: identifier(), employeeIds: selection() });
type Input = FormData | Record<string, unknown>;
type Outcomes = ActionState<ItemOutcome<{ status: string }>[]>;

function bulkOf(batchId: unknown, form: Input) {
  const employeeIds = form instanceof FormData ? form.getAll("employeeIds") : form?.employeeIds;
  return {
    schema,
    rawInput: { batchId, employeeIds },
    itemsOf: (d: z.infer<typeof schema>) => d.employeeIds.map((id) => ({ id, input: { batchId: d.batchId, employeeId: id } })),
  };
}

/** An operator: nominate each ticked person of their unit (the supervisor's and the agency's approval follow). */
export async function nominateManyByNeedAction(batchId: string, _prev: ActionState, form: Input): Promise<Outcomes> {
  return runServerActionForEach(nominate, bulkOf(batchId, form));
}

/** The admin: enrol each ticked person directly (seat or waiting list, the seat rules unchanged). */
export async function enrolManyByNeedAction(batchId: string, _prev: ActionState, form: Input): Promise<Outcomes> {
  return runServerActionForEach(enrolDirectly, bulkOf(batchId, form));
}
