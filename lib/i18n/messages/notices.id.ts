// Inbox notifications, rendered when read: the row keeps only its kind and params (lib/notification/notices.ts).
// {minutes} is shown as "120 menit (2,67 JP)" and {dueOn} as a date, in the reader's language.
export const noticesId = {
  registrationAwaitingSupervisor: { title: "Pendaftaran pelatihan menunggu persetujuan Anda", body: "{name} mendaftar {program} angkatan {batch}." },
  nominated: { title: "Anda diusulkan mengikuti pelatihan", body: "{program} angkatan {batch}: operator OPD mengusulkan Anda; menunggu persetujuan atasan." },
  enrolledDirectly: { title: "Anda terdaftar sebagai peserta pelatihan", body: "{program} angkatan {batch}: didaftarkan langsung oleh admin instansi." },
  waitlistedDirectly: { title: "Anda masuk daftar tunggu pelatihan", body: "{program} angkatan {batch}: didaftarkan langsung oleh admin instansi." },
  supervisorApproved: { title: "Atasan menyetujui pendaftaran Anda", body: "{program} angkatan {batch}: menunggu persetujuan BKPP." },
  supervisorRejected: { title: "Atasan menolak pendaftaran Anda", body: "{program} angkatan {batch}." },
  agencyConfirmed: { title: "Pendaftaran Anda dikonfirmasi", body: "{program} angkatan {batch}: kursi Anda sudah pasti." },
  agencyWaitlisted: { title: "Anda masuk daftar tunggu", body: "{program} angkatan {batch}: Anda mendapat kursi bila ada yang terbuka." },
  agencyRejected: { title: "Pendaftaran Anda ditolak BKPP", body: "{program} angkatan {batch}." },
  promotedFromWaitlist: { title: "Anda mendapat kursi pelatihan", body: "{program} angkatan {batch}: kursi terbuka dan Anda naik dari daftar tunggu." },
  withdrawnByAdmin: { title: "Pendaftaran Anda dibatalkan admin", body: "{program} angkatan {batch}." },
  batchCancelled: { title: "Angkatan pelatihan dibatalkan", body: "{program} angkatan {batch} dibatalkan; pendaftaran Anda berakhir." },
  jpCredited: { title: "JP pelatihan dicatat", body: "{program} angkatan {batch}: {minutes} dicatat dalam riwayat JP Anda." },
  certificateRevoked: { title: "Sertifikat Anda dicabut", body: "Sertifikat nomor {number} ({program}) dicabut." },
  reactionInvite: { title: "Isi evaluasi pelatihan", body: "{program} angkatan {batch}: beri penilaian atas materi, pengajar, penyelenggaraan, dan sarana." },
  reactionInviteAnonymous: {
    title: "Isi evaluasi pelatihan",
    body: "{program} angkatan {batch}: beri penilaian atas materi, pengajar, penyelenggaraan, dan sarana. Jawaban Anda anonim.",
  },
  feedbackRequested: { title: "Umpan balik pasca-pelatihan diminta", body: "Bagaimana {name} menerapkan hasil \"{program}\" dalam pekerjaan? Mohon isi umpan balik." },
  feedbackReassigned: {
    title: "Umpan balik pasca-pelatihan diminta",
    body: "Anda diminta mengisi umpan balik untuk {name} atas \"{program}\", staf yang kini berada di bawah Anda.",
  },
  feedbackReminder: {
    title: "Pengingat umpan balik pasca-pelatihan",
    body: "Pengingat {reminder}: umpan balik untuk {name} atas \"{program}\" belum diisi (jatuh tempo {dueOn}).",
  },
  feedbackGiven: {
    title: "Atasan Anda mengisi umpan balik pasca-pelatihan",
    body: "{program}: lihat rencana tindak lanjut yang disepakati, dan tambahkan penilaian diri Anda bila mau.",
  },
  externalVerified: { title: "Pelatihan eksternal Anda diverifikasi", body: "{title}: {minutes} dicatat ke JP tahun {year}." },
  externalRejected: { title: "Pelatihan eksternal Anda ditolak", body: "{title}." },
  batchScheduleChanged: { title: "Jadwal pelatihan Anda berubah", body: "{program} angkatan {batch} berubah: {changes}. Unduh ulang berkas kalender (ICS) agar kalender Anda ikut berubah." },
  staffBatchScheduleChanged: { title: "Jadwal pelatihan staf Anda berubah", body: "{program} angkatan {batch}, diikuti {name}, berubah: {changes}." },
  sessionRescheduled: { title: "Jadwal sesi pelatihan Anda berubah", body: "{program} angkatan {batch}, sesi \"{session}\": {changes}." },
  planProposalAccepted: { title: "Usulan rencana Anda diterima", body: "\"{title}\" masuk ke draf rencana pengembangan kompetensi {year}." },
  planProposalMerged: { title: "Usulan rencana Anda digabung", body: "\"{title}\" digabung ke baris \"{line}\" pada draf rencana {year}." },
  planProposalDeclined: { title: "Usulan rencana Anda ditolak", body: "\"{title}\" tidak dimasukkan ke rencana {year}." },
  /** Pieces of {changes}, old → new. */
  change: { dates: "tanggal {from} → {to}", venue: "tempat {from} → {to}", time: "waktu {from} → {to}", cancelled: "sesi dibatalkan", noVenue: "(belum ditentukan)", separator: "; " },
  /** The training a notice is about, shown above it and linked to its page. */
  training: "Pelatihan",
  batchLabel: "angkatan {batch}",
  /** A kind this version no longer knows (written by a newer one): shown plainly rather than not at all. */
  unknown: { title: "Pemberitahuan", body: "Pemberitahuan ini dibuat oleh versi Bangkom yang lebih baru." },
  noteLabel: "Catatan",
  reasonLabel: "Alasan",
};
