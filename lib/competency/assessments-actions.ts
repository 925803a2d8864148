"use server";
import { runServerAction, type ActionState } from "@/lib/action";
import { rateSelf, rateStaff, withdrawAssessment } from "./assessments";

export async function rateStaffAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(rateStaff, form);
}

export async function rateSelfAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(rateSelf, form);
}

export async function withdrawAssessmentAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(withdrawAssessment, form);
}
