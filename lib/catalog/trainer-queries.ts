import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { hasPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TrainerKind } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/uuid";

// The trainers card of the admin batch page. Gated by manage:program and filtered by the viewer's agency.


export type TrainerSession = { id: string; title: string; date: Date; startMinute: number; endMinute: number; cancelled: boolean };
export type TrainerOption = { id: string; name: string; kind: TrainerKind; external: boolean; institution: string | null; nip: string | null };
export type BatchTrainer = TrainerOption & { sessions: TrainerSession[] };
export type BatchTrainers = {
  trainers: BatchTrainer[];
  /** All trainers of the agency, for the "existing trainer" select. */
  options: TrainerOption[];
  /** The batch's sessions a trainer can be assigned to (not cancelled). */
  sessions: TrainerSession[];
};

const sessionSelect = { id: true, title: true, date: true, startMinute: true, endMinute: true, cancelled: true } as const;
const trainerSelect = { id: true, name: true, kind: true, external: true, institution: true, employee: { select: { nip: true } } } as const;

/** The batch's trainers (linked to any of its sessions) with the sessions each teaches; null when not in the agency. */
export async function listBatchTrainers(viewer: Viewer, batchId: string): Promise<BatchTrainers | null> {
  if (!hasPermission(viewer.roles, "manage:program")) throw new AppError("FORBIDDEN", "common.forbidden");
  if (!isUuid(batchId)) return null;
  const batch = await db.batch.findFirst({ where: { id: batchId, agencyId: viewer.agencyId }, select: { id: true } });
  if (!batch) return null;
  const order = [{ date: "asc" as const }, { startMinute: "asc" as const }];
  const [sessions, links, options] = await Promise.all([
    db.rundownSession.findMany({ where: { batchId: batch.id, agencyId: viewer.agencyId, cancelled: false }, select: sessionSelect, orderBy: order }),
    db.sessionTrainer.findMany({
      where: { session: { batchId: batch.id, agencyId: viewer.agencyId }, trainer: { agencyId: viewer.agencyId } },
      select: { session: { select: sessionSelect }, trainer: { select: trainerSelect } },
    }),
    db.trainer.findMany({ where: { agencyId: viewer.agencyId }, select: trainerSelect, orderBy: [{ name: "asc" }, { id: "asc" }] }),
  ]);
  const toOption = ({ employee, ...t }: (typeof options)[number]): TrainerOption => ({ ...t, nip: employee?.nip ?? null });
  const byId = new Map<string, BatchTrainer>();
  for (const { session, trainer } of links) {
    const entry = byId.get(trainer.id) ?? { ...toOption(trainer), sessions: [] };
    entry.sessions.push(session);
    byId.set(trainer.id, entry);
  }
  const key = (s: TrainerSession) => `${s.date.toISOString()}-${String(s.startMinute).padStart(4, "0")}`;
  const trainers = [...byId.values()]
    .map((t) => ({ ...t, sessions: t.sessions.sort((a, b) => key(a).localeCompare(key(b))) }))
    .sort((a, b) => a.name.localeCompare(b.name, "id"));
  return { trainers, options: options.map(toOption), sessions };
}
