import type { eligibilityId } from "./eligibility.id";
import type { Widen } from "./widen";

export const eligibilityEn: Widen<typeof eligibilityId> = {
  problemFor: {
    notOpen: "This batch is not open for registration.",
    windowNotStarted: "Registration for this batch has not opened yet.",
    windowClosed: "Registration for this batch has closed.",
    positionType: "{name}'s position type is not among this program's participants.",
    unit: "{name}'s unit is not among this program's participants.",
    inactive: "{name} is no longer in service.",
    duplicate: "{name} is already registered for this batch.",
    clash: "{name}'s schedule clashes with confirmed training.",
    quota: "This batch has per-unit quotas, and {name}'s unit has none.",
  },
  outlook: {
    mayRegister: "You may register.",
    mayNotRegister: "You cannot register for this batch.",
    unitSeats: "Your unit's quota: {left} of {of} seats left",
    waitlistHint: "The seats are taken: if approved, your registration joins the waiting list.",
    cardNotEligible: "Not eligible: {reason}",
    cardEligible: "You are eligible",
  },
  catalog: {
    filtersTitle: "Filters",
    showUnscheduled: "Show trainings without a batch",
    unscheduledHidden: "{count} trainings have no scheduled batch yet.",
    showThem: "Show",
    registrationUntil: "Registration open until {date}",
  },
  override: {
    title: "Override with a reason",
    hint: "When an ASN is refused for their position type, unit or the unit quota, an admin may still enrol them with a written reason. The reason goes into the audit log. A batch's capacity cannot be overridden.",
    reason: "Reason for the exception",
    reasonHint: "At least 10 characters, e.g. the assignment letter's number or the head's instruction.",
    reasonRequired: "A reason is required, at least 10 characters.",
    reasonTooLong: "A reason has at most 500 characters.",
    submit: "Enrol with an exception",
    confirmed: "{name} is enrolled with an exception ({rules}) and has a seat.",
    waitlisted: "{name} is enrolled with an exception ({rules}); the seats are taken, so on the waiting list.",
    nothingToOverride: "{name} is enrolled; no exception was needed.",
    rule: { positionType: "position type", unit: "unit", quota: "unit quota" },
  },
};
