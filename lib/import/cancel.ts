import "server-only";
// Cancelling an import run the admin decided not to apply: a checked run (READY or INVALID) becomes CANCELLED
// and can no longer be applied. Its file and rows stay, for the audit. A run still being checked or applied
// cannot be cancelled (the check would overwrite the status when it ends); an applied one is history.
import { z } from "zod";
import { defineCommand } from "@/lib/action";
import { AppError } from "@/lib/errors";

export const cancelImport = defineCommand({
  name: "cancelImport",
  permission: "import:records",
  schema: z.object({ runId: z.uuid() }),
  async run({ viewer, input, tx, audit }) {
    const where = { agencyId: viewer.agencyId, id: input.runId };
    // The lock an apply of this run holds: a cancel waits for an apply in flight, then finds the run APPLIED.
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`import-apply:${input.runId}`}, 0))::text`;
    const run = await tx.importRun.findFirst({ where, select: { id: true, kind: true, fileName: true, status: true } });
    if (!run) throw new AppError("NOT_FOUND", "common.notFound");
    const claimed = await tx.importRun.updateMany({ where: { ...where, status: { in: ["READY", "INVALID"] } }, data: { status: "CANCELLED" } });
    if (claimed.count === 0) throw new AppError("CONFLICT", "importUi.run.notCancellable");
    await audit({ action: "import.cancel", entity: "ImportRun", entityId: run.id, before: { status: run.status }, after: { status: "CANCELLED", kind: run.kind, fileName: run.fileName } });
    return { runId: run.id };
  },
});
