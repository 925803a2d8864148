import "server-only";
// GET /api/ekspor/siasn: the year's credited courses shaped like BKN SIASN's riwayat kursus/diklat, for the
// compliance pages' "Unduh format SIASN" button (the year and, on the list, the unit the page shows).
import { db } from "@/lib/db";
import type { Column } from "./format";
import { heading } from "./heading";
import { collect, optionalId } from "./params";
import { siasnCourses } from "./siasn-queries";
import { siasnCourseGroup, siasnCourseKind, siasnLocation, type SiasnCourse } from "./siasn-rules";
import { MANAGER_ROLES, type ExportSpec } from "./spec";

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

/**
 * Admins (agency) and operators (their unit), optionally narrowed to one unit's subtree (`unitId`), which stays
 * inside the viewer's scope: an operator asking for another OPD gets an empty file, never its rows.
 */
export const siasnExport: ExportSpec<{ unitId: string | undefined }> = {
  params: ["unitId"],
  allowed: (viewer) => viewer.roles.some((r) => MANAGER_ROLES.includes(r)),
  parse: (search) => collect({ unitId: optionalId(search, "unitId") }),
  async build(viewer, { year }, { unitId }) {
    const unit = unitId ? await db.orgUnit.findFirst({ where: { id: unitId, agencyId: viewer.agencyId }, select: { name: true } }) : null;
    return {
      filename: `siasn-riwayat-kursus-${year}`,
      sheetName: `Riwayat kursus ${year}`,
      title: await heading(viewer, `Riwayat diklat/kursus ASN tahun ${year} (format SIASN)`, ...(unitId ? [`Unit: ${unit?.name ?? "(tidak ditemukan)"}`] : [])),
      columns: SIASN_COLUMNS,
      rows: await siasnCourses(viewer, year, { unitId }),
    };
  },
};
