"use server";
import { revalidatePath } from "next/cache";
import { runServerAction, type ActionState } from "@/lib/action";
import { linkBatchToPlan, recordBatchSpending, unlinkBatchFromPlan } from "./actual-commands";

/** The batch's own pages show the link and the realised rows: refreshed after a change. */
function refreshBatch<T>(state: ActionState<T>, form: FormData | Record<string, unknown>): ActionState<T> {
  const batchId = form instanceof FormData ? form.get("batchId") : form.batchId;
  if (state.ok && typeof batchId === "string") {
    revalidatePath(`/admin/angkatan/${batchId}`);
    revalidatePath(`/admin/angkatan/${batchId}/anggaran`);
  }
  return state;
}

export async function linkBatchToPlanAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return refreshBatch(await runServerAction(linkBatchToPlan, form), form);
}

export async function unlinkBatchFromPlanAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return refreshBatch(await runServerAction(unlinkBatchFromPlan, form), form);
}

export async function recordBatchSpendingAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return refreshBatch(await runServerAction(recordBatchSpending, form), form);
}
