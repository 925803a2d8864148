import "server-only";
// The import pipeline's two writes, both through lib/action.ts (audit row in the same transaction):
// `startImport` keeps the uploaded file (bytes, SHA-256) as a CHECKING run; `applyImport` writes a READY run's
// plan in one transaction, or nothing (inline for small runs, by the job queue with progress for large ones). Checking (check.ts) sits between them, inline or as a job (service.ts).
import { createHash } from "node:crypto";
import { z } from "zod";
import { defineCommand } from "@/lib/action";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ParsedRow } from "./define";
import { importKind, IMPORT_KIND_NAMES } from "./kinds";
import { megabytes } from "./limits";
import { ImportRefusal } from "./refusal";
import { describeProblems, parseOneRow } from "./rows";
import type { ImportSummary } from "./run-summary";
import { tableFormat } from "./table";
import { calendarToday } from "@/lib/time";
import { db } from "@/lib/db";

/** Rows a file probably holds, for the progress bar and the inline-or-job choice. XLSX: ~25 packed bytes a row at least. */
export function estimateRows(bytes: Uint8Array): number {
  if (tableFormat(bytes) === "xlsx") return Math.ceil(bytes.length / 25);
  let lines = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) lines += 1;
  return Math.max(0, lines - 1 + (bytes.length && bytes[bytes.length - 1] !== 0x0a ? 1 : 0));
}

/** A file name fit to store and show: no path, no control characters, at most 200 characters. */
export const cleanFileName = (name: string) => (name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200) || "berkas";

export const startImport = defineCommand({
  name: "startImport",
  permission: "import:records",
  schema: z.object({ kind: z.enum(IMPORT_KIND_NAMES), file: z.instanceof(Blob) }),
  async run({ viewer, input, tx, audit }) {
    const kind = importKind(input.kind);
    if (input.file.size > kind.limits.uploadBytes) throw new ImportRefusal("uploadTooLarge", { limit: megabytes(kind.limits.uploadBytes) }, `${input.file.size} bytes`);
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const fileName = cleanFileName(input.file instanceof File ? input.file.name : "");
    const fileSha256 = createHash("sha256").update(bytes).digest("hex");
    const estimate = estimateRows(bytes);
    const run = await tx.importRun.create({
      data: {
        agencyId: viewer.agencyId, kind: kind.kind, fileName, fileSha256, fileSize: bytes.length, format: tableFormat(bytes),
        original: bytes, progressTotal: estimate, createdById: viewer.userId,
      },
      select: { id: true },
    });
    await audit({ action: "import.upload", entity: "ImportRun", entityId: run.id, after: { kind: kind.kind, fileName, fileSha256, fileSize: bytes.length } });
    return { runId: run.id, inline: estimate <= kind.inlineRows };
  },
});

/** Rows re-read from the stored run at a time while applying (and progress reported after each slice). */
const APPLY_READ_BATCH = 10_000;
/** The share of the progress bar reading and planning take; the kind's write reports the rest. */
const READ_SHARE = 0.3;
const PLAN_SHARE = 0.1;

export const applyImport = defineCommand({
  name: "applyImport",
  permission: "import:records",
  schema: z.object({
    runId: z.uuid(),
    /** End the service of the records the file does not mention on this day (yyyy-mm-dd); absent: leave them. */
    endMissingOn: z.iso.date().optional(),
  }),
  // A 50,000-row SIASN file is written in one transaction by the job queue (service.ts); well under this.
  transactionTimeout: 10 * 60_000,
  async run({ viewer, input, tx, audit }) {
    const { agencyId } = viewer;
    // One apply of a run at a time: a second one (a double click, the job retried while the first still runs)
    // waits here, then finds the run APPLIED. A lock on the run's row would also block the progress writes.
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`import-apply:${input.runId}`}, 0))::text`;
    const run = await tx.importRun.findUnique({
      where: { agencyId_id: { agencyId, id: input.runId } },
      select: { id: true, kind: true, fileName: true, fileSha256: true, summary: true, status: true, rowCount: true },
    });
    if (!run) throw new AppError("NOT_FOUND", "common.notFound");
    // READY, or APPLYING when the job queue runs it (service.ts marks a queued run APPLYING).
    if (run.status !== "READY" && run.status !== "APPLYING") throw new AppError("CONFLICT", "fileImport.runNotReady");

    const total = Math.max(run.rowCount, 1);
    let reported = -1;
    const progress = async (fraction: number) => {
      const done = Math.min(total, Math.max(0, Math.round(fraction * total)));
      if (done === reported) return;
      reported = done;
      // Outside the transaction (its own connection), so a polling page sees it while the write runs.
      await db.importRun.updateMany({ where: { agencyId, id: run.id }, data: { progressDone: done, progressTotal: total } });
    };
    await progress(0);

    const kind = importKind(run.kind);
    const summary = run.summary as ImportSummary;
    const match = { columns: summary.columns ?? {}, names: summary.headerNames ?? [] };
    const rows: ParsedRow<unknown>[] = [];
    for (let after = 0; ; ) {
      // The cells as JSON text, parsed here: much faster than the client decoding 50,000 JSON values.
      const slice = await tx.$queryRaw<{ line: number; cells: string }[]>`
        SELECT line, cells::text AS cells FROM "ImportRow"
        WHERE "agencyId" = ${agencyId}::uuid AND "runId" = ${run.id}::uuid AND line > ${after}
        ORDER BY line LIMIT ${APPLY_READ_BATCH}`;
      for (const { line, cells } of slice) {
        const parsed = parseOneRow(kind, match, line, JSON.parse(cells) as string[]);
        if (!parsed.ok) throw new AppError("CONFLICT", "fileImport.runChangedSinceCheck", undefined, { line, problem: describeProblems(parsed.problems) });
        rows.push(parsed.row);
      }
      if (slice.length < APPLY_READ_BATCH) break;
      after = slice[slice.length - 1]!.line;
      await progress((rows.length / total) * READ_SHARE);
    }
    await progress(READ_SHARE);
    const late = ((await kind.checkRows?.(rows, { agencyId, tx })) ?? []).filter((p) => (p.severity ?? "error") === "error");
    if (late.length) throw new AppError("CONFLICT", "fileImport.runChangedSinceCheck", undefined, { line: late[0]!.line, problem: late[0]!.message });

    const plan = await kind.plan(rows, { agencyId, tx });
    await progress(READ_SHARE + PLAN_SHARE);
    const json = (v: unknown) => (v ?? null) as Prisma.InputJsonValue | null;
    const endMissingOn = input.endMissingOn ? new Date(`${input.endMissingOn}T00:00:00.000Z`) : null;
    await kind.apply(plan, {
      agencyId, tx, runId: run.id, actorUserId: viewer.userId, fileName: run.fileName, endMissingOn, today: calendarToday(),
      progress: (fraction) => progress(READ_SHARE + PLAN_SHARE + (1 - READ_SHARE - PLAN_SHARE) * Math.min(1, Math.max(0, fraction))),
      audit: (e) => audit({ ...e, before: json(e.before), after: json(e.after) }),
    });
    await tx.importRun.updateMany({ where: { agencyId, id: run.id }, data: { status: "APPLIED", appliedAt: new Date(), progressDone: total, progressTotal: total } });
    const counts = { creates: plan.creates.length, updates: plan.updates.length, unchanged: plan.unchanged, missing: plan.missing.length };
    await audit({
      action: "import.apply", entity: "ImportRun", entityId: run.id,
      after: { kind: kind.kind, fileName: run.fileName, fileSha256: run.fileSha256, ...counts, endMissingOn: input.endMissingOn ?? null },
    });
    return counts;
  },
});
