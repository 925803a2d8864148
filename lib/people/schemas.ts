import { z } from "zod";
import { normalizeNip, parseNip } from "./nip";

// Shared by forms (client) and commands (server). Messages are catalog keys, resolved per locale.

const phone = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s\-()]/g, ""))
  .refine((v) => v === "" || /^(\+62|0)\d{7,13}$/.test(v), "home.phoneInvalid");

export const contactSchema = z.object({
  phone,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => v === "" || z.email().safeParse(v).success, "home.emailInvalid"),
});
export type ContactInput = z.infer<typeof contactSchema>;

/** A NIP in any typed form (spaces, dots), stored as 18 digits. `optional` also accepts an empty field. */
export function nipField({ optional = false } = {}) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (optional && value === "") return;
      const result = parseNip(value);
      if (!result.ok) ctx.addIssue({ code: "custom", message: `nip.${result.error}` });
    })
    .transform(normalizeNip);
}

export const supervisorChangeSchema = z.object({
  employeeId: z.uuid("common.notFound"),
  supervisorNip: nipField({ optional: true }),
});
export type SupervisorChangeInput = z.infer<typeof supervisorChangeSchema>;
