import "server-only";
// GET /api/ekspor/rencana/[year]/lampiran?versi=n: the XLSX annex of one version of the year's plan (by default the
// latest approved one), for agency-wide readers of plans (read:plan: ADMIN, PLAN_APPROVER). Decision 0038.
import { randomUUID } from "node:crypto";
import type { Viewer } from "@/lib/auth/load-viewer";
import { CONTENT_TYPES } from "@/lib/export/http";
import { id as messages } from "@/lib/i18n/messages/id";
import { annexLabels } from "./annex-labels";
import { parseAnnexRequest, annexFilename } from "./annex-params";
import { loadAnnex, mayReadAnnex } from "./annex-queries";
import { buildAnnex } from "./annex-rules";
import { annexWorkbook } from "./annex-xlsx";

const NO_STORE = { "Cache-Control": "private, no-store" };
const plain = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...NO_STORE } });

/** The annex file of the viewer's agency's plan of `year`, version `version` (latest approved when undefined); null when not found. */
export async function annexFile(viewer: Viewer, year: number, version?: number): Promise<{ filename: string; body: Buffer } | null> {
  const data = await loadAnnex(viewer, year, version);
  if (!data) return null;
  const doc = buildAnnex(data, annexLabels(messages), "id-ID");
  return { filename: annexFilename(year, data.version.number), body: await annexWorkbook(doc, messages.planDocuments.doc) };
}

/** What the route does, with the viewer given: 401, 403, 400, 404, the file, or 500 with an id. */
export async function respondAnnex(viewer: Viewer | null, yearParam: string, search: URLSearchParams): Promise<Response> {
  if (!viewer) return plain(401, "Silakan masuk terlebih dahulu.");
  if (!mayReadAnnex(viewer)) return plain(403, "Ekspor ini tidak tersedia untuk peran Anda.");
  const request = parseAnnexRequest(yearParam, search);
  if (!request.ok) return plain(400, request.message);
  try {
    const file = await annexFile(viewer, request.value.year, request.value.version);
    if (!file) return plain(404, "Rencana atau versi ini tidak ditemukan.");
    return new Response(new Uint8Array(file.body), {
      headers: { "Content-Type": CONTENT_TYPES.xlsx, "Content-Disposition": `attachment; filename="${file.filename}.xlsx"`, ...NO_STORE },
    });
  } catch (error) {
    const id = randomUUID().slice(0, 8);
    console.error(`[export] error ${id}`, error);
    return plain(500, `Ekspor gagal dibuat (kode ${id}). Silakan coba lagi.`);
  }
}
