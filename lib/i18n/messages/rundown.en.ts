import type { Widen } from "./widen";
import type { rundownId } from "./rundown.id";

export const rundownEn: Widen<typeof rundownId> = {
  scheduleOnly: "Schedule only",
  scheduleOnlyHint: "Not a learning session: no JP and no attendance.",
  gridScheduleOnly: "{count} other sessions (breaks, opening, closing and the like) are schedule only: no attendance and no JP.",
  kindChange: {
    label: "Session kind",
    labelFor: "Session kind of {title}",
    hasAttendance: "The session kind cannot change: attendance has already been recorded for it.",
    submit: "Save kind",
    saved: "Session kind saved.",
  },
  schedule: {
    today: "Today",
    upcoming: "Coming up",
    past: "Finished",
    todayEmpty: "No sessions today.",
    upcomingEmpty: "No upcoming sessions.",
    sessionEnded: "Ended",
    sessionNow: "In progress",
    sessionLater: "Later",
    nextSession: "Next session {date}, {time}",
  },
};
