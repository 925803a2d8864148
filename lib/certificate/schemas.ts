import { z } from "zod";
import { boundedString, identifier } from "@/lib/validation";
import { validateCertificateFormat } from "./rules";

// Shared by the forms and the commands. Messages are catalog keys (lib/i18n/messages/certificate.id.ts).
const E = "certificate.errors";

const optionalText = (max: number, message: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim().replace(/\s+/g, " ") : v ?? ""),
    boundedString(max, message),
  );

export const revokeSchema = z.object({
  certificateId: identifier(),
  reason: boundedString(500, `${E}.reasonTooLong`, `${E}.reasonRequired`).min(5, `${E}.reasonRequired`),
});
export type RevokeInput = z.infer<typeof revokeSchema>;

export const settingsSchema = z.object({
  format: z
    .preprocess((v) => (typeof v === "string" ? v.trim() : v), boundedString(200, `${E}.format.tooLong`, `${E}.format.empty`))
    .superRefine((value, ctx) => {
      const problem = validateCertificateFormat(value);
      if (problem) ctx.addIssue({ code: "custom", message: `${E}.format.${problem}` });
    }),
  signatoryName: optionalText(120, `${E}.signatoryTooLong`),
  signatoryPosition: optionalText(160, `${E}.signatoryTooLong`),
});
export type SettingsInput = z.infer<typeof settingsSchema>;
