// How a ledger course maps onto BKN SIASN's training history ("riwayat diklat/kursus"). Pure.
//
// PROVISIONAL: this table is our own reading of Peraturan LAN 10/2018's route codes against the groups SIASN
// shows ("jenis diklat"). When the real SIASN integration is built, BKN's reference code tables (jenis diklat,
// jenis kursus, with their ids) must replace it; see docs/decisions/0006-exports-exceljs.md.
import type { RouteCode } from "@/lib/generated/prisma/enums";
import { trainingLabelsId } from "@/lib/i18n/messages/training-labels.id";

export const SIASN_COURSE_GROUPS: Record<RouteCode, string> = {
  KL01: "Diklat Struktural", // pelatihan kepemimpinan: PKN I/II, PKA, PKP
  KL02: "Diklat Manajerial",
  KL03: "Diklat Teknis",
  KL04: "Diklat Fungsional",
  KL05: "Diklat Sosial Kultural",
  KL06: "Seminar",
  KL07: "Workshop",
  KL08: "Kursus",
  KL09: "Penataran",
  KL10: "Diklat Teknis", // bimbingan teknis
  KL11: "Sosialisasi",
  KL12: "Kursus",
  NKL01: "Kursus",
  NKL02: "Kursus",
  NKL03: "Kursus",
  NKL04: "Kursus",
  NKL05: "Magang",
  NKL06: "Kursus",
  NKL07: "Kursus",
  NKL08: "Magang",
  NKL09: "Kursus",
  NKL10: "Kursus",
  NKL11: "Kursus",
  NKL12: "Magang",
  NKL13: "Kursus",
};

/** SIASN's "jenis diklat" for a route code; an unknown code falls back to "Kursus". */
export function siasnCourseGroup(code: string): string {
  return (SIASN_COURSE_GROUPS as Record<string, string | undefined>)[code] ?? "Kursus";
}

/** SIASN's "jenis kursus": the route's own name (Peraturan LAN 10/2018), e.g. "Bimbingan teknis". */
export function siasnCourseKind(code: string): string {
  return (trainingLabelsId.routes as Record<string, string | undefined>)[code] ?? code;
}

/** One course of one ASN, net of corrections, as the SIASN query returns it. */
export type SiasnCourse = {
  nip: string;
  name: string;
  routeCode: string;
  title: string;
  /** Net minutes credited (> 0). */
  minutes: number;
  /** Internal training: the certificate issued for the participation; external: its own certificate's number. */
  certificateNumber: string | null;
  year: number;
  startDate: Date;
  endDate: Date;
  organiser: string;
  /** The batch's venue or the external training's location. */
  location: string | null;
  /** A batch held only online (no venue, an online link). */
  online: boolean;
};

/** The "Lokasi" field: the venue, "Daring" for an online-only batch, else empty. */
export function siasnLocation(course: Pick<SiasnCourse, "location" | "online">): string | null {
  const place = course.location?.trim();
  if (place) return place;
  return course.online ? "Daring" : null;
}
