import "server-only";
// Exports of ledger entries: the SIASN-shaped course history of a year, and an ASN's own JP entries.
import type { Viewer } from "@/lib/auth/load-viewer";
import { hasPermission } from "@/lib/auth/permissions";
import type { Column } from "./format";
import { heading } from "./heading";
import { ownLedger, type OwnLedgerLine } from "./jp-queries";
import { siasnCourses } from "./siasn-queries";
import { siasnCourseGroup, siasnCourseKind, siasnLocation, type SiasnCourse } from "./siasn-rules";
import { MANAGER_ROLES, noParams, type ExportSpec } from "./spec";

/** Shaped like SIASN's riwayat kursus/diklat (DOMAIN.md); the NIP stays 18 bare digits, as SIASN keys it. */
export const SIASN_COLUMNS: readonly Column<SiasnCourse>[] = [
  { header: "NIP", kind: "text", width: 20, value: (c) => c.nip },
  { header: "Nama", kind: "text", width: 30, value: (c) => c.name },
  { header: "Jenis Diklat", kind: "text", width: 20, value: (c) => siasnCourseGroup(c.routeCode) },
  { header: "Jenis Kursus", kind: "text", width: 24, value: (c) => siasnCourseKind(c.routeCode) },
  { header: "Nama Kursus", kind: "text", width: 40, value: (c) => c.title },
  { header: "Jumlah Jam", kind: "jp", value: (c) => c.minutes },
  { header: "Nomor Sertifikat", kind: "text", width: 22, value: (c) => c.certificateNumber },
  // Text, not an integer: "#,##0" would show 2025 as "2.025".
  { header: "Tahun", kind: "text", width: 8, value: (c) => String(c.year) },
  { header: "Tanggal Mulai", kind: "date", value: (c) => c.startDate },
  { header: "Tanggal Selesai", kind: "date", value: (c) => c.endDate },
  { header: "Instansi Penyelenggara", kind: "text", width: 30, value: (c) => c.organiser },
  { header: "Lokasi", kind: "text", width: 24, value: (c) => siasnLocation(c) },
];

/** GET /api/ekspor/siasn: the year's credited courses, net of corrections. Admins (agency) and operators (unit). */
export const siasnExport: ExportSpec<Record<string, never>> = {
  params: [],
  allowed: (viewer) => viewer.roles.some((r) => MANAGER_ROLES.includes(r)),
  parse: noParams,
  async build(viewer, { year }) {
    return {
      filename: `siasn-riwayat-kursus-${year}`,
      sheetName: `Riwayat kursus ${year}`,
      title: await heading(viewer, `Riwayat diklat/kursus ASN tahun ${year} (format SIASN)`),
      columns: SIASN_COLUMNS,
      rows: await siasnCourses(viewer, year),
    };
  },
};

export const SOURCE_LABELS: Record<OwnLedgerLine["source"], string> = {
  BATCH: "Internal",
  EXTERNAL: "Eksternal",
  CORRECTION: "Koreksi",
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
