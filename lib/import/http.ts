import "server-only";
// The import routes' answers (app/api/impor/**): plain-text refusals in Bahasa Indonesia, never cached, and
// files as attachments. 401 signed out, 403 not an importer, 404 not in the viewer's agency.
import type { Viewer } from "@/lib/auth/load-viewer";
import { hasPermission } from "@/lib/auth/permissions";
import { attachmentDisposition } from "./page-rules";

const NO_STORE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

export function plainResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...NO_STORE } });
}

/** null when the viewer may use the import routes, else the refusal to send. */
export function importRouteRefusal(viewer: Viewer | null): Response | null {
  if (!viewer) return plainResponse(401, "Silakan masuk terlebih dahulu.");
  if (!hasPermission(viewer.roles, "import:records")) return plainResponse(403, "Impor data hanya untuk admin instansi.");
  return null;
}

export const notFoundResponse = () => plainResponse(404, "Impor tidak ditemukan.");

export function attachmentResponse(file: { fileName: string; contentType: string; bytes: Uint8Array }): Response {
  return new Response(new Uint8Array(file.bytes), {
    headers: { "Content-Type": file.contentType, "Content-Disposition": attachmentDisposition(file.fileName), "Content-Length": String(file.bytes.byteLength), ...NO_STORE },
  });
}

export function jsonResponse(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value), { status, headers: { "Content-Type": "application/json; charset=utf-8", ...NO_STORE } });
}

/** A route's [runId] that is not a UUID names no run: answer 404 before asking the database. */
export const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
