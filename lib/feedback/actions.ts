"use server";
import { runServerAction, type ActionState } from "@/lib/action";
import { addSelfAssessment, reassignFeedback, submitFeedback } from "./commands";

export async function submitFeedbackAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(submitFeedback, form);
}

export async function addSelfAssessmentAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(addSelfAssessment, form);
}

export async function reassignFeedbackAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(reassignFeedback, form);
}
