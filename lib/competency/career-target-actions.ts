"use server";
import { runServerAction, type ActionState } from "@/lib/action";
import { chooseCareerTarget } from "./career-target";

export async function chooseCareerTargetAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(chooseCareerTarget, form);
}
