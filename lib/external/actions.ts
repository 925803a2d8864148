"use server";
import { runServerAction, type ActionState } from "@/lib/action";
import { rejectExternalTraining, submitExternalTraining, verifyExternalTraining } from "./commands";

export async function submitExternalTrainingAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(submitExternalTraining, form);
}

export async function verifyExternalTrainingAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(verifyExternalTraining, form);
}

export async function rejectExternalTrainingAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(rejectExternalTraining, form);
}
