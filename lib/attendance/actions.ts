"use server";
import { revalidatePath } from "next/cache";
import { formFields, malformedRequest, runServerAction, type ActionState } from "@/lib/action";
import { interpolate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { recordAttendance } from "./commands";

type Input = FormData | Record<string, unknown>;

/** Parses the grid's JSON payload; null when it is not a list. Later marks for the same cell win. */
function parseMarks(raw: unknown): unknown[] | null {
  let value: unknown = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  if (!Array.isArray(value)) return null;
  const byCell = new Map<string, unknown>();
  for (const mark of value) {
    const cell = mark && typeof mark === "object" ? (mark as Record<string, unknown>) : {};
    byCell.set(`${String(cell.sessionId)}:${String(cell.enrolmentId)}`, mark);
  }
  return [...byCell.values()];
}

/** The attendance grid's one save: every mark of the grid in a single recordAttendance call. */
export async function recordAttendanceAction(_prev: ActionState, form: Input): Promise<ActionState<{ saved: number }>> {
  const fields = formFields(form);
  if (!fields) return malformedRequest();
  const m = await getMessages();
  const marks = parseMarks(fields.marks);
  if (!marks) return { ok: false, message: m.trainingTeam.grid.payloadInvalid };
  if (!marks.length) return { ok: false, message: m.trainingTeam.grid.nothingToSave };
  const batchId = fields.batchId;
  const result = await runServerAction(recordAttendance, { batchId, marks });
  if (!result.ok || !result.data) return result;
  if (typeof batchId === "string") revalidatePath(`/presensi/${batchId}`);
  return { ...result, message: interpolate(m.trainingTeam.grid.saved, { count: result.data.saved }) };
}
