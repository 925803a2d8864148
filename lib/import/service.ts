import "server-only";
// Upload → check: keeps the file (startImport), then checks it at once when it is small, or sends it to the job
// queue when it is large. The page then polls `importProgress` (queries.ts) until the run is READY or INVALID.
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { checkImportRun } from "./check";
import { startImport } from "./commands";
import { enqueueImportCheck } from "./queue";

export async function uploadImport(viewer: Viewer, input: { kind: string; file: Blob }): Promise<{ runId: string; queued: boolean }> {
  const { runId, inline } = await executeCommand(startImport, viewer, input);
  if (inline) await checkImportRun(viewer.agencyId, runId);
  else await enqueueImportCheck({ agencyId: viewer.agencyId, runId });
  return { runId, queued: !inline };
}
