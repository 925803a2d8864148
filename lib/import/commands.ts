import "server-only";
// The import pipeline's two writes, both through lib/action.ts (audit row in the same transaction):
// `startImport` keeps the uploaded file (bytes, SHA-256) as a CHECKING run; `applyImport` writes a READY run's
// plan in one transaction, or nothing. Checking (check.ts) sits between them, inline or as a job (service.ts).
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

/** Rows a file probably holds, for the progress bar and the inline-or-job choice. XLSX: ~25 packed bytes a row at least. */
export function estimateRows(bytes: Uint8Array): number {
  if (tableFormat(bytes) === "xlsx") return Math.ceil(bytes.length / 25);
  let lines = 0;
  for (const b of bytes) if (b === 0x0a) lines += 1;
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

export const applyImport = defineCommand({
  name: "applyImport",
  permission: "import:records",
  schema: z.object({ runId: z.uuid() }),
  async run({ viewer, input, tx, audit }) {
    const { agencyId } = viewer;
    const run = await tx.importRun.findUnique({
      where: { agencyId_id: { agencyId, id: input.runId } },
      select: { id: true, kind: true, fileName: true, fileSha256: true, summary: true },
    });
    if (!run) throw new AppError("NOT_FOUND", "common.notFound");
    // The row lock taken here makes a second, concurrent apply wait and then find the run APPLIED.
    const claimed = await tx.importRun.updateMany({ where: { agencyId, id: run.id, status: "READY" }, data: { status: "APPLIED", appliedAt: new Date() } });
    if (claimed.count === 0) throw new AppError("CONFLICT", "fileImport.runNotReady");

    const kind = importKind(run.kind);
    const summary = run.summary as ImportSummary;
    const match = { columns: summary.columns ?? {}, names: summary.headerNames ?? [] };
    const stored = await tx.importRow.findMany({ where: { agencyId, runId: run.id }, orderBy: { line: "asc" }, select: { line: true, cells: true } });
    const rows: ParsedRow<unknown>[] = [];
    for (const { line, cells } of stored) {
      const parsed = parseOneRow(kind, match, line, cells as string[]);
      if (!parsed.ok) throw new AppError("CONFLICT", "fileImport.runChangedSinceCheck", undefined, { line, problem: describeProblems(parsed.problems) });
      rows.push(parsed.row);
    }
    const late = (await kind.checkRows?.(rows, { agencyId, tx })) ?? [];
    if (late.length) throw new AppError("CONFLICT", "fileImport.runChangedSinceCheck", undefined, { line: late[0]!.line, problem: late[0]!.message });

    const plan = await kind.plan(rows, { agencyId, tx });
    const json = (v: unknown) => (v ?? null) as Prisma.InputJsonValue | null;
    await kind.apply(plan, { agencyId, tx, runId: run.id, audit: (e) => audit({ ...e, before: json(e.before), after: json(e.after) }) });
    const counts = { creates: plan.creates.length, updates: plan.updates.length, unchanged: plan.unchanged, missing: plan.missing.length };
    await audit({ action: "import.apply", entity: "ImportRun", entityId: run.id, after: { kind: kind.kind, fileName: run.fileName, fileSha256: run.fileSha256, ...counts } });
    return counts;
  },
});
