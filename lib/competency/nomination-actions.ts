"use server";
// "Calonkan" on a batch's candidates-by-need list: the EXISTING single commands, once per ticked person, each in its
// own transaction with its own checks and audit row. An operator nominates (lib/enrolment nominate: approvals
// follow); the admin enrols directly (enrolDirectly: seat or waiting list). No second nomination command.
import { z } from "zod";
import { runServerActionForEach, type ActionState, type ItemOutcome } from "@/lib/action";
import { hasPermission } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { selection } from "@/lib/bulk/selection";
import { enrolDirectly, nominate } from "@/lib/enrolment/commands";
import { getMessages } from "@/lib/i18n/server";
import { identifier } from "@/lib/validation";

const schema = z.object({ batchId: identifier(), employeeIds: selection() });
type Input = FormData | Record<string, unknown>;

/** Bound to the batch on the page: `nominateByNeedAction.bind(null, batchId)`. */
export async function nominateByNeedAction(batchId: string, _prev: ActionState, form: Input): Promise<ActionState<ItemOutcome<{ status: string }>[]>> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: (await getMessages()).common.signInRequired };
  const ids = form instanceof FormData ? form.getAll("employeeIds") : form.employeeIds;
  const rawInput = { batchId, employeeIds: ids };
  const itemsOf = (d: z.infer<typeof schema>) => d.employeeIds.map((id) => ({ id, input: { batchId: d.batchId, employeeId: id } }));
  // The admin's own path onto a batch is direct enrolment; an operator's is nomination. Either command checks its
  // permission and the person's scope again.
  const bulk = { schema, rawInput, itemsOf };
  return hasPermission(viewer.roles, "decide:enrolment-agency") ? runServerActionForEach(enrolDirectly, bulk) : runServerActionForEach(nominate, bulk);
}
