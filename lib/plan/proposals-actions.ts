"use server";
import { runServerAction, type ActionState } from "@/lib/action";
import { closeProposalWindow, openProposalWindow, proposePlanLine, withdrawPlanProposal } from "./proposals-commands";
import { acceptPlanProposal, declinePlanProposal, mergePlanProposal } from "./proposals-decisions";

export async function openProposalWindowAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(openProposalWindow, form);
}
export async function closeProposalWindowAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(closeProposalWindow, form);
}
export async function proposePlanLineAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(proposePlanLine, form);
}
export async function withdrawPlanProposalAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(withdrawPlanProposal, form);
}
export async function acceptPlanProposalAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(acceptPlanProposal, form);
}
export async function mergePlanProposalAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(mergePlanProposal, form);
}
export async function declinePlanProposalAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(declinePlanProposal, form);
}
