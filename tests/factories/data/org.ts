/**
 * Demo organisation tree for Bangkom: a simplified, real-ish structure of Pemerintah Kota Semarang.
 *
 * Perangkat daerah (OPD) and kecamatan are top-level units; bidang/bagian/sekretariat and UPTD sit under
 * their OPD; kelurahan sit under their kecamatan. Kecamatan and kelurahan names are real places in
 * Kota Semarang. Codes are short, unique across the whole tree, and prefixed by the parent's code.
 * Pure data: no I/O.
 */

export type UnitKind = "OPD" | "BIDANG" | "KECAMATAN" | "KELURAHAN" | "UPTD";

export type UnitSeed = {
  code: string;
  name: string;
  kind: UnitKind;
  children?: UnitSeed[];
};

export const AGENCY = {
  code: "SMG",
  name: "Pemerintah Kota Semarang",
  region: "Kota Semarang",
  province: "Jawa Tengah",
  signatoryName: "Drs. Budi Santoso, M.Si.",
  signatoryPosition: "Kepala Badan Kepegawaian, Pendidikan dan Pelatihan Kota Semarang",
} as const;

export const UNITS: UnitSeed[] = [
  // ---------------------------------------------------------------------------------------------
  // Perangkat daerah
  // ---------------------------------------------------------------------------------------------
  {
    code: "BKPP",
    name: "Badan Kepegawaian, Pendidikan dan Pelatihan",
    kind: "OPD",
    children: [
      { code: "BKPP-SEK", name: "Sekretariat BKPP", kind: "BIDANG" },
      { code: "BKPP-PIK", name: "Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian", kind: "BIDANG" },
      { code: "BKPP-MUTASI", name: "Bidang Mutasi dan Promosi", kind: "BIDANG" },
      { code: "BKPP-DIKLAT", name: "Bidang Pendidikan dan Pelatihan", kind: "BIDANG" },
      { code: "BKPP-PKA", name: "Bidang Penilaian Kinerja Aparatur dan Penghargaan", kind: "BIDANG" },
    ],
  },
  {
    code: "SETDA",
    name: "Sekretariat Daerah",
    kind: "OPD",
    children: [
      { code: "SETDA-PEM", name: "Bagian Tata Pemerintahan", kind: "BIDANG" },
      { code: "SETDA-HUKUM", name: "Bagian Hukum", kind: "BIDANG" },
      { code: "SETDA-ORG", name: "Bagian Organisasi", kind: "BIDANG" },
      { code: "SETDA-PBJ", name: "Bagian Pengadaan Barang/Jasa", kind: "BIDANG" },
    ],
  },
  {
    code: "SATPOLPP",
    name: "Satuan Polisi Pamong Praja",
    kind: "OPD",
    children: [
      { code: "SATPOLPP-SEK", name: "Sekretariat Satpol PP", kind: "BIDANG" },
      { code: "SATPOLPP-GAKDA", name: "Bidang Penegakan Perundang-undangan Daerah", kind: "BIDANG" },
      { code: "SATPOLPP-TRANTIB", name: "Bidang Ketertiban Umum dan Ketenteraman Masyarakat", kind: "BIDANG" },
    ],
  },
  {
    code: "DISKOMINFO",
    name: "Dinas Komunikasi, Informatika, Statistik dan Persandian",
    kind: "OPD",
    children: [
      { code: "DISKOMINFO-APTIKA", name: "Bidang Aplikasi Informatika", kind: "BIDANG" },
      { code: "DISKOMINFO-STAT", name: "Bidang Statistik", kind: "BIDANG" },
      { code: "DISKOMINFO-SANDI", name: "Bidang Persandian dan Keamanan Informasi", kind: "BIDANG" },
    ],
  },
  {
    code: "DISHUB",
    name: "Dinas Perhubungan",
    kind: "OPD",
    children: [
      { code: "DISHUB-LALIN", name: "Bidang Lalu Lintas", kind: "BIDANG" },
      { code: "DISHUB-ANGKUTAN", name: "Bidang Angkutan", kind: "BIDANG" },
      { code: "DISHUB-TRANS", name: "BLU UPTD Trans Semarang", kind: "UPTD" },
    ],
  },
  {
    code: "DISDUKCAPIL",
    name: "Dinas Kependudukan dan Pencatatan Sipil",
    kind: "OPD",
    children: [
      { code: "DISDUKCAPIL-DAFDUK", name: "Bidang Pelayanan Pendaftaran Penduduk", kind: "BIDANG" },
      { code: "DISDUKCAPIL-CAPIL", name: "Bidang Pelayanan Pencatatan Sipil", kind: "BIDANG" },
      { code: "DISDUKCAPIL-PIAK", name: "Bidang Pengelolaan Informasi Administrasi Kependudukan", kind: "BIDANG" },
    ],
  },
  {
    code: "BPKAD",
    name: "Badan Pengelola Keuangan dan Aset Daerah",
    kind: "OPD",
    children: [
      { code: "BPKAD-ANGGARAN", name: "Bidang Anggaran", kind: "BIDANG" },
      { code: "BPKAD-AKUNTANSI", name: "Bidang Akuntansi", kind: "BIDANG" },
      { code: "BPKAD-ASET", name: "Bidang Aset", kind: "BIDANG" },
    ],
  },
  {
    code: "BAPPEDA",
    name: "Badan Perencanaan Pembangunan Daerah",
    kind: "OPD",
    children: [
      { code: "BAPPEDA-RENDALEV", name: "Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan", kind: "BIDANG" },
      { code: "BAPPEDA-LITBANG", name: "Bidang Penelitian dan Pengembangan", kind: "BIDANG" },
    ],
  },
  {
    code: "DINKES",
    name: "Dinas Kesehatan",
    kind: "OPD",
    children: [
      { code: "DINKES-YANKES", name: "Bidang Pelayanan Kesehatan", kind: "BIDANG" },
      { code: "DINKES-KESMAS", name: "Bidang Kesehatan Masyarakat", kind: "BIDANG" },
      { code: "DINKES-PKM-KDM", name: "UPTD Puskesmas Kedungmundu", kind: "UPTD" },
      { code: "DINKES-PKM-SRD", name: "UPTD Puskesmas Srondol", kind: "UPTD" },
    ],
  },
  {
    // Deliberately without children: a unit whose staff all sit at OPD level.
    code: "DISDIK",
    name: "Dinas Pendidikan",
    kind: "OPD",
  },

  // ---------------------------------------------------------------------------------------------
  // Kecamatan → kelurahan (real places in Kota Semarang; only a few kelurahan of each)
  // ---------------------------------------------------------------------------------------------
  {
    code: "KEC-TBL",
    name: "Kecamatan Tembalang",
    kind: "KECAMATAN",
    children: [
      { code: "KEL-TBL-TBL", name: "Kelurahan Tembalang", kind: "KELURAHAN" },
      { code: "KEL-TBL-BLS", name: "Kelurahan Bulusan", kind: "KELURAHAN" },
      { code: "KEL-TBL-MTS", name: "Kelurahan Meteseh", kind: "KELURAHAN" },
      { code: "KEL-TBL-SDM", name: "Kelurahan Sendangmulyo", kind: "KELURAHAN" },
      { code: "KEL-TBL-KDM", name: "Kelurahan Kedungmundu", kind: "KELURAHAN" },
    ],
  },
  {
    code: "KEC-BYM",
    name: "Kecamatan Banyumanik",
    kind: "KECAMATAN",
    children: [
      { code: "KEL-BYM-SRW", name: "Kelurahan Srondol Wetan", kind: "KELURAHAN" },
      { code: "KEL-BYM-SRK", name: "Kelurahan Srondol Kulon", kind: "KELURAHAN" },
      { code: "KEL-BYM-PDP", name: "Kelurahan Pudakpayung", kind: "KELURAHAN" },
      { code: "KEL-BYM-NGS", name: "Kelurahan Ngesrep", kind: "KELURAHAN" },
    ],
  },
  {
    code: "KEC-GJM",
    name: "Kecamatan Gajahmungkur",
    kind: "KECAMATAN",
    children: [
      { code: "KEL-GJM-SMP", name: "Kelurahan Sampangan", kind: "KELURAHAN" },
      { code: "KEL-GJM-BDD", name: "Kelurahan Bendan Duwur", kind: "KELURAHAN" },
      { code: "KEL-GJM-LPS", name: "Kelurahan Lempongsari", kind: "KELURAHAN" },
      { code: "KEL-GJM-PTP", name: "Kelurahan Petompon", kind: "KELURAHAN" },
    ],
  },
  {
    code: "KEC-SMU",
    name: "Kecamatan Semarang Utara",
    kind: "KECAMATAN",
    children: [
      { code: "KEL-SMU-TJM", name: "Kelurahan Tanjung Mas", kind: "KELURAHAN" },
      { code: "KEL-SMU-BDH", name: "Kelurahan Bandarharjo", kind: "KELURAHAN" },
      { code: "KEL-SMU-KNG", name: "Kelurahan Kuningan", kind: "KELURAHAN" },
    ],
  },
  {
    code: "KEC-PDR",
    name: "Kecamatan Pedurungan",
    kind: "KECAMATAN",
    children: [
      { code: "KEL-PDR-TSK", name: "Kelurahan Tlogosari Kulon", kind: "KELURAHAN" },
      { code: "KEL-PDR-PDK", name: "Kelurahan Pedurungan Kidul", kind: "KELURAHAN" },
      { code: "KEL-PDR-PLB", name: "Kelurahan Palebon", kind: "KELURAHAN" },
      { code: "KEL-PDR-GMH", name: "Kelurahan Gemah", kind: "KELURAHAN" },
    ],
  },
];
