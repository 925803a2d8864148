"use server";
import { revalidatePath } from "next/cache";
import { runServerAction, type ActionState } from "@/lib/action";
import { addSelfAssessment, reassignFeedback, submitFeedback } from "./commands";
import { setFollowUpPlanDone } from "./plan-commands";

export async function submitFeedbackAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(submitFeedback, form);
}

export async function addSelfAssessmentAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(addSelfAssessment, form);
}

export async function reassignFeedbackAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(reassignFeedback, form);
}

/** Marks a follow-up plan done or not done; the task's page is refreshed. */
export async function setFollowUpPlanDoneAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  const result = await runServerAction(setFollowUpPlanDone, form);
  if (result.ok && result.data) revalidatePath(`/tim/umpan-balik/${result.data.taskId}`);
  return result;
}
