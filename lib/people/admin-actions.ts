"use server";
import { runServerAction, type ActionState } from "@/lib/action";
import { createEmployee, endService, moveEmployee, reinstateEmployee, updateEmployee } from "./admin-commands";
import { createInactivity, deleteInactivity, updateInactivity } from "./inactivity-commands";

type Form = FormData | Record<string, unknown>;

export async function createEmployeeAction(_prev: ActionState, form: Form) {
  return runServerAction(createEmployee, form);
}

export async function updateEmployeeAction(_prev: ActionState, form: Form) {
  return runServerAction(updateEmployee, form);
}

export async function moveEmployeeAction(_prev: ActionState, form: Form) {
  return runServerAction(moveEmployee, form);
}

export async function endServiceAction(_prev: ActionState, form: Form) {
  return runServerAction(endService, form);
}

export async function reinstateEmployeeAction(_prev: ActionState, form: Form) {
  return runServerAction(reinstateEmployee, form);
}

export async function createInactivityAction(_prev: ActionState, form: Form) {
  return runServerAction(createInactivity, form);
}

export async function updateInactivityAction(_prev: ActionState, form: Form) {
  return runServerAction(updateInactivity, form);
}

export async function deleteInactivityAction(_prev: ActionState, form: Form) {
  return runServerAction(deleteInactivity, form);
}
