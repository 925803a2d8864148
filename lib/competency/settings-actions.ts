"use server";
import { runServerAction, type ActionState } from "@/lib/action";
import { saveCompetencySettings } from "./settings-commands";

export async function saveCompetencySettingsAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(saveCompetencySettings, form);
}
