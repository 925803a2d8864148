"use server";
import { runServerAction, type ActionState } from "@/lib/action";
import { closeYear } from "./year-close";

export async function closeYearAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(closeYear, form);
}
