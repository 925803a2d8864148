"use server";
import { runServerAction, type ActionState } from "@/lib/action";
import { createCompetency, removeCompetency, updateCompetency } from "./dictionary";
import { createStandardVersion, removeRequirement, removeStandardLine, saveRequirement, saveStandardLine } from "./standards";

// Server actions of the dictionary and position standards pages; each is one command through lib/action.ts.
type Form = FormData | Record<string, unknown>;

export async function createCompetencyAction(_prev: ActionState, form: Form) {
  return runServerAction(createCompetency, form);
}
export async function updateCompetencyAction(_prev: ActionState, form: Form) {
  return runServerAction(updateCompetency, form);
}
export async function removeCompetencyAction(_prev: ActionState, form: Form) {
  return runServerAction(removeCompetency, form);
}
export async function createStandardVersionAction(_prev: ActionState, form: Form) {
  return runServerAction(createStandardVersion, form);
}
export async function saveStandardLineAction(_prev: ActionState, form: Form) {
  return runServerAction(saveStandardLine, form);
}
export async function removeStandardLineAction(_prev: ActionState, form: Form) {
  return runServerAction(removeStandardLine, form);
}
export async function saveRequirementAction(_prev: ActionState, form: Form) {
  return runServerAction(saveRequirement, form);
}
export async function removeRequirementAction(_prev: ActionState, form: Form) {
  return runServerAction(removeRequirement, form);
}
