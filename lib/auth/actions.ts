"use server";
import { AuthError } from "next-auth";
import { interpolate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write";
import { signIn, signOut } from "./index";
import { getSession } from "./viewer";
import { LIMITS } from "@/lib/validation";
import { safeCallbackPath, waitForDisplay } from "./rules";

export type LoginState = { ok: boolean; message?: string; identifier?: string };

export async function loginAction(_prev: LoginState, form: FormData): Promise<LoginState> {
  const m = await getMessages();
  if (!(form instanceof FormData)) return { ok: false, message: m.common.malformed };
  const identifier = String(form.get("identifier") ?? "").trim();
  const password = String(form.get("password") ?? "");
  if (!identifier || !password) return { ok: false, message: m.login.required, identifier: identifier.slice(0, LIMITS.identifier) };
  // No account has a longer identifier or password: refused before hashing or any lookup.
  if (identifier.length > LIMITS.identifier || password.length > LIMITS.password || identifier.includes("\u0000")) {
    return { ok: false, message: m.login.invalid, identifier: identifier.slice(0, LIMITS.identifier) };
  }
  try {
    await signIn("credentials", {
      identifier,
      password,
      redirectTo: safeCallbackPath(String(form.get("callbackUrl") ?? "").slice(0, 2000)) ?? "/",
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof AuthError && error.type === "CredentialsSignin") {
      const code = (error as AuthError & { code?: string }).code ?? "";
      if (code.startsWith("rate_limited:")) {
        const { value, unit } = waitForDisplay(Number(code.split(":")[1]) || 60);
        const wait = new Intl.RelativeTimeFormat(await getLocale(), { numeric: "always" }).format(value, unit);
        return { ok: false, message: interpolate(m.login.rateLimited, { wait }), identifier };
      }
      return { ok: false, message: m.login.invalid, identifier };
    }
    throw error; // the redirect after a successful sign-in travels as an exception
  }
}

/**
 * Signing out also revokes, on the server, every session of this account signed in until now: a page
 * prefetch still in flight could otherwise bring the old cookie back (Auth.js refreshes it on each response).
 */
export async function logoutAction() {
  const userId = (await getSession())?.uid;
  if (userId) {
    await db.$transaction(async (tx) => {
      const user = await tx.user.update({ where: { id: userId }, data: { sessionsRevokedAt: new Date() }, select: { agencyId: true } });
      await writeAudit(tx, { agencyId: user.agencyId, actorUserId: userId, action: "sign-out", entity: "User", entityId: userId });
    });
  }
  await signOut({ redirectTo: "/login" });
}
