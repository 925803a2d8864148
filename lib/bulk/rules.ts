import { interpolate } from "@/lib/i18n/format";

// How a bulk action's outcome reads: "12 disetujui, 1 ditolak sistem: Nama: alasan". Pure.

/** One row's outcome as the list keeps it: done with the status it now has, or refused with the reason. */
export type RowOutcome = { ok: true; status: string } | { ok: false; message: string };

export type SummaryLabels = {
  /** Per status reached, e.g. PENDING_AGENCY: "{count} disetujui". */
  done: Record<string, string>;
  /** "{count} ditolak sistem". */
  refused: string;
};

/**
 * The sentence for a set of outcomes: the counts per status reached, in the order the labels list them, then
 * the refused rows, each with its name and reason.
 */
export function summarise(outcomes: [id: string, RowOutcome][], names: Record<string, string>, labels: SummaryLabels): string {
  const counts = new Map<string, number>();
  const refused: string[] = [];
  for (const [id, outcome] of outcomes) {
    if (outcome.ok) counts.set(outcome.status, (counts.get(outcome.status) ?? 0) + 1);
    else refused.push(`${names[id] ?? id}: ${outcome.message}`);
  }
  const parts = Object.entries(labels.done)
    .filter(([status]) => counts.has(status))
    .map(([status, label]) => interpolate(label, { count: counts.get(status)! }));
  // A status without a label still counts, under its own name (never silently dropped).
  for (const [status, count] of counts) if (!(status in labels.done)) parts.push(`${count} ${status}`);
  const head = parts.join(", ");
  if (!refused.length) return head;
  const tail = `${interpolate(labels.refused, { count: refused.length })}: ${refused.join("; ")}`;
  return head ? `${head}, ${tail}` : tail;
}
