import "server-only";
import { z } from "zod";
import { defineCommand } from "@/lib/action";
import { cacheTags, invalidate } from "@/lib/cache";
import { AppError } from "@/lib/errors";
import { identifier } from "@/lib/validation";
import { SESSION_KINDS } from "./rules";

// A saved rundown session's kind (learning, ISHOMA/meal, opening/closing, …): the kind decides whether the
// session counts towards JP and takes attendance (isLearningSession, lib/attendance/rules.ts).

export const sessionKindSchema = z.object({
  sessionId: identifier(),
  kind: z.enum(SESSION_KINDS as [string, ...string[]], "catalog.kindInvalid"),
});

/**
 * Sets a session's kind while its batch is not finished. Once attendance is recorded for the session its kind
 * is kept: turning a learning session into ISHOMA would silently drop the marks from the participants' minutes.
 */
export const changeSessionKind = defineCommand({
  name: "session.kind",
  permission: "manage:program",
  schema: sessionKindSchema,
  async run({ viewer, input, tx, audit }) {
    const session = await tx.rundownSession.findFirst({
      where: { id: input.sessionId, agencyId: viewer.agencyId },
      select: { id: true, kind: true, batch: { select: { id: true, status: true } }, _count: { select: { attendance: true } } },
    });
    if (!session) throw new AppError("NOT_FOUND", "common.notFound");
    if (session.batch.status === "DONE" || session.batch.status === "CANCELLED") throw new AppError("CONFLICT", "catalog.batchFinished");
    const kind = input.kind as (typeof SESSION_KINDS)[number];
    if (kind === session.kind) return { batchId: session.batch.id, changed: false };
    if (session._count.attendance) throw new AppError("CONFLICT", "rundown.kindChange.hasAttendance");
    await tx.rundownSession.update({ where: { id: session.id }, data: { kind } });
    await invalidate(tx, cacheTags.catalog(viewer.agencyId));
    await audit({ action: "change", entity: "RundownSession", entityId: session.id, before: { kind: session.kind }, after: { kind } });
    return { batchId: session.batch.id, changed: true };
  },
});
