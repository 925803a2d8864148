import "server-only";
// The filtered audit trail as an XLSX file, streamed: rows are read 1,000 at a time down the same keyset as the
// page and written by exceljs's streaming writer as they come, so memory stays flat up to the cap.
import { randomUUID } from "node:crypto";
import { PassThrough, Readable, type Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { Viewer } from "@/lib/auth/load-viewer";
import { hasPermission } from "@/lib/auth/permissions";
import { formatNumber, interpolate, type Locale } from "@/lib/i18n/format";
import { en } from "@/lib/i18n/messages/en";
import { id, type Messages } from "@/lib/i18n/messages/id";
import { FILTER_NAMES, parseAuditFilters, type AuditCursor, type AuditFilters } from "./filters";
import { formatDateTime } from "./format";
import { presentAuditRows, type AuditEntryView } from "./present";
import { exceedsCap, listAuditPage } from "./queries";
import { changeLine } from "./readable";

/** At most this many rows, newest first; the file says so when there were more. */
export const EXPORT_CAP = 50_000;
const CHUNK = 1_000;

/** The entries the export holds, chunk by chunk, newest first, at most `cap`. */
export async function* auditExportEntries(viewer: Viewer, filters: AuditFilters, m: Messages, locale: Locale, cap = EXPORT_CAP): AsyncGenerator<AuditEntryView[]> {
  let older: AuditCursor | undefined;
  let written = 0;
  while (written < cap) {
    const page = await listAuditPage(viewer, { filters, older, limit: Math.min(CHUNK, cap - written) });
    if (!page.rows.length) return;
    yield await presentAuditRows(viewer.agencyId, page.rows, m, locale);
    written += page.rows.length;
    if (!page.older) return;
    older = page.older;
  }
}

/** One entry as the sheet's cells, in the column order of `exportHeaders`. */
export function exportCells(entry: AuditEntryView, t: Messages["audit"]): string[] {
  return [
    entry.at,
    entry.actor?.name ?? t.list.system,
    entry.actor?.detail ?? "",
    entry.action,
    entry.entity,
    entry.record ?? "",
    entry.entityId,
    entry.changes.map((c) => changeLine(c, t.list.arrow)).join("\n"),
  ];
}

const exportHeaders = (t: Messages["audit"]) => {
  const c = t.export.columns;
  return [c.when, c.actor, c.actorId, c.action, c.entity, c.record, c.entityId, c.changes];
};
const WIDTHS = [22, 28, 24, 22, 22, 32, 38, 80];

function describeFilters(filters: AuditFilters, t: Messages["audit"]): string {
  const labels: Record<string, string> = {
    q: t.filters.actor, entity: t.filters.entity, entityId: t.filters.entityId, action: t.filters.action, from: t.filters.from, to: t.filters.to,
    employeeId: "employeeId", batchId: "batchId",
  };
  const parts = FILTER_NAMES.filter((n) => filters[n]).map((n) => `${labels[n]} = ${filters[n]}`);
  return interpolate(t.export.filtersLine, { filters: parts.length ? parts.join("; ") : t.export.noFilters });
}

/** Writes the workbook to `stream`; returns the number of data rows. */
export async function writeAuditWorkbook(stream: Writable, viewer: Viewer, filters: AuditFilters, m: Messages, locale: Locale, cap = EXPORT_CAP): Promise<number> {
  const t = m.audit;
  const capped = await exceedsCap(viewer, filters, cap);
  const title = [
    `${t.export.title} · ${viewer.agencyName}`,
    interpolate(t.export.exportedAt, { at: formatDateTime(new Date(), locale) }),
    describeFilters(filters, t),
    ...(capped ? [interpolate(t.export.capped, { max: formatNumber(cap, locale) })] : []),
  ];
  const headerRow = title.length + 2;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = "Bangkom";
  const sheet = workbook.addWorksheet(t.export.sheet, { views: [{ state: "frozen", ySplit: headerRow }] });
  WIDTHS.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  title.forEach((text, i) => {
    const row = sheet.getRow(i + 1);
    row.getCell(1).value = text;
    row.font = { bold: i === 0 || (capped && i === title.length - 1), size: i === 0 ? 14 : 11, color: capped && i === title.length - 1 ? { argb: "FF9A3412" } : undefined };
    row.commit();
  });
  const header = sheet.getRow(headerRow);
  exportHeaders(t).forEach((text, i) => (header.getCell(i + 1).value = text));
  header.font = { bold: true };
  header.commit();
  let n = 0;
  for await (const chunk of auditExportEntries(viewer, filters, m, locale, cap)) {
    for (const entry of chunk) {
      const row = sheet.getRow(headerRow + 1 + n);
      exportCells(entry, t).forEach((value, i) => (row.getCell(i + 1).value = value));
      row.getCell(8).alignment = { wrapText: true, vertical: "top" };
      row.commit();
      n += 1;
    }
  }
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + n, column: WIDTHS.length } };
  sheet.commit();
  await workbook.commit();
  return n;
}

const NO_STORE = { "Cache-Control": "private, no-store" };
const plain = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...NO_STORE } });

/** The reader's language, from the locale cookie the request carries (read here: a route has no page context). */
export function requestLanguage(request: Request): { m: Messages; locale: Locale } {
  const cookie = request.headers.get("cookie") ?? "";
  return /(?:^|;\s*)bangkom-locale=en(?:;|$)/.test(cookie) ? { m: en, locale: "en" } : { m: id, locale: "id" };
}

/** The whole export request with the viewer given: 401, 403, 400 (unknown or bad filter), or the streamed file. */
export async function respondAuditExport(request: Request, viewer: Viewer | null, m: Messages, locale: Locale): Promise<Response> {
  if (!viewer) return plain(401, "Silakan masuk terlebih dahulu.");
  if (!hasPermission(viewer.roles, "read:audit-log")) return plain(403, "Ekspor ini tidak tersedia untuk peran Anda.");
  const search = new URL(request.url).searchParams;
  for (const name of new Set(search.keys())) {
    if (!(FILTER_NAMES as readonly string[]).includes(name)) return plain(400, `Parameter tidak dikenal: "${name}". Yang diterima: ${FILTER_NAMES.join(", ")}.`);
    if (search.getAll(name).length > 1) return plain(400, `Parameter "${name}" hanya boleh diberikan sekali.`);
  }
  const { filters, errors } = parseAuditFilters((name) => search.get(name), m.audit);
  if (errors.length) return plain(400, errors.join(" "));
  const pass = new PassThrough();
  writeAuditWorkbook(pass, viewer, filters, m, locale).catch((error: unknown) => {
    const id = randomUUID().slice(0, 8);
    console.error(`[export audit] error ${id}`, error);
    pass.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(Readable.toWeb(pass) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="jejak-audit-${day}.xlsx"`,
      ...NO_STORE,
    },
  });
}
