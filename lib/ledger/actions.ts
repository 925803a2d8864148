"use server";
import { revalidatePath } from "next/cache";
import { formFields, runServerAction, type ActionState } from "@/lib/action";
import { correctLedgerEntry } from "./correction";

/** The correction form's one save; the correction page re-reads the person's ledger with the new line. */
export async function correctLedgerAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  const result = await runServerAction(correctLedgerEntry, form);
  const employeeId = formFields(form)?.employeeId;
  if (result.ok && typeof employeeId === "string") revalidatePath(`/admin/pegawai/${employeeId}/koreksi-jp`);
  return result;
}
