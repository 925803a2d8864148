import { getViewer } from "@/lib/auth/viewer";
import { importErrorFile } from "@/lib/import/error-file";
import { attachmentResponse, importRouteRefusal, isUuid, notFoundResponse } from "@/lib/import/http";

// The error file of a run: the uploaded file as it was, plus a "Kesalahan" column naming each bad row's problems.
export const dynamic = "force-dynamic";
export async function GET(_request: Request, { params }: { params: Promise<{ runId: string }> }) {
  const [viewer, { runId }] = await Promise.all([getViewer(), params]);
  const refusal = importRouteRefusal(viewer);
  if (refusal) return refusal;
  const file = isUuid(runId) ? await importErrorFile(viewer!, runId) : null;
  return file ? attachmentResponse(file) : notFoundResponse();
}
