import type { Messages } from "./id";

export const catalogEditEn: Messages["catalogEdit"] = {
  edit: "Edit",
  batchLocked: "A batch that has finished or was cancelled cannot be changed.",
  capacityBelowConfirmed: "Capacity cannot be lower than the {confirmed} participants already confirmed.",
  datesLockedByAttendance: "The dates cannot move: attendance has been recorded ({marks} marks).",
  sessionsOutside: "{sessions} rundown sessions would fall outside the batch's dates. Change the rundown or extend the end date.",
  closesAfterStart: "Registration must close on the day the training starts at the latest.",
  competencyTwice: "The same competency is chosen twice.",
  program: {
    title: "Edit training program",
    subtitle: "Changes apply to every batch of this program and are recorded in the audit log.",
    submit: "Save changes",
    saved: "Training program updated.",
  },
  batch: {
    title: "Edit batch",
    submit: "Save changes",
    saved: "Batch updated.",
    savedNotified: "Batch updated. {participants} participants and {supervisors} supervisors were told of the new schedule.",
    confirmedNote: "{confirmed} participants are confirmed. If the dates or venue change, they and their supervisors are notified, and their calendar file (ICS) is updated.",
    attendanceNote: "Attendance has been recorded: the dates can no longer move.",
    shiftNote: "Rundown sessions move with the start date (day 2 stays day 2).",
    locked: "This batch has finished or was cancelled, so it cannot be changed.",
  },
};
