"use server";
import { formFields, malformedRequest, runServerAction, type ActionState } from "@/lib/action";
import { decideAsSupervisor } from "./commands";

type Input = FormData | Record<string, unknown>;

/** The supervisor's decision form: the pressed button says approve ("true") or reject ("false"). */
export async function decideAsSupervisorAction(_prev: ActionState, form: Input) {
  const fields = formFields(form);
  if (!fields) return malformedRequest();
  const { approve, note } = fields;
  return runServerAction(decideAsSupervisor, {
    enrolmentId: fields.enrolmentId,
    approve: approve === true || approve === "true",
    note: typeof note === "string" ? note : "",
  });
}
