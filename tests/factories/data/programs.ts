/**
 * Training program ideas for a city government, for demo data. Route codes follow Peraturan LAN 10/2018
 * (see DOMAIN.md); competency codes refer to competencies.ts.
 * Pure data: no I/O.
 */

export const ROUTE_CODES = [
  "KL01", "KL02", "KL03", "KL04", "KL05", "KL06", "KL07", "KL08", "KL09", "KL10", "KL11", "KL12",
  "NKL01", "NKL02", "NKL03", "NKL04", "NKL05", "NKL06", "NKL07", "NKL08", "NKL09", "NKL10", "NKL11",
  "NKL12", "NKL13",
] as const;
export type RouteCode = (typeof ROUTE_CODES)[number];

export type ProgramIdea = {
  title: string;
  routeCode: RouteCode;
  competencyCodes: string[];
  description: string;
};

export const PROGRAM_IDEAS: ProgramIdea[] = [
  {
    title: "Capacity Building Camat dan Lurah",
    routeCode: "KL12",
    competencyCodes: ["M.05", "M.02", "P.03"],
    description:
      "Penguatan peran camat dan lurah dalam pelayanan publik dan koordinasi kewilayahan, dipadukan dengan kegiatan kebersamaan.",
  },
  {
    title: "Capacity Building Pejabat Pengawas",
    routeCode: "KL02",
    competencyCodes: ["M.04", "M.06", "M.02"],
    description:
      "Peningkatan kemampuan pejabat pengawas dalam memimpin tim, menetapkan target kerja, dan membimbing staf.",
  },
  {
    title: "Pelatihan Kepemimpinan Pengawas (PKP)",
    routeCode: "KL01",
    competencyCodes: ["M.01", "M.04", "M.06", "M.07"],
    description:
      "Pelatihan kepemimpinan bagi pejabat pengawas untuk memperkuat kepemimpinan teknis melalui aksi perubahan di unit kerja.",
  },
  {
    title: "Pelatihan Kepemimpinan Administrator (PKA)",
    routeCode: "KL01",
    competencyCodes: ["M.04", "M.07", "M.08", "M.02"],
    description:
      "Pelatihan kepemimpinan bagi pejabat administrator untuk memperkuat kepemimpinan operasional dan kinerja unit.",
  },
  {
    title: "Pelatihan Kepemimpinan Nasional Tingkat II (PKN II)",
    routeCode: "KL01",
    competencyCodes: ["M.07", "M.08", "M.02", "P.01"],
    description:
      "Pelatihan kepemimpinan strategis bagi pejabat pimpinan tinggi pratama; setiap peserta menyusun dan melaksanakan proyek perubahan.",
  },
  {
    title: "Bimbingan Teknis Pengadaan Barang/Jasa Pemerintah",
    routeCode: "KL10",
    competencyCodes: ["T.03"],
    description:
      "Bimbingan teknis tahapan pengadaan, e-purchasing melalui katalog elektronik, dan pengelolaan kontrak bagi pejabat pembuat komitmen dan pengelola pengadaan.",
  },
  {
    title: "Pelatihan Dasar Analisis Data dengan Spreadsheet",
    routeCode: "KL03",
    competencyCodes: ["T.10"],
    description:
      "Pelatihan praktik mengolah, membersihkan, dan menyajikan data layanan menggunakan lembar kerja, termasuk tabel pivot dan grafik.",
  },
  {
    title: "Workshop Penyusunan SAKIP",
    routeCode: "KL07",
    competencyCodes: ["T.14", "M.04"],
    description:
      "Lokakarya penyusunan pohon kinerja, indikator kinerja utama, perjanjian kinerja, dan laporan kinerja perangkat daerah.",
  },
  {
    title: "Sosialisasi Core Values BerAKHLAK",
    routeCode: "KL11",
    competencyCodes: ["M.01", "M.05", "SK.01"],
    description:
      "Sosialisasi nilai dasar ASN BerAKHLAK beserta contoh penerapannya dalam pelayanan dan kerja sehari-hari.",
  },
  {
    title: "Pelatihan Fungsional Arsiparis Terampil",
    routeCode: "KL04",
    competencyCodes: ["T.05"],
    description:
      "Pelatihan pembentukan jabatan fungsional arsiparis keterampilan: penataan arsip dinamis, penyusutan, dan penggunaan SRIKANDI.",
  },
  {
    title: "Bimbingan Teknis Penatausahaan Keuangan Daerah melalui SIPD",
    routeCode: "KL10",
    competencyCodes: ["T.02", "P.04"],
    description:
      "Bimbingan teknis bagi bendahara dan PPK-SKPD tentang penatausahaan, pertanggungjawaban, dan pelaporan keuangan di SIPD.",
  },
  {
    title: "Pelatihan Teknis Penegakan Perda bagi Polisi Pamong Praja",
    routeCode: "KL03",
    competencyCodes: ["T.06", "SK.01"],
    description:
      "Pelatihan teknik penertiban yang humanis, penyusunan berita acara, dan koordinasi dengan PPNS dalam penegakan perda.",
  },
  {
    title: "Pelatihan Pelayanan Prima Administrasi Kependudukan",
    routeCode: "KL03",
    competencyCodes: ["T.07", "M.05"],
    description:
      "Pelatihan standar pelayanan dokumen kependudukan, penanganan kasus khusus, dan penanganan pengaduan bagi petugas Dukcapil dan kecamatan.",
  },
  {
    title: "Seminar Transportasi Perkotaan Berkelanjutan",
    routeCode: "KL06",
    competencyCodes: ["T.01"],
    description:
      "Seminar tentang integrasi angkutan umum massal, kawasan berorientasi transit, dan keselamatan jalan di kota menengah dan besar.",
  },
  {
    title: "Kursus Keamanan Informasi dan Penanganan Insiden Siber",
    routeCode: "KL08",
    competencyCodes: ["T.11", "T.04"],
    description:
      "Kursus praktis pengamanan sistem elektronik, penilaian kerentanan, dan prosedur tanggap insiden bagi pengelola TIK perangkat daerah.",
  },
  {
    title: "Penataran Etika Pemerintahan dan Netralitas ASN",
    routeCode: "KL09",
    competencyCodes: ["P.07", "M.01"],
    description:
      "Penataran asas-asas umum pemerintahan yang baik, pencegahan benturan kepentingan, dan netralitas ASN menjelang pemilihan.",
  },
  {
    title: "Pelatihan Manajerial Komunikasi Efektif bagi Pejabat Pengawas",
    routeCode: "KL02",
    competencyCodes: ["M.03", "M.02"],
    description:
      "Pelatihan menyusun pesan, memimpin rapat, dan memberikan umpan balik yang efektif kepada staf dan mitra kerja.",
  },
  {
    title: "Coaching Kinerja bagi Pejabat Administrator",
    routeCode: "NKL01",
    competencyCodes: ["M.06", "M.04"],
    description:
      "Sesi coaching berkala untuk membantu pejabat administrator menetapkan sasaran kinerja dan mengembangkan bawahannya.",
  },
  {
    title: "Mentoring Proyek Perubahan",
    routeCode: "NKL02",
    competencyCodes: ["M.07", "M.08"],
    description:
      "Pendampingan oleh atasan langsung (mentor) bagi peserta pelatihan kepemimpinan selama pelaksanaan proyek perubahan di tempat kerja.",
  },
  {
    title: "E-Learning Kebijakan Desentralisasi dan Hubungan Pusat-Daerah",
    routeCode: "NKL03",
    competencyCodes: ["P.01", "P.02", "P.05"],
    description:
      "Modul daring mandiri tentang otonomi daerah, pembagian urusan pemerintahan, dan hubungan pusat dengan daerah.",
  },
  {
    title: "Pelatihan Jarak Jauh Perencanaan Pembangunan Daerah",
    routeCode: "NKL04",
    competencyCodes: ["T.12", "T.14"],
    description:
      "Pelatihan jarak jauh penyusunan renstra dan renja perangkat daerah yang selaras dengan RPJMD dan RKPD.",
  },
  {
    title: "Outbound Penguatan Kerja Sama Tim",
    routeCode: "NKL06",
    competencyCodes: ["M.02"],
    description:
      "Kegiatan alam terbuka untuk membangun kekompakan, kepercayaan, dan komunikasi antaranggota tim.",
  },
  {
    title: "Studi Tiru Mal Pelayanan Publik",
    routeCode: "NKL07",
    competencyCodes: ["M.05", "T.07"],
    description:
      "Kunjungan belajar ke mal pelayanan publik daerah lain untuk mempelajari integrasi layanan dan inovasi pelayanan.",
  },
  {
    title: "Komunitas Belajar Analis Kebijakan",
    routeCode: "NKL10",
    competencyCodes: ["T.09"],
    description:
      "Forum berbagi pengetahuan rutin antaranalis kebijakan untuk membedah kajian dan ringkasan kebijakan daerah.",
  },
  {
    title: "Bimbingan di Tempat Kerja Operator SIASN",
    routeCode: "NKL11",
    competencyCodes: ["T.08"],
    description:
      "Pendampingan langsung di tempat kerja bagi pengelola kepegawaian perangkat daerah dalam pemutakhiran data dan layanan di SIASN.",
  },
  {
    title: "Magang Tata Kelola SPBE di Pemerintah Daerah Lain",
    routeCode: "NKL12",
    competencyCodes: ["T.04", "T.10"],
    description:
      "Praktik kerja di pemerintah daerah dengan indeks SPBE tinggi untuk mempelajari arsitektur SPBE dan tata kelola Satu Data.",
  },
  {
    title: "Bimbingan Teknis Penyusunan Produk Hukum Daerah",
    routeCode: "KL10",
    competencyCodes: ["T.13"],
    description:
      "Bimbingan teknis penyusunan rancangan peraturan wali kota dan keputusan wali kota sesuai teknik penyusunan peraturan perundang-undangan.",
  },
  {
    title: "Pelatihan Analisis Kebutuhan Pengembangan Kompetensi",
    routeCode: "KL03",
    competencyCodes: ["T.15", "T.08"],
    description:
      "Pelatihan pemetaan kesenjangan kompetensi pegawai dan penyusunan rencana pengembangan kompetensi berbasis kebutuhan individu.",
  },
  {
    title: "Workshop Hubungan Kerja Pemerintah Daerah dan DPRD",
    routeCode: "KL07",
    competencyCodes: ["P.06", "P.04"],
    description:
      "Lokakarya penyiapan bahan rapat kerja dengan komisi DPRD, pembahasan APBD, dan tindak lanjut rekomendasi LKPJ.",
  },
  {
    title: "Pelatihan Wawasan Kebangsaan dan Moderasi Beragama",
    routeCode: "KL05",
    competencyCodes: ["SK.01", "P.03"],
    description:
      "Pelatihan sosial kultural tentang kemajemukan masyarakat, kerukunan umat beragama, dan peran ASN sebagai perekat bangsa.",
  },
  {
    title: "Bimbingan Teknis Penatausahaan Barang Milik Daerah",
    routeCode: "KL10",
    competencyCodes: ["T.16"],
    description:
      "Bimbingan teknis pencatatan, inventarisasi, rekonsiliasi, dan penghapusan barang milik daerah bagi pengurus barang.",
  },
];
