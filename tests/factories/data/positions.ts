/**
 * Demo position (jabatan) vocabulary for Bangkom: position types, title templates per unit kind,
 * pengawas / pelaksana / fungsional titles, and plausible golongan ranges.
 *
 * Title templates use two placeholders:
 *   {unit}  – the unit's full name            ("Dinas Perhubungan"  → "Kepala Dinas Perhubungan")
 *   {place} – the unit's name without the prefix in UNIT_NAME_PREFIX_BY_KIND
 *             ("Kecamatan Tembalang" → "Camat Tembalang", "Kelurahan Bulusan" → "Lurah Bulusan")
 * Pure data: no I/O.
 */

import type { PositionType } from "@/lib/generated/prisma/enums";
import type { UnitKind } from "./org";

// The position types are the schema's enum; lib/people/enums.ts lists them in display order.
export type { PositionType };

export type FungsionalType = Extract<PositionType, `FUNGSIONAL_${string}`>;

/** Grade name as it appears at the end of a functional position title. */
export const FUNGSIONAL_GRADE_LABEL: Record<FungsionalType, string> = {
  FUNGSIONAL_AHLI_PERTAMA: "Ahli Pertama",
  FUNGSIONAL_AHLI_MUDA: "Ahli Muda",
  FUNGSIONAL_AHLI_MADYA: "Ahli Madya",
  FUNGSIONAL_AHLI_UTAMA: "Ahli Utama",
  FUNGSIONAL_PEMULA: "Pemula",
  FUNGSIONAL_TERAMPIL: "Terampil",
  FUNGSIONAL_MAHIR: "Mahir",
  FUNGSIONAL_PENYELIA: "Penyelia",
};

/** A title with {unit}/{place} placeholders and the position type it carries. */
export type PositionTemplate = { type: PositionType; title: string };

/** Prefix stripped from a unit's name to obtain {place}. */
export const UNIT_NAME_PREFIX_BY_KIND: Partial<Record<UnitKind, string>> = {
  KECAMATAN: "Kecamatan ",
  KELURAHAN: "Kelurahan ",
};

/**
 * Head of a unit, by unit kind. In Kota Semarang the lurah is a pengawas (eselon IV) position and the
 * kepala UPTD is a pengawas too; a kepala bidang / kepala bagian / camat is an administrator.
 * HEAD_TITLE_OVERRIDES wins over this table.
 */
export const HEAD_TITLE_BY_UNIT_KIND: Record<UnitKind, PositionTemplate> = {
  OPD: { type: "JPT_PRATAMA", title: "Kepala {unit}" },
  BIDANG: { type: "ADMINISTRATOR", title: "Kepala {unit}" },
  KECAMATAN: { type: "ADMINISTRATOR", title: "Camat {place}" },
  KELURAHAN: { type: "PENGAWAS", title: "Lurah {place}" },
  UPTD: { type: "PENGAWAS", title: "Kepala {unit}" },
};

/** Head titles that do not follow the template, keyed by unit code (see org.ts). */
export const HEAD_TITLE_OVERRIDES: Record<string, PositionTemplate> = {
  SETDA: { type: "JPT_PRATAMA", title: "Sekretaris Daerah" },
  "BKPP-SEK": { type: "ADMINISTRATOR", title: "Sekretaris Badan Kepegawaian, Pendidikan dan Pelatihan" },
  "SATPOLPP-SEK": { type: "ADMINISTRATOR", title: "Sekretaris Satuan Polisi Pamong Praja" },
};

/**
 * Secretary of a kecamatan / kelurahan (a position inside the unit itself). An OPD's secretary heads the
 * OPD's own "-SEK" child unit instead (see HEAD_TITLE_OVERRIDES); Sekretariat Daerah has none.
 */
export const SECRETARY_TITLE_BY_UNIT_KIND: Partial<Record<UnitKind, PositionTemplate>> = {
  KECAMATAN: { type: "ADMINISTRATOR", title: "Sekretaris Kecamatan {place}" },
  KELURAHAN: { type: "PENGAWAS", title: "Sekretaris Kelurahan {place}" },
};

/**
 * Pengawas titles (all of type PENGAWAS) by the kind of unit they sit in. For a BIDANG this generic list
 * is meant for sekretariat / bagian units; SUB_HEAD_TITLES_BY_UNIT gives the specific ones.
 * Badan use "Kepala Subbidang", dinas use "Kepala Seksi", sekretariat and bagian use "Kepala Subbagian".
 */
export const SUB_HEAD_TITLES: Record<UnitKind, string[]> = {
  OPD: [
    "Kepala Subbagian Umum dan Kepegawaian",
    "Kepala Subbagian Keuangan",
    "Kepala Subbagian Perencanaan dan Evaluasi",
  ],
  BIDANG: [
    "Kepala Subbagian Umum dan Kepegawaian",
    "Kepala Subbagian Keuangan dan Aset",
    "Kepala Subbagian Perencanaan dan Pelaporan",
  ],
  KECAMATAN: [
    "Kepala Seksi Pemerintahan",
    "Kepala Seksi Ketenteraman dan Ketertiban Umum",
    "Kepala Seksi Kesejahteraan Sosial",
    "Kepala Seksi Pemberdayaan Masyarakat",
    "Kepala Seksi Pelayanan Umum",
    "Kepala Subbagian Umum dan Kepegawaian",
    "Kepala Subbagian Perencanaan dan Keuangan",
  ],
  KELURAHAN: [
    "Kepala Seksi Pemerintahan, Ketenteraman dan Ketertiban Umum",
    "Kepala Seksi Pemberdayaan Masyarakat dan Kesejahteraan Sosial",
    "Kepala Seksi Pembangunan",
  ],
  UPTD: ["Kepala Subbagian Tata Usaha"],
};

/** Specific pengawas titles for particular units, keyed by unit code (see org.ts). */
export const SUB_HEAD_TITLES_BY_UNIT: Record<string, string[]> = {
  "BKPP-PIK": ["Kepala Subbidang Pengadaan dan Pemberhentian", "Kepala Subbidang Data dan Informasi Kepegawaian"],
  "BKPP-MUTASI": ["Kepala Subbidang Mutasi", "Kepala Subbidang Promosi dan Pengembangan Karier"],
  "BKPP-DIKLAT": [
    "Kepala Subbidang Pengembangan Kompetensi Manajerial dan Fungsional",
    "Kepala Subbidang Pengembangan Kompetensi Teknis",
  ],
  "BKPP-PKA": ["Kepala Subbidang Penilaian Kinerja Aparatur", "Kepala Subbidang Penghargaan dan Disiplin"],
  "SETDA-PEM": ["Kepala Subbagian Administrasi Pemerintahan", "Kepala Subbagian Otonomi Daerah dan Kerja Sama"],
  "SETDA-HUKUM": [
    "Kepala Subbagian Perundang-undangan",
    "Kepala Subbagian Bantuan Hukum",
    "Kepala Subbagian Dokumentasi dan Informasi Hukum",
  ],
  "SETDA-ORG": [
    "Kepala Subbagian Kelembagaan dan Analisis Jabatan",
    "Kepala Subbagian Reformasi Birokrasi dan Akuntabilitas Kinerja",
  ],
  "SETDA-PBJ": [
    "Kepala Subbagian Pengelolaan Pengadaan Barang/Jasa",
    "Kepala Subbagian Layanan Pengadaan Secara Elektronik",
  ],
  "SATPOLPP-GAKDA": ["Kepala Seksi Pembinaan dan Penyuluhan", "Kepala Seksi Penyelidikan dan Penyidikan"],
  "SATPOLPP-TRANTIB": ["Kepala Seksi Operasi dan Pengendalian", "Kepala Seksi Kerja Sama"],
  "DISKOMINFO-APTIKA": ["Kepala Seksi Pengembangan Aplikasi", "Kepala Seksi Infrastruktur dan Teknologi"],
  "DISKOMINFO-STAT": ["Kepala Seksi Statistik Sektoral", "Kepala Seksi Pengelolaan Data"],
  "DISKOMINFO-SANDI": ["Kepala Seksi Persandian", "Kepala Seksi Keamanan Informasi"],
  "DISHUB-LALIN": ["Kepala Seksi Manajemen dan Rekayasa Lalu Lintas", "Kepala Seksi Pengendalian dan Operasional"],
  "DISHUB-ANGKUTAN": ["Kepala Seksi Angkutan Orang", "Kepala Seksi Angkutan Barang"],
  "DISDUKCAPIL-DAFDUK": ["Kepala Seksi Identitas Penduduk", "Kepala Seksi Pindah Datang Penduduk"],
  "DISDUKCAPIL-CAPIL": ["Kepala Seksi Kelahiran dan Kematian", "Kepala Seksi Perkawinan dan Perceraian"],
  "DISDUKCAPIL-PIAK": [
    "Kepala Seksi Sistem Informasi Administrasi Kependudukan",
    "Kepala Seksi Pengolahan dan Penyajian Data Kependudukan",
  ],
  "BPKAD-ANGGARAN": ["Kepala Subbidang Anggaran Pendapatan dan Pembiayaan", "Kepala Subbidang Anggaran Belanja"],
  "BPKAD-AKUNTANSI": ["Kepala Subbidang Akuntansi", "Kepala Subbidang Pelaporan Keuangan"],
  "BPKAD-ASET": ["Kepala Subbidang Penatausahaan Aset", "Kepala Subbidang Pemanfaatan dan Pengamanan Aset"],
  "BAPPEDA-RENDALEV": ["Kepala Subbidang Perencanaan Makro", "Kepala Subbidang Pengendalian dan Evaluasi"],
  "BAPPEDA-LITBANG": ["Kepala Subbidang Penelitian", "Kepala Subbidang Inovasi Daerah"],
  "DINKES-YANKES": ["Kepala Seksi Pelayanan Kesehatan Primer", "Kepala Seksi Pelayanan Kesehatan Rujukan"],
  "DINKES-KESMAS": ["Kepala Seksi Kesehatan Keluarga dan Gizi", "Kepala Seksi Promosi dan Pemberdayaan Masyarakat"],
};

/**
 * Jabatan pelaksana. Most follow the simplified nomenclature introduced in 2022; a few older names
 * (Pengadministrasi Umum, Bendahara, Pengemudi…) are kept because agencies still carry them in their data.
 */
export const PELAKSANA_TITLES: string[] = [
  "Pengadministrasi Perkantoran",
  "Penata Layanan Operasional",
  "Pengolah Data dan Informasi",
  "Operator Layanan Operasional",
  "Pengelola Layanan Operasional",
  "Pengelola Umum Operasional",
  "Penelaah Teknis Kebijakan",
  "Penata Kelola Sistem dan Teknologi Informasi",
  "Operator Layanan Kesehatan",
  "Pengelola Layanan Kesehatan",
  "Teknisi Sarana dan Prasarana",
  "Pengadministrasi Umum",
  "Pengelola Data",
  "Bendahara",
  "Pengurus Barang",
  "Pengadministrasi Kepegawaian",
  "Pengadministrasi Keuangan",
  "Pengemudi",
  "Petugas Keamanan",
];

export type FungsionalFamily = {
  /** Title stem, e.g. "Pranata Komputer". */
  family: string;
  grades: FungsionalType[];
  /** OPD codes (org.ts) where the position is typical; absent = anywhere. */
  opd?: string[];
};

const AHLI_PERTAMA_SD_MADYA: FungsionalType[] = [
  "FUNGSIONAL_AHLI_PERTAMA",
  "FUNGSIONAL_AHLI_MUDA",
  "FUNGSIONAL_AHLI_MADYA",
];
const AHLI_PERTAMA_SD_UTAMA: FungsionalType[] = [...AHLI_PERTAMA_SD_MADYA, "FUNGSIONAL_AHLI_UTAMA"];
const TERAMPIL_SD_PENYELIA: FungsionalType[] = ["FUNGSIONAL_TERAMPIL", "FUNGSIONAL_MAHIR", "FUNGSIONAL_PENYELIA"];
const PEMULA_SD_PENYELIA: FungsionalType[] = ["FUNGSIONAL_PEMULA", ...TERAMPIL_SD_PENYELIA];

/** Functional position families and the grades each one has (as used in a city government). */
export const FUNGSIONAL_FAMILIES: FungsionalFamily[] = [
  { family: "Analis Kebijakan", grades: AHLI_PERTAMA_SD_UTAMA, opd: ["SETDA", "BAPPEDA"] },
  { family: "Perencana", grades: AHLI_PERTAMA_SD_UTAMA, opd: ["BAPPEDA"] },
  { family: "Widyaiswara", grades: AHLI_PERTAMA_SD_UTAMA, opd: ["BKPP"] },
  { family: "Perancang Peraturan Perundang-undangan", grades: AHLI_PERTAMA_SD_UTAMA, opd: ["SETDA"] },
  { family: "Auditor", grades: [...TERAMPIL_SD_PENYELIA, ...AHLI_PERTAMA_SD_UTAMA] },
  { family: "Pranata Komputer", grades: [...TERAMPIL_SD_PENYELIA, ...AHLI_PERTAMA_SD_MADYA], opd: ["DISKOMINFO"] },
  { family: "Arsiparis", grades: [...TERAMPIL_SD_PENYELIA, ...AHLI_PERTAMA_SD_MADYA], opd: ["SETDA", "BKPP"] },
  { family: "Statistisi", grades: [...TERAMPIL_SD_PENYELIA, ...AHLI_PERTAMA_SD_MADYA], opd: ["DISKOMINFO"] },
  { family: "Sandiman", grades: [...TERAMPIL_SD_PENYELIA, ...AHLI_PERTAMA_SD_MADYA], opd: ["DISKOMINFO"] },
  {
    family: "Pranata Hubungan Masyarakat",
    grades: [...TERAMPIL_SD_PENYELIA, ...AHLI_PERTAMA_SD_MADYA],
    opd: ["DISKOMINFO", "SETDA"],
  },
  { family: "Analis Sumber Daya Manusia Aparatur", grades: AHLI_PERTAMA_SD_MADYA, opd: ["BKPP"] },
  { family: "Asesor Sumber Daya Manusia Aparatur", grades: AHLI_PERTAMA_SD_MADYA, opd: ["BKPP"] },
  { family: "Pengelola Pengadaan Barang/Jasa", grades: AHLI_PERTAMA_SD_MADYA, opd: ["SETDA"] },
  { family: "Analis Keuangan Pusat dan Daerah", grades: AHLI_PERTAMA_SD_MADYA, opd: ["BPKAD"] },
  { family: "Penata Laksana Barang", grades: TERAMPIL_SD_PENYELIA, opd: ["BPKAD"] },
  {
    family: "Administrator Database Kependudukan",
    grades: [...TERAMPIL_SD_PENYELIA, ...AHLI_PERTAMA_SD_MADYA],
    opd: ["DISDUKCAPIL"],
  },
  { family: "Polisi Pamong Praja", grades: [...PEMULA_SD_PENYELIA, ...AHLI_PERTAMA_SD_MADYA], opd: ["SATPOLPP"] },
  {
    family: "Penguji Kendaraan Bermotor",
    grades: [...PEMULA_SD_PENYELIA, ...AHLI_PERTAMA_SD_MADYA],
    opd: ["DISHUB"],
  },
  { family: "Pemadam Kebakaran", grades: [...PEMULA_SD_PENYELIA, "FUNGSIONAL_AHLI_PERTAMA", "FUNGSIONAL_AHLI_MUDA"] },
  {
    family: "Penggerak Swadaya Masyarakat",
    grades: [...TERAMPIL_SD_PENYELIA, ...AHLI_PERTAMA_SD_MADYA],
  },
  { family: "Dokter", grades: AHLI_PERTAMA_SD_UTAMA, opd: ["DINKES"] },
  { family: "Perawat", grades: [...TERAMPIL_SD_PENYELIA, ...AHLI_PERTAMA_SD_MADYA], opd: ["DINKES"] },
  { family: "Bidan", grades: [...TERAMPIL_SD_PENYELIA, ...AHLI_PERTAMA_SD_MADYA], opd: ["DINKES"] },
  { family: "Guru", grades: AHLI_PERTAMA_SD_UTAMA, opd: ["DISDIK"] },
  { family: "Pengawas Sekolah", grades: AHLI_PERTAMA_SD_UTAMA, opd: ["DISDIK"] },
];

/** Every functional title, e.g. "Pranata Komputer Mahir", "Widyaiswara Ahli Madya". Covers all eight grades. */
export const FUNGSIONAL_TITLES: { type: PositionType; name: string; family: string; opd?: string[] }[] =
  FUNGSIONAL_FAMILIES.flatMap((f) =>
    f.grades.map((grade) => ({
      type: grade,
      name: `${f.family} ${FUNGSIONAL_GRADE_LABEL[grade]}`,
      family: f.family,
      ...(f.opd ? { opd: f.opd } : {}),
    })),
  );

/** PNS pangkat/golongan ruang, lowest first. */
export const PNS_GOLONGAN = [
  "I/a", "I/b", "I/c", "I/d",
  "II/a", "II/b", "II/c", "II/d",
  "III/a", "III/b", "III/c", "III/d",
  "IV/a", "IV/b", "IV/c", "IV/d", "IV/e",
] as const;
export type PnsGolongan = (typeof PNS_GOLONGAN)[number];

/** Pangkat name for each golongan (PP 99/2000). */
export const PANGKAT_BY_GOLONGAN: Record<PnsGolongan, string> = {
  "I/a": "Juru Muda",
  "I/b": "Juru Muda Tingkat I",
  "I/c": "Juru",
  "I/d": "Juru Tingkat I",
  "II/a": "Pengatur Muda",
  "II/b": "Pengatur Muda Tingkat I",
  "II/c": "Pengatur",
  "II/d": "Pengatur Tingkat I",
  "III/a": "Penata Muda",
  "III/b": "Penata Muda Tingkat I",
  "III/c": "Penata",
  "III/d": "Penata Tingkat I",
  "IV/a": "Pembina",
  "IV/b": "Pembina Tingkat I",
  "IV/c": "Pembina Utama Muda",
  "IV/d": "Pembina Utama Madya",
  "IV/e": "Pembina Utama",
};

/** Plausible golongan of a PNS holding a position of each type, lowest first. */
export const GOLONGAN_BY_TYPE: Record<PositionType, PnsGolongan[]> = {
  JPT_UTAMA: ["IV/d", "IV/e"],
  JPT_MADYA: ["IV/c", "IV/d", "IV/e"],
  JPT_PRATAMA: ["IV/b", "IV/c", "IV/d"],
  ADMINISTRATOR: ["III/d", "IV/a", "IV/b"],
  PENGAWAS: ["III/b", "III/c", "III/d", "IV/a"],
  PELAKSANA: ["I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d"],
  FUNGSIONAL_AHLI_PERTAMA: ["III/a", "III/b"],
  FUNGSIONAL_AHLI_MUDA: ["III/c", "III/d"],
  FUNGSIONAL_AHLI_MADYA: ["IV/a", "IV/b", "IV/c"],
  FUNGSIONAL_AHLI_UTAMA: ["IV/d", "IV/e"],
  FUNGSIONAL_PEMULA: ["II/a"],
  FUNGSIONAL_TERAMPIL: ["II/b", "II/c", "II/d"],
  FUNGSIONAL_MAHIR: ["III/a", "III/b"],
  FUNGSIONAL_PENYELIA: ["III/c", "III/d"],
};

/** PPPK golongan, I (lowest) to XVII. */
export const PPPK_GOLONGAN = [
  "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
  "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
] as const;
export type PppkGolongan = (typeof PPPK_GOLONGAN)[number];

/**
 * Plausible PPPK golongan by position type (PPPK fill pelaksana and functional positions only).
 * Roughly: SMA entry V, D-III entry VII, S1/D-IV entry IX.
 */
export const PPPK_GOLONGAN_BY_TYPE: Partial<Record<PositionType, PppkGolongan[]>> = {
  PELAKSANA: ["IV", "V", "VI", "VII"],
  FUNGSIONAL_PEMULA: ["V"],
  FUNGSIONAL_TERAMPIL: ["VI", "VII"],
  FUNGSIONAL_MAHIR: ["VIII", "IX"],
  FUNGSIONAL_PENYELIA: ["X", "XI"],
  FUNGSIONAL_AHLI_PERTAMA: ["IX", "X"],
  FUNGSIONAL_AHLI_MUDA: ["XI", "XII"],
  FUNGSIONAL_AHLI_MADYA: ["XIII", "XIV"],
  FUNGSIONAL_AHLI_UTAMA: ["XV", "XVI", "XVII"],
};
