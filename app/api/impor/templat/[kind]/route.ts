import { getViewer } from "@/lib/auth/viewer";
import { attachmentResponse, importRouteRefusal, notFoundResponse } from "@/lib/import/http";
import { importTemplate } from "@/lib/import/kind-templates";

// ?format=xlsx (default) or csv: a blank file with the kind's columns, to fill in and upload.
export const dynamic = "force-dynamic";
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const [viewer, { kind }] = await Promise.all([getViewer(), params]);
  const refusal = importRouteRefusal(viewer);
  if (refusal) return refusal;
  const format = new URL(request.url).searchParams.get("format") === "csv" ? "csv" : "xlsx";
  const file = await importTemplate(kind, format);
  return file ? attachmentResponse(file) : notFoundResponse();
}
