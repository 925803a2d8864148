// An iCalendar file of a batch's sessions, for a confirmed participant's own calendar (RFC 5545).
// Session times are wall-clock times at the venue; Indonesia has no daylight saving, so a fixed offset is exact.

export type IcsSession = { id: string; date: Date; startMinute: number; endMinute: number; title: string; place: string | null };

const escape = (text: string) => text.replace(/\\/g, "\\\\").replace(/\r\n?|\n/g, "\\n").replace(/([,;])/g, "\\$1");

function utcStamp(date: Date, minute: number, utcOffsetMinutes: number): string {
  const t = new Date(date.getTime() + (minute - utcOffsetMinutes) * 60_000);
  return t.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** Lines longer than 75 octets are folded, as the format requires. */
function fold(line: string): string {
  const out: string[] = [];
  let rest = line;
  while (Buffer.byteLength(rest) > 75) {
    let cut = 74;
    while (Buffer.byteLength(rest.slice(0, cut)) > 74) cut--;
    // never split a surrogate pair (an emoji): step back before its first half
    if (/[\uD800-\uDBFF]/.test(rest.charAt(cut - 1))) cut--;
    out.push(rest.slice(0, cut));
    rest = ` ${rest.slice(cut)}`;
  }
  out.push(rest);
  return out.join("\r\n");
}

/** "Pelatihan Dasar CPNS: Penyampaian materi hari 1": a calendar shows the event title alone, so it names the training. */
export function eventTitle(programTitle: string | undefined, sessionTitle: string): string {
  if (!programTitle || sessionTitle.startsWith(programTitle)) return sessionTitle;
  return `${programTitle}: ${sessionTitle}`;
}

/**
 * UIDs stay the sessions' ids, so a re-downloaded file updates the events it created before; SEQUENCE is the
 * batch's schedule sequence, raised on every change of its dates, times or venue, so calendars take the new times.
 */
export function buildIcs(opts: {
  calendarName: string;
  /** The training's name, put before each session's title. */
  programTitle?: string;
  /** Batch.scheduleSequence. */
  sequence?: number;
  sessions: readonly IcsSession[];
  now: Date;
  utcOffsetMinutes?: number; // WIB = +420
  domain?: string;
}): string {
  const offset = opts.utcOffsetMinutes ?? 420;
  const stamp = utcStamp(opts.now, 0, 0);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Bangkom//Jadwal Pelatihan//ID",
    "CALSCALE:GREGORIAN",
    `X-WR-CALNAME:${escape(opts.calendarName)}`,
    ...opts.sessions.flatMap((s) => [
      "BEGIN:VEVENT",
      `UID:${s.id}@${opts.domain ?? "bangkom"}`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${Math.max(0, Math.trunc(opts.sequence ?? 0))}`,
      `DTSTART:${utcStamp(s.date, s.startMinute, offset)}`,
      `DTEND:${utcStamp(s.date, s.endMinute, offset)}`,
      `SUMMARY:${escape(eventTitle(opts.programTitle, s.title))}`,
      ...(s.place ? [`LOCATION:${escape(s.place)}`] : []),
      "END:VEVENT",
    ]),
    "END:VCALENDAR",
  ];
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
