"use server";
import { runServerAction, type ActionState } from "@/lib/action";
import { createPosition, updatePosition } from "./commands";

type Form = FormData | Record<string, unknown>;

export async function createPositionAction(_prev: ActionState, form: Form) {
  return runServerAction(createPosition, form);
}

export async function updatePositionAction(_prev: ActionState, form: Form) {
  return runServerAction(updatePosition, form);
}
