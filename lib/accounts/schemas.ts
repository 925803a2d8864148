import { z } from "zod";
import { selection } from "@/lib/bulk/selection";
import { checkbox, identifier, LIMITS } from "@/lib/validation";
import { GRANTABLE_ROLES } from "./rules";

// Shared by the account forms (client) and commands (server). Messages are catalog keys (accounts.*).

export const createAccountSchema = z.object({ employeeId: identifier() });
export type CreateAccountInput = z.infer<typeof createAccountSchema>;

/** "Create accounts for the ticked employees": one createAccount per id (lib/bulk, each in its own transaction). */
export const createAccountsSchema = z.object({ employeeIds: selection() });

export const resetPasswordSchema = z.object({ userId: identifier() });

export const setAccountActiveSchema = z.object({ userId: identifier(), active: checkbox() });

export const grantRoleSchema = z
  .object({
    userId: identifier(),
    role: z.enum(GRANTABLE_ROLES, "accounts.role.invalid"),
    unitId: z.preprocess((v) => (v === "" ? undefined : v), identifier("accounts.role.unitRequired").optional()),
  })
  .refine((v) => v.role !== "OPERATOR" || v.unitId, { message: "accounts.role.unitRequired", path: ["unitId"] });

export const revokeRoleSchema = z.object({ roleId: identifier() });

/** Never trimmed: a space is a character of a password like any other. */
const password = (required: string) =>
  z.string(required).min(1, required).max(LIMITS.password, "accounts.password.tooLong").refine((v) => !v.includes("\u0000"), "validation.nul");

export const changePasswordSchema = z
  .object({
    currentPassword: password("accounts.password.currentRequired"),
    newPassword: password("accounts.password.newRequired"),
    confirmPassword: z.string("accounts.password.mismatch").max(LIMITS.password, "accounts.password.tooLong"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: "accounts.password.mismatch", path: ["confirmPassword"] });
