import "server-only";
import type { Viewer } from "@/lib/auth/load-viewer";
import { CONTENT_TYPES } from "@/lib/export/http";
import { toXlsx, type Column } from "@/lib/export/table";
import { hasPermission } from "@/lib/auth/permissions";
import { batchLearning, type LearningRow } from "./queries";
import { SHEET_COLUMNS } from "./sheet";

// The score template of a batch: NIP (as text, so Excel keeps all 18 digits), Nama, Pre-test, Post-test,
// one row per confirmed participant, prefilled with the scores already recorded. lib/learning/sheet.ts reads it back.

const COLUMNS: Column<LearningRow>[] = [
  { header: SHEET_COLUMNS[0], kind: "text", width: 22, value: (r) => r.nip },
  { header: SHEET_COLUMNS[1], kind: "text", width: 32, value: (r) => r.name },
  { header: SHEET_COLUMNS[2], kind: "integer", value: (r) => r.preScore },
  { header: SHEET_COLUMNS[3], kind: "integer", value: (r) => r.postScore },
];

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });

/** The whole request with the viewer given: 401 signed out, 403 without record:learning, 404 another agency's batch. */
export async function templateResponse(viewer: Viewer | null, batchId: string): Promise<Response> {
  if (!viewer) return plain(401, "Silakan masuk terlebih dahulu.");
  if (!hasPermission(viewer.roles, "record:learning")) return plain(403, "Templat ini tidak tersedia untuk peran Anda.");
  const learning = await batchLearning(viewer, batchId);
  if (!learning) return plain(404, "Angkatan tidak ditemukan.");
  const body = await toXlsx("Nilai", undefined, COLUMNS, learning.rows);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": CONTENT_TYPES.xlsx,
      "Content-Disposition": `attachment; filename="nilai-angkatan-${batchId.slice(0, 8)}.xlsx"`,
      "Cache-Control": "private, no-store",
    },
  });
}
