import { getViewer } from "@/lib/auth/viewer";
import { certificatePdf } from "@/lib/certificate/pdf";
import { publicOrigin } from "@/lib/certificate/rules";
import { env } from "@/lib/env";

// A certificate's PDF, for its holder or an admin of the agency. Anyone else, signed in or not, gets a plain
// 404, so the answer does not reveal whether the certificate exists. A revoked certificate still downloads,
// marked "DICABUT" (decision 0008).
export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  const { id } = await params;
  if (!viewer) return notFound();
  const file = await certificatePdf(viewer, id, publicOrigin(env().BANGKOM_PUBLIC_URL, request.url));
  if (!file) return notFound();
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
