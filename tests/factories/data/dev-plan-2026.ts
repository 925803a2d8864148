/**
 * The demo agency's competency-development plan of 2026 (issue 15, decision 0039), as pure data: the lines of the
 * original (murni) and what the revision (perubahan ke-1) changes. Prices follow seed 001's Capacity Building
 * budget: consumption Rp143.000 per person-day (OH), a speaker's fee per hour (OJ: Rp1.700.000 for an outside
 * expert, Rp1.000.000 for the BKPP's own widyaiswara), ATK and seminar kit Rp185.000 per package; courses run by
 * another agency or a vendor are a fee per participant plus official travel. tests/integration/plan-demo-totals.test.ts
 * checks the totals against a hand computation: change a figure here and change it there.
 * Pure data: no I/O.
 */
import type { FundSource, PlanProvider, PositionType, RouteCode } from "@/lib/generated/prisma/enums";

export const DEV_PLAN_YEAR = 2026;

/** Kode rekening belanja (Permendagri 90/2019 as the city's RKA uses it). */
export const ACCOUNT = {
  food: "5.1.02.01.01.0052", // Belanja Makanan dan Minuman Rapat
  stationery: "5.1.02.01.01.0024", // Belanja Alat/Bahan untuk Kegiatan Kantor — Alat Tulis Kantor
  speaker: "5.1.02.02.01.0003", // Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara dan Panitia
  course: "5.1.02.02.12.0001", // Belanja Kursus Singkat/Pelatihan
  travel: "5.1.02.04.01.0001", // Belanja Perjalanan Dinas Biasa
} as const;

export type DemoBudgetItem = { item: string; volume: number; unit: string; unitPrice: number; fundSource: FundSource; accountCode: string };

const food = (personDays: number, fundSource: FundSource = "APBD"): DemoBudgetItem =>
  ({ item: "Konsumsi peserta dan panitia", volume: personDays, unit: "OH", unitPrice: 143_000, fundSource, accountCode: ACCOUNT.food });
const speaker = (hours: number, unitPrice: number, fundSource: FundSource = "APBD"): DemoBudgetItem =>
  ({ item: "Honorarium narasumber", volume: hours, unit: "OJ", unitPrice, fundSource, accountCode: ACCOUNT.speaker });
const kit = (packages: number, fundSource: FundSource = "APBD"): DemoBudgetItem =>
  ({ item: "ATK dan seminar kit", volume: packages, unit: "paket", unitPrice: 185_000, fundSource, accountCode: ACCOUNT.stationery });
const fee = (item: string, people: number, unitPrice: number, fundSource: FundSource = "APBD"): DemoBudgetItem =>
  ({ item, volume: people, unit: "orang", unitPrice, fundSource, accountCode: ACCOUNT.course });
const travel = (people: number, unitPrice: number, fundSource: FundSource = "APBD"): DemoBudgetItem =>
  ({ item: "Perjalanan dinas peserta", volume: people, unit: "orang", unitPrice, fundSource, accountCode: ACCOUNT.travel });

export type DemoPlanLine = {
  key: string;
  title: string;
  /** The OPD (top unit code); null = across OPDs. */
  unit: string | null;
  competency: [code: string, level: number] | null;
  /** The training need (competency, level) the line was made from. */
  need: [code: string, level: number] | null;
  positionTypes: PositionType[];
  /** Units of the target group (codes). */
  targetUnits: string[];
  /** Positions of the target group: up to n positions of this type in the line's OPD. */
  targetPositions?: { type: PositionType; n: number };
  people: number;
  routeCode: RouteCode;
  provider: PlanProvider;
  providerName: string;
  month: number;
  jp: number;
  curriculumFit: string;
  budget: DemoBudgetItem[];
};

const BKPP = "BKPP Kota Semarang";

/** The original (murni), approved in January 2026. */
export const ORIGINAL_LINES: DemoPlanLine[] = [
  {
    key: "data", title: "Pelatihan Pengelolaan Data dan Statistik Sektoral", unit: "DISKOMINFO", competency: ["T.10", 3], need: ["T.10", 2],
    positionTypes: ["FUNGSIONAL_AHLI_PERTAMA", "PELAKSANA"], targetUnits: ["DISKOMINFO-STAT"], people: 25, routeCode: "KL03", provider: "INTERNAL",
    providerName: `${BKPP} bersama BPS Kota Semarang`, month: 3, jp: 24,
    curriculumFit: "Kurikulum pelatihan teknis statistik sektoral BPS (Satu Data Indonesia), 3 hari",
    budget: [food(75), speaker(18, 1_000_000), kit(25)],
  },
  {
    key: "siber", title: "Kursus Keamanan Informasi dan Penanganan Insiden Siber", unit: "DISKOMINFO", competency: ["T.11", 3], need: ["T.11", 2],
    positionTypes: ["FUNGSIONAL_AHLI_PERTAMA", "FUNGSIONAL_AHLI_MUDA"], targetUnits: ["DISKOMINFO-SANDI"], people: 20, routeCode: "KL08", provider: "VENDOR",
    providerName: "PT Cakra Siber Nusantara (lembaga pelatihan bersertifikat BSSN)", month: 5, jp: 32,
    curriculumFit: "Skema sertifikasi SKKNI keamanan informasi; sertifikat kompetensi BNSP",
    budget: [fee("Biaya kursus dan uji sertifikasi", 20, 4_750_000), food(80)],
  },
  {
    key: "transport", title: "Pelatihan Perencanaan Transportasi Kota", unit: "DISHUB", competency: ["T.01", 3], need: ["T.01", 2],
    positionTypes: ["PENGAWAS", "FUNGSIONAL_AHLI_MUDA"], targetUnits: ["DISHUB-LALIN", "DISHUB-ANGKUTAN"], people: 15, routeCode: "KL03", provider: "OTHER_AGENCY",
    providerName: "Politeknik Transportasi Darat Indonesia-STTD, Kementerian Perhubungan", month: 6, jp: 40,
    curriculumFit: "Kurikulum diklat teknis manajemen lalu lintas Kementerian Perhubungan",
    budget: [fee("Biaya kontribusi pelatihan", 15, 6_500_000), travel(15, 4_200_000)],
  },
  {
    key: "adminduk", title: "Pelatihan Pelayanan Prima Administrasi Kependudukan", unit: "DISDUKCAPIL", competency: ["T.07", 2], need: ["T.07", 2],
    positionTypes: ["PELAKSANA"], targetUnits: ["DISDUKCAPIL-DAFDUK", "DISDUKCAPIL-CAPIL"], people: 40, routeCode: "KL03", provider: "INTERNAL",
    providerName: BKPP, month: 4, jp: 16, curriculumFit: "Standar pelayanan Permendagri 7/2019; modul pelayanan prima LAN",
    budget: [food(80, "PAD"), speaker(12, 1_000_000, "PAD"), kit(40, "PAD")],
  },
  {
    key: "sipd", title: "Bimbingan Teknis Penatausahaan Keuangan Daerah melalui SIPD", unit: "BPKAD", competency: ["T.02", 3], need: ["T.02", 3],
    positionTypes: ["PELAKSANA", "FUNGSIONAL_AHLI_PERTAMA"], targetUnits: ["BPKAD-ANGGARAN", "BPKAD-AKUNTANSI"], people: 30, routeCode: "KL10", provider: "OTHER_AGENCY",
    providerName: "Direktorat Jenderal Bina Keuangan Daerah, Kementerian Dalam Negeri", month: 2, jp: 16,
    curriculumFit: "Modul SIPD-RI penatausahaan Ditjen Bina Keuangan Daerah",
    budget: [food(60), speaker(12, 1_700_000), kit(30)],
  },
  {
    key: "pbj", title: "Bimbingan Teknis Pengadaan Barang/Jasa Pemerintah", unit: "SETDA", competency: ["T.03", 3], need: null,
    positionTypes: ["PENGAWAS", "PELAKSANA"], targetUnits: ["SETDA-PBJ"], people: 30, routeCode: "KL10", provider: "OTHER_AGENCY",
    providerName: "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah (LKPP)", month: 3, jp: 24,
    curriculumFit: "Kurikulum pelatihan PBJ tingkat dasar LKPP, diakhiri ujian sertifikasi",
    budget: [food(90), speaker(18, 1_700_000), fee("Ujian sertifikasi PBJ tingkat dasar", 30, 600_000)],
  },
  {
    key: "perda", title: "Pelatihan Penegakan Peraturan Daerah bagi Satpol PP", unit: "SATPOLPP", competency: ["T.06", 2], need: ["T.06", 2],
    positionTypes: ["PELAKSANA"], targetUnits: ["SATPOLPP-GAKDA", "SATPOLPP-TRANTIB"], people: 35, routeCode: "KL03", provider: "INTERNAL",
    providerName: `${BKPP} bersama Satpol PP Provinsi Jawa Tengah`, month: 7, jp: 24,
    curriculumFit: "Permendagri 16/2023 tentang standar teknis Satpol PP; modul PPNS",
    budget: [food(105), speaker(18, 1_000_000), kit(35)],
  },
  {
    key: "sakip", title: "Workshop Penyusunan SAKIP Puskesmas", unit: "DINKES", competency: ["T.14", 3], need: ["T.14", 3],
    positionTypes: ["PENGAWAS", "FUNGSIONAL_AHLI_PERTAMA"], targetUnits: ["DINKES-PKM-KDM", "DINKES-PKM-SRD"], people: 25, routeCode: "KL07", provider: "INTERNAL",
    providerName: BKPP, month: 8, jp: 16, curriculumFit: "Permenpan RB 88/2021 tentang evaluasi AKIP",
    budget: [food(50, "DAK"), speaker(12, 1_000_000, "DAK"), kit(25, "DAK")],
  },
  {
    key: "pkp", title: "Pelatihan Kepemimpinan Pengawas (PKP) Angkatan I dan II", unit: null, competency: ["M.04", 2], need: ["M.04", 2],
    positionTypes: ["PENGAWAS"], targetUnits: ["SATPOLPP", "DISHUB", "DISDUKCAPIL", "KEC-TBL"], people: 60, routeCode: "KL01", provider: "INTERNAL",
    providerName: `${BKPP} (lembaga pelatihan terakreditasi LAN)`, month: 5, jp: 240,
    curriculumFit: "Kurikulum PKP Peraturan LAN; aksi perubahan di unit kerja",
    budget: [food(1200), speaker(160, 1_000_000), kit(60), fee("Penjaminan mutu dan STTPP LAN", 60, 750_000, "PAD")],
  },
  {
    key: "pka", title: "Pelatihan Kepemimpinan Administrator (PKA)", unit: "BAPPEDA", competency: ["M.07", 3], need: ["M.07", 3],
    positionTypes: ["ADMINISTRATOR"], targetUnits: [], targetPositions: { type: "ADMINISTRATOR", n: 3 }, people: 3, routeCode: "KL01", provider: "LAN",
    providerName: "Puslatbang PKASN Lembaga Administrasi Negara, Jatinangor", month: 7, jp: 400,
    curriculumFit: "Kurikulum PKA Peraturan LAN; proyek perubahan di Bappeda",
    budget: [fee("Biaya kontribusi peserta PKA", 3, 32_500_000), travel(3, 6_800_000)],
  },
  {
    key: "tot", title: "Pelatihan Pengelola Pengembangan Kompetensi ASN", unit: "BKPP", competency: ["T.15", 3], need: null,
    positionTypes: ["FUNGSIONAL_AHLI_PERTAMA", "FUNGSIONAL_AHLI_MUDA"], targetUnits: ["BKPP-DIKLAT"], people: 12, routeCode: "KL04", provider: "LAN",
    providerName: "Pusat Pengembangan Kompetensi ASN, Lembaga Administrasi Negara", month: 9, jp: 40,
    curriculumFit: "Kurikulum pelatihan pengelola pengembangan kompetensi LAN",
    budget: [fee("Biaya kontribusi pelatihan", 12, 5_500_000), travel(12, 5_200_000)],
  },
  {
    key: "bmd", title: "Bimbingan Teknis Penatausahaan Barang Milik Daerah", unit: "BPKAD", competency: ["T.16", 3], need: ["T.16", 3],
    positionTypes: ["PELAKSANA", "PENGAWAS"], targetUnits: ["BPKAD-ASET"], people: 28, routeCode: "KL10", provider: "INTERNAL",
    providerName: BKPP, month: 10, jp: 16, curriculumFit: "Permendagri 19/2016 tentang pengelolaan BMD",
    budget: [food(56, "PAD"), speaker(12, 1_000_000, "PAD"), kit(28, "PAD")],
  },
];

export const REVISION_REASON = "Penyesuaian anggaran perubahan APBD 2026";

/** What the revision changes in a copied line: budget items by position (1-based), and the line's own fields. */
export type LineChange = { key: string; people?: number; budget: { position: number; volume?: number; unitPrice?: number }[] };

/** Perubahan ke-1 (approved in September 2026): efficiency and price changes, and one new line. */
export const REVISION_CHANGES: LineChange[] = [
  // Harga vendor naik: Rp4.750.000 → Rp5.250.000 per peserta.
  { key: "siber", budget: [{ position: 1, unitPrice: 5_250_000 }] },
  // Efisiensi perjalanan dinas: Rp4.200.000 → Rp3.600.000 per orang.
  { key: "transport", budget: [{ position: 2, unitPrice: 3_600_000 }] },
  // PKP angkatan II dipangkas: 60 → 50 peserta (1.200 → 1.000 OH, 60 → 50 paket, 60 → 50 STTPP).
  { key: "pkp", people: 50, budget: [{ position: 1, volume: 1000 }, { position: 3, volume: 50 }, { position: 4, volume: 50 }] },
];

export const REVISION_NEW_LINE: DemoPlanLine = {
  key: "hukum", title: "Pelatihan Penyusunan Produk Hukum Daerah", unit: "SETDA", competency: ["T.13", 3], need: null,
  positionTypes: ["PELAKSANA", "FUNGSIONAL_AHLI_PERTAMA"], targetUnits: ["SETDA-HUKUM"], people: 20, routeCode: "KL03", provider: "OTHER_AGENCY",
  providerName: "Kantor Wilayah Kementerian Hukum Jawa Tengah", month: 11, jp: 24,
  curriculumFit: "Permendagri 80/2015 jo. 120/2018 tentang pembentukan produk hukum daerah",
  budget: [food(60), speaker(18, 1_700_000), kit(20)],
};
