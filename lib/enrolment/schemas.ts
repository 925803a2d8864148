import { z } from "zod";

export const registerSchema = z.object({ batchId: z.uuid("common.notFound") });
export const nominateSchema = z.object({ batchId: z.uuid("common.notFound"), employeeId: z.uuid("common.notFound") });
export const decisionSchema = z.object({
  enrolmentId: z.uuid("common.notFound"),
  approve: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
  note: z.string().trim().max(500, "enrolment.noteTooLong").default(""),
});
export const withdrawSchema = z.object({
  enrolmentId: z.uuid("common.notFound"),
  reason: z.string().trim().min(5, "enrolment.reasonRequired").max(500, "enrolment.noteTooLong"),
});
