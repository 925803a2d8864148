import "server-only";
import { verify } from "@node-rs/argon2";
import { defineCommand } from "@/lib/action";
import { hashPassword } from "@/lib/auth/credentials";
import { AppError } from "@/lib/errors";
import { isCommonPassword } from "./common-passwords";
import { landingAfterPasswordChange, passwordProblems } from "./rules";
import { changePasswordSchema } from "./schemas";

// A user choosing their own password (/akun/kata-sandi): the forced first change after a temporary password, and
// any later change. The current password is required; every other session ends (the caller re-issues its own).

/** Wrong current passwords allowed in the window before the form makes the user wait (a stolen session guessing). */
export const WRONG_CURRENT_LIMIT = 5;
export const WRONG_CURRENT_WINDOW_MINUTES = 15;

export type PasswordChangeResult =
  /** `landing`: where a user who had to change a temporary password goes next (null: stay on the page). */
  | { changed: true; sessionsRevokedAt: Date; landing: string | null }
  | { changed: false; reason: "wrongCurrent" };

export const changeOwnPassword = defineCommand({
  name: "password.change",
  permission: "change:password",
  schema: changePasswordSchema,
  duringPasswordChange: true,
  successMessage: (m) => m.accounts.password.changed,
  async run({ viewer, input, tx, audit }): Promise<PasswordChangeResult> {
    await tx.$executeRaw`SELECT 1 FROM "User" WHERE id = ${viewer.userId}::uuid FOR UPDATE`;
    const user = await tx.user.findUnique({
      where: { id: viewer.userId },
      select: { id: true, email: true, name: true, passwordHash: true, mustChangePassword: true, employee: { select: { nip: true } } },
    });
    if (!user) throw new AppError("NOT_FOUND", "common.notFound");

    const since = new Date(Date.now() - WRONG_CURRENT_WINDOW_MINUTES * 60_000);
    const wrong = await tx.auditLog.count({ where: { entity: "User", entityId: user.id, action: "password.change.failed", createdAt: { gt: since } } });
    if (wrong >= WRONG_CURRENT_LIMIT) throw new AppError("CONFLICT", "accounts.password.tooManyAttempts", undefined, { minutes: WRONG_CURRENT_WINDOW_MINUTES });

    if (!(await verify(user.passwordHash, input.currentPassword).catch(() => false))) {
      // Recorded (and committed: the command succeeds with a refusal), so the count above can slow a guesser down.
      await audit({ action: "password.change.failed", entity: "User", entityId: user.id, after: { reason: "wrongCurrent" } });
      return { changed: false, reason: "wrongCurrent" };
    }
    const problems = passwordProblems(input.newPassword, { nip: user.employee?.nip, email: user.email, name: user.name }, isCommonPassword);
    if (problems.length) {
      throw new AppError("VALIDATION", "common.invalid", { newPassword: problems.map((p) => `accounts.password.${p}`) });
    }
    if (await verify(user.passwordHash, input.newPassword).catch(() => false)) {
      throw new AppError("VALIDATION", "common.invalid", { newPassword: ["accounts.password.sameAsCurrent"] });
    }

    const now = new Date();
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, passwordChangedAt: now, sessionsRevokedAt: now },
    });
    await audit({
      action: "password.change", entity: "User", entityId: user.id,
      before: { mustChangePassword: user.mustChangePassword },
      after: { mustChangePassword: false, otherSessionsEnded: true },
    });
    return { changed: true, sessionsRevokedAt: now, landing: user.mustChangePassword ? landingAfterPasswordChange(viewer.roles) : null };
  },
});
