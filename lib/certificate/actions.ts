"use server";
import { runServerAction, type ActionState } from "@/lib/action";
import { revokeCertificate, updateCertificateSettings } from "./commands";

export async function revokeCertificateAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(revokeCertificate, form);
}

export async function updateCertificateSettingsAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(updateCertificateSettings, form);
}
