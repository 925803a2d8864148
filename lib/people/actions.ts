"use server";
import { runServerAction, type ActionState } from "@/lib/action";
import { changeSupervisor, updateOwnContact } from "./commands";

export async function updateOwnContactAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(updateOwnContact, form);
}

export async function changeSupervisorAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(changeSupervisor, form);
}
