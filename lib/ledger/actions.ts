"use server";
import { runServerAction, type ActionState } from "@/lib/action";
import { correctLedgerEntry } from "./correction";

/** The correction form's one save; the page re-reads the ledger (revalidated by the command). */
export async function correctLedgerAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(correctLedgerEntry, form);
}
