// Messages of bulk actions on lists: ticking rows, deciding them at once, and the outcome per row.
export const bulkId = {
  selectAll: "Pilih semua",
  selectAllOnPage: "Pilih semua baris di halaman ini",
  selectRow: "Pilih {name}",
  selected: "{count} dipilih",
  clear: "Kosongkan pilihan",
  cancel: "Batal",
  working: "Memproses {count}…",
  none: "Pilih setidaknya satu baris.",
  // MAX_SELECTION in lib/bulk/selection.ts (a unit test keeps them equal).
  tooMany: "Paling banyak 200 baris sekaligus. Kurangi pilihan Anda.",
  refused: "{count} ditolak sistem",
  outcome: {
    PENDING_AGENCY: "{count} disetujui",
    CONFIRMED: "{count} dikonfirmasi",
    WAITLISTED: "{count} masuk daftar tunggu",
    REJECTED: "{count} ditolak",
    VERIFIED: "{count} diverifikasi",
  },
  rowDone: {
    PENDING_AGENCY: "Disetujui: diteruskan ke admin",
    CONFIRMED: "Terkonfirmasi",
    WAITLISTED: "Daftar tunggu",
    REJECTED: "Ditolak",
    VERIFIED: "Terverifikasi",
  },
  registrations: {
    label: "Keputusan untuk pendaftaran terpilih",
    approve: "Setujui terpilih ({count})",
    reject: "Tolak terpilih ({count})…",
    rejectQuestion: "Tolak {count} pendaftaran terpilih? Alasan ini dikirim ke setiap pegawai.",
    reason: "Alasan penolakan",
    reasonHint: "Wajib, minimal 5 karakter.",
    reasonRequired: "Tuliskan alasan penolakan (minimal 5 karakter).",
    rejectConfirm: "Ya, tolak {count}",
  },
  verify: {
    label: "Verifikasi pengajuan terpilih",
    approve: "Verifikasi terpilih ({count})…",
    question: "Verifikasi {count} pengajuan terpilih? JP-nya dicatat ke riwayat setiap pegawai. Pengajuan bertahun tutup buku diverifikasi dari halamannya sendiri (dengan alasan).",
    confirm: "Ya, verifikasi {count}",
  },
};
