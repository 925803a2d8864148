import "server-only";
// Turns an export spec into a route handler: viewer → permission → parameters → table → file.
// 401 signed out, 403 not allowed, 400 bad parameters (with a message saying what is accepted).
import { randomUUID } from "node:crypto";
import type { Viewer } from "@/lib/auth/load-viewer";
import { getViewer } from "@/lib/auth/viewer";
import { isAppError } from "@/lib/errors";
import { calendarToday } from "@/lib/time";
import { toCsv, toWorkbook, toXlsx, type SheetSpec } from "./table";
import { parseBaseParams, type ExportFormat } from "./params";
import type { ExportSpec, ExportTable } from "./spec";

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

const NO_STORE = { "Cache-Control": "private, no-store" };

function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...NO_STORE } });
}

/** The file of a built table. The filename is ASCII (year and fixed words), so no RFC 5987 form is needed. */
export async function fileResponse(table: ExportTable<unknown>, format: ExportFormat): Promise<Response> {
  const body =
    format === "xlsx"
      ? new Uint8Array(await toXlsx(table.sheetName, table.title, table.columns, table.rows, { boldLastRow: table.boldLastRow }))
      : toCsv(table.columns, table.rows);
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${table.filename}.${format}"`,
      ...NO_STORE,
    },
  });
}

/** The whole request, with the viewer given: what the route does, callable from tests without a session. */
export async function respond<P>(request: Request, viewer: Viewer | null, spec: ExportSpec<P>): Promise<Response> {
  if (!viewer) return plain(401, "Silakan masuk terlebih dahulu.");
  if (!spec.allowed(viewer)) return plain(403, "Ekspor ini tidak tersedia untuk peran Anda.");
  const search = new URL(request.url).searchParams;
  const base = parseBaseParams(search, spec.params, calendarToday().getUTCFullYear());
  if (!base.ok) return plain(400, base.message);
  const params = spec.parse(search);
  if (!params.ok) return plain(400, params.message);
  try {
    return await fileResponse(await spec.build(viewer, base.value, params.value), base.value.format);
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") return plain(403, "Ekspor ini tidak tersedia untuk peran Anda.");
    const id = randomUUID().slice(0, 8);
    console.error(`[export] error ${id}`, error);
    return plain(500, `Ekspor gagal dibuat (kode ${id}). Silakan coba lagi.`);
  }
}

/** `export const GET = exportRoute(spec)` in app/api/ekspor/<name>/route.ts. */
export function exportRoute<P>(spec: ExportSpec<P>): (request: Request) => Promise<Response> {
  return async (request) => respond(request, await getViewer(), spec);
}

/** A workbook of several sheets about one record (a batch, a program), named by the route's id. */
export type WorkbookSpec = {
  allowed(viewer: Viewer): boolean;
  /** null when the record is not found in the viewer's agency (404). */
  build(viewer: Viewer, id: string): Promise<{ filename: string; sheets: SheetSpec<unknown>[] } | null>;
};

/** What a workbook route does, with the viewer given: 401, 403, 404, the file, or 500 with an id. */
export async function respondWorkbook(viewer: Viewer | null, spec: WorkbookSpec, id: string): Promise<Response> {
  if (!viewer) return plain(401, "Silakan masuk terlebih dahulu.");
  if (!spec.allowed(viewer)) return plain(403, "Ekspor ini tidak tersedia untuk peran Anda.");
  try {
    const file = await spec.build(viewer, id);
    if (!file) return plain(404, "Data tidak ditemukan atau di luar wewenang Anda.");
    return new Response(new Uint8Array(await toWorkbook(file.sheets)), {
      headers: { "Content-Type": CONTENT_TYPES.xlsx, "Content-Disposition": `attachment; filename="${file.filename}.xlsx"`, ...NO_STORE },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") return plain(403, "Ekspor ini tidak tersedia untuk peran Anda.");
    const errorId = randomUUID().slice(0, 8);
    console.error(`[export] error ${errorId}`, error);
    return plain(500, `Ekspor gagal dibuat (kode ${errorId}). Silakan coba lagi.`);
  }
}
