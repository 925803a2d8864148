import { getViewer } from "@/lib/auth/viewer";
import { templateResponse } from "@/lib/learning/template";

// The pre-test / post-test template of a batch, prefilled with its confirmed participants (admins only).
export const dynamic = "force-dynamic";
export async function GET(_request: Request, { params }: { params: Promise<{ batchId: string }> }) {
  const [viewer, { batchId }] = await Promise.all([getViewer(), params]);
  return templateResponse(viewer, batchId);
}
