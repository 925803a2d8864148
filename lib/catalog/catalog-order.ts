// Pure ordering of the ASN catalog: programs with a batch open for registration first (the soonest on top),
// then those with another scheduled batch (soonest first), then, only when asked for, those with none.
import type { BatchStatus } from "@/lib/generated/prisma/enums";

const DAY = 86_400_000;

export type OrderableBatch = { id: string; status: BatchStatus; registrationOpensAt: Date; registrationClosesAt: Date; startDate: Date; number: number };
export type OrderableProgram<B extends OrderableBatch> = { id: string; title: string; batches: readonly B[] };

/**
 * Open for registration on this calendar day: OPEN, and its window overlaps the day. Judged per day (not per
 * instant) so the order, which is cached, stays the same all day; the program page judges the instant.
 */
export function openOnDay(batch: OrderableBatch, day: Date): boolean {
  const next = new Date(day.getTime() + DAY);
  return batch.status === "OPEN" && batch.registrationOpensAt < next && batch.registrationClosesAt >= day;
}

const byDate = (a: OrderableBatch, b: OrderableBatch) => a.startDate.getTime() - b.startDate.getTime() || a.number - b.number;

/** The batch a program's card shows: the soonest open for registration, else the soonest scheduled. */
export function leadBatch<B extends OrderableBatch>(batches: readonly B[], day: Date): B | null {
  const open = batches.filter((b) => openOnDay(b, day)).sort(byDate);
  return open[0] ?? [...batches].sort(byDate)[0] ?? null;
}

export type OrderedProgram<P, B> = { program: P; lead: B | null; open: boolean };

/**
 * The catalog's order. `batches` of each program are its scheduled ones (the caller filters). Programs without
 * any are left out unless `includeUnscheduled`, and counted either way.
 */
export function orderCatalog<B extends OrderableBatch, P extends OrderableProgram<B>>(
  programs: readonly P[],
  day: Date,
  includeUnscheduled: boolean,
): { ordered: OrderedProgram<P, B>[]; unscheduled: number } {
  const rows = programs.map((program) => {
    const lead = leadBatch(program.batches, day);
    return { program, lead, open: lead ? openOnDay(lead, day) : false };
  });
  const rank = (r: (typeof rows)[number]) => (r.open ? 0 : r.lead ? 1 : 2);
  const unscheduled = rows.filter((r) => !r.lead).length;
  const ordered = rows
    .filter((r) => includeUnscheduled || r.lead)
    .sort((a, b) =>
      rank(a) - rank(b)
      || (a.lead && b.lead ? byDate(a.lead, b.lead) : 0)
      || a.program.title.localeCompare(b.program.title, "id")
      || a.program.id.localeCompare(b.program.id));
  return { ordered, unscheduled };
}
