import { z } from "zod";
import { selection } from "@/lib/bulk/selection";
import { boundedString, checkbox } from "@/lib/validation";

/**
 * Approve or reject the ticked registrations with one note. A rejection's reason is checked here once, as the
 * single decision checks it (at least 5 characters), so a missing reason is one message, not one per row.
 */
export const bulkDecisionSchema = z
  .object({
    enrolmentIds: selection(),
    approve: checkbox(),
    note: boundedString(500, "enrolment.noteTooLong").default(""),
  })
  .refine((d) => d.approve || d.note.length >= 5, { path: ["note"], message: "enrolment.reasonRequired" });
