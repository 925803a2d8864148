"use server";
import { runServerAction, type ActionState } from "@/lib/action";
import { LIMITS } from "@/lib/validation";
import { hasPermission } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { getMessages } from "@/lib/i18n/server";
import { normalizeNip } from "@/lib/people/nip";
import { fullName } from "@/lib/people/rules";
import { nominate, registerSelf, withdraw } from "./commands";
import { findNominee } from "./queries";

export async function registerSelfAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(registerSelf, form);
}

export async function withdrawAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(withdraw, form);
}

export async function nominateAction(_prev: ActionState, form: FormData | Record<string, unknown>) {
  return runServerAction(nominate, form);
}

export type Nominee = { id: string; name: string; nip: string; unit: string; position: string; status: string | null };
export type NomineeState = { ok: boolean; message?: string; fieldErrors?: Record<string, string[]>; nominee?: Nominee; lookup?: number; batchId?: string; nip?: string };

/**
 * Read-only: finds the employee an operator is about to nominate, by NIP, inside their unit scope only.
 * The nomination itself goes through the nominate command, which checks the scope again.
 */
export async function lookupNomineeAction(prev: NomineeState, form: FormData): Promise<NomineeState> {
  const m = await getMessages();
  const lookup = (typeof prev?.lookup === "number" ? prev.lookup : 0) + 1;
  if (!(form instanceof FormData)) return { ok: false, message: m.common.malformed, lookup };
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: m.common.signInRequired, lookup };
  if (!hasPermission(viewer.roles, "nominate:enrolment")) return { ok: false, message: m.common.forbidden, lookup };
  const nip = normalizeNip(String(form.get("nip") ?? "").slice(0, LIMITS.identifier));
  const batchId = String(form.get("batchId") ?? "").slice(0, 64);
  if (!/^\d{18}$/.test(nip)) return { ok: false, fieldErrors: { nip: [m.nip.length] }, lookup, batchId, nip };
  const found = await findNominee(viewer, nip, batchId);
  if (!found) return { ok: false, fieldErrors: { nip: [m.trainingAsn.nomineeNotFound] }, lookup, batchId, nip };
  const status = found.status ? m.trainingAsn.enrolmentStatus[found.status] : null;
  return {
    ok: true,
    lookup,
    batchId,
    nip,
    nominee: { id: found.id, name: fullName(found), nip: found.nip, unit: found.unit.name, position: found.position.name, status },
  };
}
