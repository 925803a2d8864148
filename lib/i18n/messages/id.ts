// Bahasa Indonesia: the primary catalog. en.ts must have the same shape (checked by the type below).
// Larger areas keep their messages in files of their own (training-*.id.ts), merged here.
import { accountsId } from "./accounts.id";
import { competencyLabelsId, positionTypeLabelsId } from "./labels.id";
import { auditId } from "./audit.id";
import { competencyId } from "./competency.id";
import { planId } from "./plan.id";
import { planCoreId } from "./plan-core.id";
import { planActualId } from "./plan-actual.id";
import { compRulesId } from "./comp-rules.id";
import { compStandardsId } from "./comp-standards.id";
import { compProfileId } from "./comp-profile.id";
import { compGapsId } from "./comp-gaps.id";
import { compNeedsId } from "./comp-needs.id";
import { bulkId } from "./bulk.id";
import { catalogEditId } from "./catalog-edit.id";
import { certificateId } from "./certificate.id";
import { eligibilityId } from "./eligibility.id";
import { evaluationId } from "./evaluation.id";
import { complianceAdminId } from "./compliance-admin.id";
import { complianceListId } from "./compliance-list.id";
import { statusPagesId } from "./status-pages.id";
import { externalId } from "./external.id";
import { feedbackId } from "./feedback.id";
import { feedbackHomeId } from "./feedback-home.id";
import { importId } from "./import.id";
import { importUiId } from "./import-ui.id";
import { jpId } from "./jp.id";
import { learningId } from "./learning.id";
import { ledgerId } from "./ledger.id";
import { noticesId } from "./notices.id";
import { reactionId } from "./reaction.id";
import { resultsId } from "./results.id";
import { rundownId } from "./rundown.id";
import { trainingAdminId } from "./training-admin.id";
import { trainingAsnId } from "./training-asn.id";
import { trainingTeamId } from "./training-team.id";
import { peopleId } from "./people.id";
import type { Widen } from "./widen";
import { orgId } from "./org.id";
import { compAssessId } from "./comp-assess.id";
import { planDocumentsId } from "./plan-documents.id";
import { planProposalsId } from "./plan-proposals.id";

export const id = {
  accounts: accountsId,
  audit: auditId,
  competencyNav: competencyId,
  planNav: planId,
  planCore: planCoreId,
  planActual: planActualId,
  compRules: compRulesId,
  compStandards: compStandardsId,
  compProfile: compProfileId,
  compGaps: compGapsId,
  compNeeds: compNeedsId,
  bulk: bulkId,
  catalogEdit: catalogEditId,
  certificate: certificateId,
  eligibility: eligibilityId,
  complianceAdmin: complianceAdminId,
  complianceList: complianceListId,
  statusPages: statusPagesId,
  evaluation: evaluationId,
  external: externalId,
  feedback: feedbackId,
  feedbackHome: feedbackHomeId,
  fileImport: importId,
  importUi: importUiId,
  jp: jpId,
  learning: learningId,
  ledgerAdmin: ledgerId,
  notices: noticesId,
  reaction: reactionId,
  results: resultsId,
  rundown: rundownId,
  trainingAdmin: trainingAdminId,
  trainingAsn: trainingAsnId,
  trainingTeam: trainingTeamId,
  people: peopleId,
  org: orgId,
  compAssess: compAssessId,
  planDocuments: planDocumentsId,
  planProposals: planProposalsId,
  app: { name: "Bangkom", tagline: "Pengembangan Kompetensi ASN" },
  common: {
    save: "Simpan",
    saving: "Menyimpan…",
    cancel: "Batal",
    search: "Cari",
    searchPlaceholder: "Cari nama atau NIP…",
    filter: "Terapkan",
    reset: "Atur ulang",
    all: "Semua",
    previous: "Sebelumnya",
    next: "Berikutnya",
    pageOf: "Halaman {page} dari {pages}",
    showing: "Menampilkan {from}–{to} dari {total}",
    none: "—",
    saved: "Perubahan tersimpan.",
    back: "Kembali",
    unexpected: "Terjadi kesalahan tak terduga. Sampaikan kode {id} kepada admin.",
    forbidden: "Anda tidak berwenang melakukan tindakan ini.",
    notFound: "Data tidak ditemukan atau di luar wewenang Anda.",
    invalid: "Periksa kembali isian yang ditandai.",
    signInRequired: "Sesi Anda berakhir. Silakan masuk kembali.",
    duplicate: "Data ini sudah tersimpan (mungkin formulir terkirim dua kali). Muat ulang halaman untuk melihatnya.",
    malformed: "Permintaan tidak dapat dibaca. Muat ulang halaman lalu coba lagi.",
  },
  validation: {
    required: "Wajib diisi.",
    tooLong: "Isian terlalu panjang.",
    nul: "Isian memuat karakter yang tidak diizinkan.",
    date: "Tanggal tidak valid: gunakan tanggal kalender yang ada (TTTT-BB-HH).",
    url: "Tautan harus diawali https:// atau http://.",
    number: "Masukkan bilangan bulat dalam rentang yang diizinkan.",
    tooMany: "Terlalu banyak isian.",
  },
  nav: {
    home: "Beranda",
    team: "Tim saya",
    admin: "Dasbor",
    employees: "Pegawai",
    unitEmployees: "Pegawai unit",
    teaching: "Jadwal mengajar",
    catalog: "Katalog pelatihan",
    myTraining: "Pelatihan saya",
    approvals: "Persetujuan",
    trainingAdmin: "Kelola pelatihan",
    compliance: "Kepatuhan JP",
    verification: "Verifikasi eksternal",
    policy: "Kebijakan JP",
    myJp: "JP saya",
    feedback: "Umpan balik",
    evaluationSets: "Set evaluasi",
    certificateSettings: "Sertifikat",
    evaluation: "Evaluasi pelatihan",
    myCertificates: "Sertifikat saya",
    teamJp: "JP tim",
    inbox: "Kotak masuk",
    signOut: "Keluar",
    language: "Bahasa",
    menu: "Menu",
    sections: { agency: "Pengelolaan", jp: "JP & kepatuhan", evaluation: "Evaluasi & sertifikat", unit: "Unit saya", team: "Tim", mine: "Saya", teaching: "Mengajar", general: "Umum" },
  },
  roles: { ADMIN: "Admin instansi", OPERATOR: "Operator OPD", SUPERVISOR: "Atasan", ASN: "ASN", TRAINER: "Narasumber", PLAN_APPROVER: "Penyetuju rencana" },
  login: {
    title: "Masuk ke Bangkom",
    subtitle: "ASN masuk dengan NIP; admin masuk dengan e-mail.",
    identifier: "NIP atau e-mail",
    identifierHint: "Contoh: 19800101 200501 1 001",
    password: "Kata sandi",
    submit: "Masuk",
    submitting: "Memeriksa…",
    invalid: "NIP/e-mail atau kata sandi salah.",
    rateLimited: "Terlalu banyak percobaan masuk yang gagal dari perangkat ini. Demi keamanan, coba lagi {wait}.",
    required: "Isi NIP/e-mail dan kata sandi.",
    demo: "Akun demo ada di README.",
  },
  nip: {
    length: "NIP harus terdiri dari 18 digit angka.",
    birthDate: "Tanggal lahir pada NIP (digit 1–8) tidak valid.",
    tmtMonth: "Bulan TMT pada NIP (digit 13–14) harus 01–12, atau 21 untuk PPPK.",
    tmtYear: "Tahun TMT pada NIP (digit 9–12) tidak masuk akal untuk tanggal lahirnya.",
    gender: "Digit jenis kelamin pada NIP (digit 15) harus 1 (laki-laki) atau 2 (perempuan).",
    sequence: "Nomor urut NIP (digit 16–18) tidak boleh 000.",
  },
  employee: {
    nip: "NIP",
    name: "Nama",
    kind: "Status",
    rank: "Pangkat/golongan",
    unit: "Unit kerja",
    position: "Jabatan",
    positionType: "Jenis jabatan",
    supervisor: "Atasan langsung",
    noSupervisor: "Tidak ada atasan langsung",
    serviceStart: "TMT",
    phone: "Nomor telepon",
    email: "E-mail",
    gender: "Jenis kelamin",
    M: "Laki-laki",
    F: "Perempuan",
    PNS: "PNS",
    PPPK: "PPPK",
  },
  positionType: positionTypeLabelsId,
  competency: competencyLabelsId,
  home: {
    greeting: "Selamat datang, {name}",
    profile: "Profil saya",
    contact: "Kontak",
    contactHint: "Nomor telepon dan e-mail dipakai untuk pemberitahuan pelatihan.",
    phoneInvalid: "Nomor telepon harus 8–15 digit, boleh diawali +62 atau 0.",
    emailInvalid: "Alamat e-mail tidak valid.",
    noEmployee: "Akun ini tidak terhubung dengan data pegawai.",
  },
  team: {
    title: "Tim saya",
    subtitle: "Bawahan langsung dan tidak langsung Anda.",
    direct: "Langsung",
    indirect: "Tidak langsung",
    relation: "Hubungan",
    empty: "Anda belum memiliki bawahan di Bangkom.",
    noMatch: "Tidak ada anggota tim yang cocok dengan pencarian.",
  },
  admin: {
    title: "Dasbor instansi",
    totalAsn: "Jumlah ASN",
    totalPns: "PNS",
    totalPppk: "PPPK",
    totalUnits: "Perangkat daerah",
    byOpd: "ASN per perangkat daerah",
    opd: "Perangkat daerah",
    headcount: "Jumlah",
    seeList: "Lihat daftar",
    employeesTitle: "Daftar ASN",
    unitEmployeesTitle: "Pegawai di unit saya",
    allUnits: "Semua unit",
    allTypes: "Semua jenis jabatan",
    allKinds: "PNS dan PPPK",
    empty: "Belum ada data ASN.",
    noMatch: "Tidak ada ASN yang cocok dengan filter. Ubah pencarian atau atur ulang filter.",
  },
  supervisorChange: {
    title: "Ubah atasan langsung",
    hint: "Pilih ASN di instansi yang sama. Perubahan dicatat dalam log audit.",
    candidate: "NIP atasan baru",
    candidateHint: "Kosongkan untuk menghapus atasan langsung.",
    self: "Seorang ASN tidak dapat menjadi atasan dirinya sendiri.",
    cycle: "Perubahan ini membuat rantai atasan melingkar: {name} adalah bawahan (langsung atau tidak langsung) dari pegawai ini.",
    otherAgency: "Atasan harus berasal dari instansi yang sama.",
    notFound: "Tidak ada ASN dengan NIP tersebut.",
    retired: "ASN tersebut sudah tidak aktif.",
    submit: "Simpan atasan",
    done: "Atasan langsung berhasil diubah.",
  },
  teaching: {
    title: "Jadwal mengajar",
    empty: "Belum ada sesi yang ditugaskan kepada Anda.",
  },
  enrolment: {
    registered: "Pendaftaran terkirim. Menunggu persetujuan atasan.",
    nominated: "Usulan peserta terkirim. Menunggu persetujuan atasan.",
    registeredToAgency: "Pendaftaran terkirim. Menunggu persetujuan BKPP.",
    nominatedToAgency: "Usulan peserta terkirim. Menunggu persetujuan BKPP.",
    decided: "Keputusan tersimpan.",
    withdrawn: "Anda telah mengundurkan diri.",
    reasonRequired: "Tuliskan alasan (minimal 5 karakter).",
    noteTooLong: "Catatan paling banyak 500 karakter.",
    problem: {
      notOpen: "Angkatan ini tidak sedang membuka pendaftaran.",
      windowNotStarted: "Pendaftaran angkatan ini belum dibuka.",
      windowClosed: "Pendaftaran angkatan ini sudah ditutup.",
      positionType: "Jenis jabatan Anda tidak termasuk sasaran pelatihan ini.",
      unit: "Unit kerja Anda tidak termasuk sasaran pelatihan ini.",
      inactive: "Pegawai ini tidak lagi aktif.",
      duplicate: "Sudah ada pendaftaran untuk angkatan ini.",
      clash: "Jadwalnya bertabrakan dengan pelatihan yang sudah dikonfirmasi: {title}.",
      quota: "Angkatan ini memakai kuota per unit, dan unit kerja Anda tidak mendapat kuota.",
      alreadyDecided: "Pendaftaran ini sudah diputuskan.",
      notWithdrawable: "Pendaftaran ini tidak dapat dibatalkan lagi.",
    },
  },
  catalog: {
    required: "Wajib diisi.",
    tooLong: "Isian terlalu panjang.",
    dateInvalid: "Tanggal tidak valid.",
    timeInvalid: "Jam tidak valid (00:00–24:00).",
    routeInvalid: "Pilih kode jalur pengembangan (KL01–KL12 atau NKL01–NKL13).",
    levelRange: "Level target harus 1–5.",
    wholeNumber: "Harus bilangan bulat.",
    positive: "Harus lebih dari nol.",
    kindInvalid: "Pilih jenis sesi.",
    endBeforeStart: "Waktu selesai harus sesudah waktu mulai.",
    urlInvalid: "Tautan tidak valid.",
    statusInvalid: "Status angkatan tidak dapat diubah ke sana dari status sekarang.",
    numberTaken: "Nomor angkatan ini sudah dipakai untuk pelatihan yang sama.",
    sessionOutsideBatch: "Tanggal sesi harus di antara tanggal mulai dan selesai angkatan.",
    batchFinished: "Angkatan sudah selesai atau dibatalkan.",
    sessionNotStarted: "Presensi baru dapat dicatat setelah sesinya dimulai.",
    batchNotEnded: "Angkatan baru dapat diselesaikan setelah sesi terakhirnya berakhir.",
    quotaUnitTwice: "Satu unit hanya boleh mendapat satu kuota.",
    feedbackMonths: "Jumlah bulan harus bilangan bulat 1–24.",
  },
  forbiddenPage: {
    title: "Akses ditolak",
    body: "Halaman ini tidak tersedia untuk peran Anda.",
  },
};

export type Messages = Widen<typeof id>;
