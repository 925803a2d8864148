"use server";
import { runServerAction, type ActionState } from "@/lib/action";
import { addIndicator, deleteIndicator, editIndicator, recordResult } from "./commands";

// Server-action faces of the level-4 commands, for useActionState forms on the admin batch page.

export async function addIndicatorAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(addIndicator, form);
}

export async function editIndicatorAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(editIndicator, form);
}

export async function recordResultAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(recordResult, form);
}

export async function deleteIndicatorAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(deleteIndicator, form);
}
