"use server";
import { runServerAction, type ActionState } from "@/lib/action";
import { closeUnit, createUnit, moveUnit, renameUnit, reopenUnit, setUnitHead } from "./commands";

type Form = FormData | Record<string, unknown>;

export async function createUnitAction(_prev: ActionState, form: Form) {
  return runServerAction(createUnit, form);
}

export async function renameUnitAction(_prev: ActionState, form: Form) {
  return runServerAction(renameUnit, form);
}

export async function moveUnitAction(_prev: ActionState, form: Form) {
  return runServerAction(moveUnit, form);
}

export async function closeUnitAction(_prev: ActionState, form: Form) {
  return runServerAction(closeUnit, form);
}

export async function reopenUnitAction(_prev: ActionState, form: Form) {
  return runServerAction(reopenUnit, form);
}

export async function setUnitHeadAction(_prev: ActionState, form: Form) {
  return runServerAction(setUnitHead, form);
}
