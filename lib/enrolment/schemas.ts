import { z } from "zod";
import { boundedString, checkbox, identifier } from "@/lib/validation";

export const registerSchema = z.object({ batchId: identifier() });
export const nominateSchema = z.object({ batchId: identifier(), employeeId: identifier() });
export const decisionSchema = z.object({
  enrolmentId: identifier(),
  approve: checkbox(),
  note: boundedString(500, "enrolment.noteTooLong").default(""),
});
export const withdrawSchema = z.object({
  enrolmentId: identifier(),
  reason: boundedString(500, "enrolment.noteTooLong").min(5, "enrolment.reasonRequired"),
});
