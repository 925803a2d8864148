"use server";
import { runServerAction, type ActionState } from "@/lib/action";
import { addNeedsToPlan } from "./lines-from-needs";
import { addPlanLine, deletePlanLine, updatePlanLine } from "./lines-commands";
import { approvePlanVersion, createPlan, deletePlanRevision, returnPlanVersion, startPlanRevision, submitPlanVersion } from "./versions-commands";

type Form = FormData | Record<string, unknown>;

export async function createPlanAction(_prev: ActionState, form: Form) {
  return runServerAction(createPlan, form);
}
export async function submitPlanVersionAction(_prev: ActionState, form: Form) {
  return runServerAction(submitPlanVersion, form);
}
export async function returnPlanVersionAction(_prev: ActionState, form: Form) {
  return runServerAction(returnPlanVersion, form);
}
export async function approvePlanVersionAction(_prev: ActionState, form: Form) {
  return runServerAction(approvePlanVersion, form);
}
export async function startPlanRevisionAction(_prev: ActionState, form: Form) {
  return runServerAction(startPlanRevision, form);
}
export async function deletePlanRevisionAction(_prev: ActionState, form: Form) {
  return runServerAction(deletePlanRevision, form);
}
export async function addPlanLineAction(_prev: ActionState, form: Form) {
  return runServerAction(addPlanLine, form);
}
export async function updatePlanLineAction(_prev: ActionState, form: Form) {
  return runServerAction(updatePlanLine, form);
}
export async function deletePlanLineAction(_prev: ActionState, form: Form) {
  return runServerAction(deletePlanLine, form);
}
export async function addNeedsToPlanAction(_prev: ActionState, form: Form) {
  return runServerAction(addNeedsToPlan, form);
}
