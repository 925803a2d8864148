"use server";
import { redirect } from "next/navigation";
import { runServerAction, runServerActionForEach, type ActionState, type ItemOutcome } from "@/lib/action";
import { renewCurrentSession } from "@/lib/auth/session-renewal";
import { getMessages } from "@/lib/i18n/server";
import { createAccount, resetPassword, setAccountActive, type TemporaryCredentials } from "./commands";
import { changeOwnPassword } from "./password-commands";
import { grantRole, revokeRole } from "./role-commands";
import { createAccountsSchema } from "./schemas";

// The account screens' actions (/admin/akun, /akun/kata-sandi), each through its command (lib/action.ts).

type Input = FormData | Record<string, unknown>;

/** One account for one employee; the answer carries the temporary password, shown once. */
export async function createAccountAction(_prev: ActionState, form: Input): Promise<ActionState<TemporaryCredentials>> {
  return runServerAction(createAccount, form);
}

/** Accounts for the ticked employees (at most MAX_SELECTION), each in its own transaction and audited. */
export async function createAccountsAction(_prev: ActionState, form: Input): Promise<ActionState<ItemOutcome<TemporaryCredentials>[]>> {
  return runServerActionForEach(createAccount, {
    schema: createAccountsSchema,
    rawInput: form,
    itemsOf: (d) => d.employeeIds.map((id) => ({ id, input: { employeeId: id } })),
  });
}

export async function resetPasswordAction(_prev: ActionState, form: Input): Promise<ActionState<TemporaryCredentials>> {
  return runServerAction(resetPassword, form);
}

export async function setAccountActiveAction(_prev: ActionState, form: Input): Promise<ActionState> {
  return runServerAction(setAccountActive, form);
}

export async function grantRoleAction(_prev: ActionState, form: Input): Promise<ActionState> {
  return runServerAction(grantRole, form);
}

export async function revokeRoleAction(_prev: ActionState, form: Input): Promise<ActionState> {
  return runServerAction(revokeRole, form);
}

/**
 * The user's own password. On success this session stays signed in (its cookie is re-issued after the revocation
 * that ends every other one); after a forced change the user goes on to their landing page.
 */
export async function changePasswordAction(_prev: ActionState, form: Input): Promise<ActionState> {
  const state = await runServerAction(changeOwnPassword, form);
  if (!state.ok || !state.data) return { ok: false, message: state.message, fieldErrors: state.fieldErrors };
  if (!state.data.changed) {
    const m = await getMessages();
    return { ok: false, message: m.common.invalid, fieldErrors: { currentPassword: [m.accounts.password.currentWrong] } };
  }
  await renewCurrentSession(state.data.sessionsRevokedAt);
  if (state.data.landing) redirect(state.data.landing);
  return { ok: true, message: state.message };
}
