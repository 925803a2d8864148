import type { Widen } from "./widen";
import type { bulkId } from "./bulk.id";

export const bulkEn: Widen<typeof bulkId> = {
  selectAll: "Select all",
  selectAllOnPage: "Select every row on this page",
  selectRow: "Select {name}",
  selected: "{count} selected",
  clear: "Clear selection",
  cancel: "Cancel",
  working: "Processing {count}…",
  none: "Select at least one row.",
  tooMany: "At most 200 rows at once. Select fewer.",
  refused: "{count} refused by the system",
  outcome: {
    PENDING_AGENCY: "{count} approved",
    CONFIRMED: "{count} confirmed",
    WAITLISTED: "{count} waitlisted",
    REJECTED: "{count} rejected",
    VERIFIED: "{count} verified",
  },
  rowDone: {
    PENDING_AGENCY: "Approved: passed on to the agency",
    CONFIRMED: "Confirmed",
    WAITLISTED: "Waiting list",
    REJECTED: "Rejected",
    VERIFIED: "Verified",
  },
  registrations: {
    label: "Decision on the selected registrations",
    approve: "Approve selected ({count})",
    reject: "Reject selected ({count})…",
    rejectQuestion: "Reject the {count} selected registrations? This reason is sent to each employee.",
    reason: "Reason for rejection",
    reasonHint: "Required, at least 5 characters.",
    reasonRequired: "Write the reason for rejection (at least 5 characters).",
    rejectConfirm: "Yes, reject {count}",
  },
  verify: {
    label: "Verify the selected submissions",
    approve: "Verify selected ({count})…",
    question: "Verify the {count} selected submissions? Their JP are recorded in each employee's history. A submission in a closed year is verified from its own page (with a reason).",
    confirm: "Yes, verify {count}",
  },
};
