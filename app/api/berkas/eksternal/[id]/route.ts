import { getViewer } from "@/lib/auth/viewer";
import { externalFileFor } from "@/lib/external/queries";
import { contentDisposition } from "@/lib/external/rules";
import { fileStorage } from "@/lib/external/storage";

// A submission's certificate, served only to those who may read the submission (the ASN, their supervisor,
// the operator of their unit, an admin). Anyone else, signed in or not, gets a plain 404, so the answer
// does not reveal whether the submission exists.
const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  const { id } = await params;
  const file = viewer ? await externalFileFor(viewer, id) : null;
  if (!file) return notFound();
  const bytes = await fileStorage().get(file.fileKey);
  if (!bytes) {
    console.error(`[berkas] file missing for external training ${id}`);
    return notFound();
  }
  return new Response(bytes, {
    headers: {
      "Content-Type": file.fileType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
