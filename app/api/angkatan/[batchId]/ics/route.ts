import { getViewer } from "@/lib/auth/viewer";
import { buildIcs } from "@/lib/enrolment/ics";
import { confirmedBatchCalendar } from "@/lib/enrolment/queries";

// A confirmed participant's calendar file for one batch. Anyone else, signed in or not, gets a plain 404,
// so the answer does not reveal whether the batch exists.
export async function GET(_request: Request, { params }: { params: Promise<{ batchId: string }> }) {
  const viewer = await getViewer();
  const { batchId } = await params;
  const calendar = viewer ? await confirmedBatchCalendar(viewer, batchId) : null;
  if (!calendar) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const body = buildIcs({
    calendarName: calendar.calendarName, programTitle: calendar.programTitle, sequence: calendar.sequence, sessions: calendar.sessions, now: new Date(),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="angkatan-${calendar.number}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
