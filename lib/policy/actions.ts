"use server";
import { runServerAction, type ActionState } from "@/lib/action";
import { savePolicy } from "./commands";

export async function savePolicyAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(savePolicy, form);
}
