import "server-only";
// The upload route's work (app/api/impor/unggah/[kind]): the file arrives as the raw request body, named by the
// X-File-Name header, so it is held only to the kind's own limit (30 MB for an ASN export), not to what a server
// action can carry. The body is read as a stream and abandoned as soon as it passes the limit; then the file goes
// the same way as every upload (lib/import/service.ts uploadImport: startImport through executeCommand, then the
// check at once or as a job).
import { runServerCall, type ActionState } from "@/lib/action";
import { refuseOtherOrigin } from "@/lib/http/action-guard";
import { interpolate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { jsonResponse, notFoundResponse, plainResponse } from "./http";
import { IMPORT_KINDS } from "./kinds";
import { megabytes } from "./limits";
import { checkUpload, type UploadCheck } from "./page-rules";
import { startImportCheck } from "./service";

export const FILE_NAME_HEADER = "x-file-name";

/** The body's bytes, or null once more than `limit` of them have arrived (the rest is never read). */
export async function readBodyWithin(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

const decodeName = (header: string | null) => {
  try {
    return header ? decodeURIComponent(header) : "";
  } catch {
    return header ?? "";
  }
};

/** Takes one upload for `kindName` (the route has refused anyone who may not import): 201 with the run, or 400/413 with why. */
export async function receiveUpload(kindName: string, request: Request): Promise<Response> {
  const kind = Object.hasOwn(IMPORT_KINDS, kindName) ? IMPORT_KINDS[kindName] : undefined;
  if (!kind) return notFoundResponse();
  // A cross-site form cannot set X-File-Name without a preflight this route never answers; the origin check is a second lock.
  if (refuseOtherOrigin(request.headers)) return plainResponse(403, "Unggahan dari situs lain ditolak.");
  if (!request.headers.has(FILE_NAME_HEADER)) return plainResponse(400, "Unggahan tidak lengkap: nama berkas (X-File-Name) tidak dikirim.");
  const m = await getMessages();
  const limit = kind.limits.uploadBytes;
  const refuse = (reason: Exclude<UploadCheck, { ok: true }>["reason"]) => {
    const state: ActionState = { ok: false, message: m.common.invalid, fieldErrors: { file: [interpolate(m.importUi.upload[reason], { size: megabytes(limit) })] } };
    return jsonResponse(state, reason === "fileTooLarge" ? 413 : 400);
  };
  const name = decodeName(request.headers.get(FILE_NAME_HEADER));
  const declared = Number(request.headers.get("content-length"));
  const early = checkUpload({ name, size: Number.isFinite(declared) && declared > 0 ? declared : 1 }, limit);
  if (!early.ok) return refuse(early.reason);
  const bytes = await readBodyWithin(request, limit);
  if (!bytes) return refuse("fileTooLarge");
  const check = checkUpload({ name, size: bytes.byteLength }, limit);
  if (!check.ok) return refuse(check.reason);
  const file = new File([bytes as Uint8Array<ArrayBuffer>], name);
  const state = await runServerCall("startImport", (viewer) => startImportCheck(viewer, { kind: kind.kind, file }));
  if (!state.ok || !state.data) return jsonResponse(state, 400);
  return jsonResponse({ ok: true, runId: state.data.runId, location: `/admin/impor/proses/${state.data.runId}` }, 201);
}
