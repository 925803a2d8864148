"use server";
import { formFields, malformedRequest, runServerAction, type ActionState } from "@/lib/action";
import { decideAsSupervisor } from "./commands";

type Input = FormData | Record<string, unknown>;

const read = (input: Input, key: string): unknown => (input instanceof FormData ? input.get(key) : input[key]);

/** The supervisor's decision form: the pressed button says approve ("true") or reject ("false"). */
export async function decideAsSupervisorAction(_prev: ActionState, form: Input) {
  if (!formFields(form)) return malformedRequest();
  const approve = read(form, "approve");
  const note = read(form, "note");
  return runServerAction(decideAsSupervisor, {
    enrolmentId: read(form, "enrolmentId"),
    approve: approve === true || approve === "true",
    note: typeof note === "string" ? note : "",
  });
}
