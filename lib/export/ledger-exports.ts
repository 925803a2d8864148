import "server-only";
// Exports of ledger entries: an ASN's own JP entries (the SIASN-shaped course history is in ./siasn-export.ts).
import type { Viewer } from "@/lib/auth/load-viewer";
import { hasPermission } from "@/lib/auth/permissions";
import type { Column } from "./format";
import { heading } from "./heading";
import { ownLedger, type OwnLedgerLine } from "./jp-queries";
import { siasnCourseKind } from "./siasn-rules";
import { noParams, type ExportSpec } from "./spec";

// The SIASN export lives in ./siasn-export.ts; named here too for the callers that know it from this file.
export { SIASN_COLUMNS, siasnExport } from "./siasn-export";

export const SOURCE_LABELS: Record<OwnLedgerLine["source"], string> = {
  BATCH: "Internal",
  EXTERNAL: "Eksternal",
  CORRECTION: "Koreksi",
  IMPORT: "Impor riwayat",
};

type OwnRow = Omit<OwnLedgerLine, "date" | "source"> & { date: Date | null; source: string };

export const OWN_LEDGER_COLUMNS: readonly Column<OwnRow>[] = [
  { header: "Tanggal", kind: "date", value: (r) => r.date },
  { header: "Judul", kind: "text", width: 44, value: (r) => r.title },
  { header: "Sumber", kind: "text", width: 12, value: (r) => r.source },
  { header: "Kode jalur", kind: "text", width: 10, value: (r) => r.routeCode },
  { header: "Jalur pengembangan", kind: "text", width: 26, value: (r) => (r.routeCode ? siasnCourseKind(r.routeCode) : null) },
  { header: "Menit", kind: "integer", value: (r) => r.minutes },
  { header: "JP", kind: "jp", value: (r) => r.minutes },
  { header: "Alasan", kind: "text", width: 30, value: (r) => r.reason },
];

/** GET /api/ekspor/jp-saya: the signed-in ASN's own entries of the year, with a closing "Jumlah" row. */
export const ownLedgerExport: ExportSpec<Record<string, never>> = {
  params: [],
  allowed: (viewer: Viewer) => Boolean(viewer.employeeId) && hasPermission(viewer.roles, "read:compliance"),
  parse: noParams,
  async build(viewer, { year }) {
    const lines = await ownLedger(viewer, year);
    const rows: OwnRow[] = lines.map((l) => ({ ...l, source: SOURCE_LABELS[l.source] }));
    const total = lines.reduce((sum, l) => sum + l.minutes, 0);
    rows.push({ date: null, title: "Jumlah", source: "", routeCode: "", minutes: total, reason: null });
    return {
      filename: `jp-saya-${year}`,
      sheetName: `JP saya ${year}`,
      title: await heading(viewer, `Riwayat JP tahun ${year}`, viewer.name),
      columns: OWN_LEDGER_COLUMNS,
      rows,
      boldLastRow: true,
    };
  },
};
