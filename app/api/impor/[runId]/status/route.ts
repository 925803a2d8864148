import { getViewer } from "@/lib/auth/viewer";
import { importRouteRefusal, isUuid, jsonResponse, notFoundResponse } from "@/lib/import/http";
import { importProgress } from "@/lib/import/queries";

// What the run page polls while a file is checked or applied: status and rows done (never the dry run or the file).
export const dynamic = "force-dynamic";
export async function GET(_request: Request, { params }: { params: Promise<{ runId: string }> }) {
  const [viewer, { runId }] = await Promise.all([getViewer(), params]);
  const refusal = importRouteRefusal(viewer);
  if (refusal) return refusal;
  const progress = isUuid(runId) ? await importProgress(viewer!, runId) : null;
  if (!progress) return notFoundResponse();
  const { status, done, total, percent } = progress;
  return jsonResponse({ status, done, total, percent });
}
