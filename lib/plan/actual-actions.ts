"use server";
import { revalidatePath } from "next/cache";
import { runServerAction, type ActionState } from "@/lib/action";
import { linkBatchToPlan, recordBatchSpending, unlinkBatchFromPlan } from "./actual-commands";

/** The batch's own pages show the link and the realised rows: refreshed after a change, for the batch the command
 * wrote (never read from the raw arguments, which a malformed call may not even carry). */
function refreshBatch<T extends { batchId: string }>(state: ActionState<T>): ActionState<T> {
  if (state.ok && state.data) {
    revalidatePath(`/admin/angkatan/${state.data.batchId}`);
    revalidatePath(`/admin/angkatan/${state.data.batchId}/anggaran`);
  }
  return state;
}

export async function linkBatchToPlanAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return refreshBatch(await runServerAction(linkBatchToPlan, form));
}

export async function unlinkBatchFromPlanAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return refreshBatch(await runServerAction(unlinkBatchFromPlan, form));
}

export async function recordBatchSpendingAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return refreshBatch(await runServerAction(recordBatchSpending, form));
}
