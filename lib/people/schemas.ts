import { z } from "zod";
import { boundedString, identifier, LIMITS } from "@/lib/validation";
import { normalizeNip, parseNip } from "./nip";

// Shared by forms (client) and commands (server). Messages are catalog keys, resolved per locale.

const phone = boundedString(32, "home.phoneInvalid")
  .transform((v) => v.replace(/[\s\-()]/g, ""))
  .refine((v) => v === "" || /^(\+62|0)\d{7,13}$/.test(v), "home.phoneInvalid");

export const contactSchema = z.object({
  phone,
  /** At most 254 characters (RFC 5321): a 1 MB "address" is refused before it reaches the database. */
  email: boundedString(LIMITS.email, "home.emailInvalid")
    .toLowerCase()
    .refine((v) => v === "" || z.email().safeParse(v).success, "home.emailInvalid"),
});
export type ContactInput = z.infer<typeof contactSchema>;

/** A NIP in any typed form (spaces, dots), stored as 18 digits. `optional` also accepts an empty field. */
export function nipField({ optional = false } = {}) {
  return boundedString(64, "nip.length")
    .superRefine((value, ctx) => {
      if (optional && value === "") return;
      const result = parseNip(value);
      if (!result.ok) ctx.addIssue({ code: "custom", message: `nip.${result.error}` });
    })
    .transform(normalizeNip);
}

export const supervisorChangeSchema = z.object({
  employeeId: identifier(),
  supervisorNip: nipField({ optional: true }),
});
export type SupervisorChangeInput = z.infer<typeof supervisorChangeSchema>;
