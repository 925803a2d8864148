import { runFeedbackSchedule } from "@/lib/feedback/schedule";
import { isCalendarDate } from "@/lib/validation";

// Tests only: runs the job schedule as of a given date, so end-to-end tests advance the clock instead of
// waiting months. It exists only when the server was started with BANGKOM_TEST_CLOCK=1 (the e2e config does);
// anywhere else it answers 404 like any unknown path.
export async function POST(request: Request) {
  if (process.env.BANGKOM_TEST_CLOCK !== "1") return new Response("Not found", { status: 404 });
  const { asOf } = ((await request.json().catch(() => null)) ?? {}) as { asOf?: unknown };
  if (typeof asOf !== "string" || !isCalendarDate(asOf)) return new Response("asOf: YYYY-MM-DD", { status: 400 });
  const result = await runFeedbackSchedule(new Date(`${asOf}T00:00:00Z`));
  return Response.json(result);
}
