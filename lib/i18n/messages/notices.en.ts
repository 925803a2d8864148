import type { Messages } from "./id";

export const noticesEn: Messages["notices"] = {
  registrationAwaitingSupervisor: { title: "A training registration awaits your approval", body: "{name} registered for {program}, batch {batch}." },
  nominated: { title: "You were nominated for a training", body: "{program}, batch {batch}: your OPD operator nominated you; awaiting your supervisor's approval." },
  enrolledDirectly: { title: "You are enrolled as a participant", body: "{program}, batch {batch}: enrolled directly by the agency admin." },
  waitlistedDirectly: { title: "You are on a training waiting list", body: "{program}, batch {batch}: enrolled directly by the agency admin." },
  supervisorApproved: { title: "Your supervisor approved your registration", body: "{program}, batch {batch}: awaiting the agency's approval." },
  supervisorRejected: { title: "Your supervisor rejected your registration", body: "{program}, batch {batch}." },
  agencyConfirmed: { title: "Your registration is confirmed", body: "{program}, batch {batch}: your seat is certain." },
  agencyWaitlisted: { title: "You are on the waiting list", body: "{program}, batch {batch}: you get a seat when one opens." },
  agencyRejected: { title: "The agency rejected your registration", body: "{program}, batch {batch}." },
  promotedFromWaitlist: { title: "You got a training seat", body: "{program}, batch {batch}: a seat opened and you moved up from the waiting list." },
  withdrawnByAdmin: { title: "An admin withdrew your registration", body: "{program}, batch {batch}." },
  batchCancelled: { title: "Training batch cancelled", body: "{program}, batch {batch} was cancelled; your registration has ended." },
  jpCredited: { title: "Training JP recorded", body: "{program}, batch {batch}: {minutes} recorded in your JP history." },
  certificateRevoked: { title: "Your certificate was revoked", body: "Certificate number {number} ({program}) was revoked." },
  reactionInvite: { title: "Evaluate your training", body: "{program}, batch {batch}: rate the material, trainers, organisation and facilities." },
  reactionInviteAnonymous: {
    title: "Evaluate your training",
    body: "{program}, batch {batch}: rate the material, trainers, organisation and facilities. Your answers are anonymous.",
  },
  feedbackRequested: { title: "Post-training feedback requested", body: "How does {name} apply \"{program}\" at work? Please give your feedback." },
  feedbackReassigned: {
    title: "Post-training feedback requested",
    body: "You are asked to give feedback on {name} for \"{program}\", who now reports to you.",
  },
  feedbackReminder: {
    title: "Reminder: post-training feedback",
    body: "Reminder {reminder}: feedback on {name} for \"{program}\" is not yet given (due {dueOn}).",
  },
  feedbackGiven: {
    title: "Your supervisor gave post-training feedback",
    body: "{program}: see the agreed follow-up plan, and add your self-assessment if you wish.",
  },
  externalVerified: { title: "Your external training was verified", body: "{title}: {minutes} recorded in your JP for {year}." },
  externalRejected: { title: "Your external training was rejected", body: "{title}." },
  unknown: { title: "Notification", body: "This notice was written by a newer version of Bangkom." },
  noteLabel: "Note",
  reasonLabel: "Reason",
};
