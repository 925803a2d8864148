// Pure account rules: the password policy, temporary passwords, who may manage which account and which roles
// can be granted, and where a user lands after choosing their password. No I/O: the common-password list is
// passed in (lib/accounts/common-passwords.ts reads it), randomness too (lib/accounts/temporary-password.ts).
import { homeFor, type Role } from "@/lib/auth/permissions";
import { LIMITS } from "@/lib/validation";

export const MIN_PASSWORD_LENGTH = 10;

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "personal" | "monotonous";

/** Whose password it is: a password made of the account's own NIP, e-mail or name is refused. */
export type PasswordOwner = { nip?: string | null; email?: string | null; name?: string | null };

const LEET: Record<string, string> = { "@": "a", "4": "a", "3": "e", "0": "o", "$": "s", "5": "s", "1": "i", "!": "i", "7": "t" };

/**
 * The forms of a password looked up in the common list: as typed (lowercase, also without spaces), without the
 * digits and symbols people add at either end ("Bismillah2024!" → "bismillah"), and that core read back from
 * look-alike symbols ("P@ssw0rd" → "password").
 */
export function commonForms(password: string): string[] {
  const lower = password.toLowerCase();
  const forms = new Set([lower, lower.replace(/\s+/g, "")]);
  const core = lower.replace(/^[\d\W_]+/, "").replace(/[\d\W_]+$/, "");
  if (core.length >= 4) {
    forms.add(core);
    forms.add(core.replace(/[@4305$1!7]/g, (c) => LEET[c] ?? c));
  }
  return [...forms];
}

const lettersOf = (text: string) => text.toLowerCase().replace(/[^a-z]/g, "");

/** Whether the password is made of the owner's NIP, e-mail address (or its name part) or name. */
export function isPersonal(password: string, owner: PasswordOwner): boolean {
  const lower = password.toLowerCase().trim();
  const digits = password.replace(/\D/g, "");
  if (owner.nip && owner.nip.length >= 8 && digits.includes(owner.nip)) return true;
  if (owner.email) {
    const email = owner.email.toLowerCase();
    const local = email.split("@")[0] ?? "";
    if (lower === email || (local.length >= 4 && lower.replace(/[\d\W_]+$/, "") === local)) return true;
  }
  const name = lettersOf(owner.name ?? "");
  return name.length >= 4 && lettersOf(password) === name;
}

/**
 * What is wrong with a new password, as catalog keys (empty: it may be used). At least MIN_PASSWORD_LENGTH
 * characters, not on the common list in any of its forms, not the owner's NIP, e-mail or name, and not one or
 * two characters repeated.
 */
export function passwordProblems(password: string, owner: PasswordOwner, isCommon: (form: string) => boolean): PasswordProblem[] {
  if (password.length < MIN_PASSWORD_LENGTH) return ["tooShort"];
  if (password.length > LIMITS.password) return ["tooLong"];
  const problems: PasswordProblem[] = [];
  if (new Set(password.toLowerCase()).size < 4) problems.push("monotonous");
  if (commonForms(password).some(isCommon)) problems.push("common");
  if (isPersonal(password, owner)) problems.push("personal");
  return problems;
}

/** Reads a common-password list: one per line, lowercase, "#" lines are comments. */
export function parsePasswordList(text: string): Set<string> {
  const set = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const entry = line.trim().toLowerCase();
    if (entry && !entry.startsWith("#")) set.add(entry);
  }
  return set;
}

// Temporary passwords: read aloud or copied, so no look-alikes (0/O, 1/l/I) and in groups: "k7Pm-x4Qr-9tWz".
export const TEMPORARY_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const TEMPORARY_GROUPS = 3;
export const TEMPORARY_GROUP_LENGTH = 4;

/** A temporary password from a source of random indexes (crypto.randomInt in production): about 70 bits. */
export function temporaryPasswordFrom(randomIndex: (max: number) => number): string {
  const groups: string[] = [];
  for (let g = 0; g < TEMPORARY_GROUPS; g++) {
    let group = "";
    for (let i = 0; i < TEMPORARY_GROUP_LENGTH; i++) group += TEMPORARY_ALPHABET[randomIndex(TEMPORARY_ALPHABET.length)];
    groups.push(group);
  }
  return groups.join("-");
}

// Roles. ASN comes with an employee's account and SUPERVISOR follows the supervision tree (lib/auth/load-viewer.ts),
// so neither is granted by hand; the roles an admin grants and revokes are these.
export const GRANTABLE_ROLES = ["ADMIN", "OPERATOR", "TRAINER", "PLAN_APPROVER"] as const satisfies readonly Role[];
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

/** The roles of an account an operator may manage (create, reset, deactivate): a plain ASN's, nothing more. */
export const OPERATOR_MANAGEABLE_ROLES: readonly Role[] = ["ASN", "SUPERVISOR"];

/** Whether an operator may manage an account holding these roles: never one that can do more than an ASN. */
export function operatorMayManage(targetRoles: readonly Role[]): boolean {
  return targetRoles.every((r) => OPERATOR_MANAGEABLE_ROLES.includes(r));
}

export type AccountChange = "reset" | "deactivate" | "reactivate" | "revokeAdmin";

/**
 * Why a change to an account is refused by the agency's own safety rules, as a catalog key, or null. Nobody resets,
 * deactivates or takes ADMIN from their own account here (their own password has its own page), and the agency's
 * last active admin can be neither deactivated nor demoted.
 */
export function accountChangeProblem(change: AccountChange, facts: { self: boolean; targetIsAdmin: boolean; activeAdmins: number }): string | null {
  if (change === "reactivate") return null;
  if (facts.self) return "accounts.problem.self";
  if ((change === "deactivate" || change === "revokeAdmin") && facts.targetIsAdmin && facts.activeAdmins <= 1) return "accounts.problem.lastAdmin";
  return null;
}

/**
 * Where a user lands after choosing their own password at first sign-in: their home, except that an ASN starts on
 * "JP saya" (/jp), their yearly JP obligation, rather than their profile page.
 */
export function landingAfterPasswordChange(roles: readonly Role[]): string {
  const home = homeFor(roles);
  return home === "/beranda" && roles.includes("ASN") ? "/jp" : home;
}
