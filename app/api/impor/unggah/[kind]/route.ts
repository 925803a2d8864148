import { getViewer } from "@/lib/auth/viewer";
import { importRouteRefusal } from "@/lib/import/http";
import { receiveUpload } from "@/lib/import/upload";

// The import form's upload: the file as the raw body, its name in X-File-Name (lib/import/upload.ts).
export const dynamic = "force-dynamic";
export async function POST(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const [viewer, { kind }] = await Promise.all([getViewer(), params]);
  const refusal = importRouteRefusal(viewer);
  if (refusal) return refusal;
  return receiveUpload(kind, request);
}
