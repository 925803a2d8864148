// Eligibility and seats before "Daftar", the catalog's order and filters, and the admin's override with a reason.
export const eligibilityId = {
  /** A refusal read by someone registering another person (operator, admin): it names the participant. */
  problemFor: {
    notOpen: "Angkatan ini tidak sedang membuka pendaftaran.",
    windowNotStarted: "Pendaftaran angkatan ini belum dibuka.",
    windowClosed: "Pendaftaran angkatan ini sudah ditutup.",
    positionType: "Jenis jabatan {name} tidak termasuk sasaran pelatihan ini.",
    unit: "Unit kerja {name} tidak termasuk sasaran pelatihan ini.",
    inactive: "{name} tidak lagi aktif sebagai pegawai.",
    duplicate: "{name} sudah terdaftar di angkatan ini.",
    clash: "Jadwal {name} bertabrakan dengan pelatihan yang sudah dikonfirmasi.",
    quota: "Angkatan ini memakai kuota per unit, dan unit kerja {name} tidak mendapat kuota.",
  },
  outlook: {
    mayRegister: "Anda memenuhi syarat untuk mendaftar.",
    mayNotRegister: "Anda belum dapat mendaftar di angkatan ini.",
    unitSeats: "Kuota unit Anda: {left} dari {of} kursi tersisa",
    waitlistHint: "Kursi sudah penuh: pendaftaran Anda masuk daftar tunggu bila disetujui.",
    cardNotEligible: "Tidak memenuhi syarat: {reason}",
    cardEligible: "Anda memenuhi syarat",
  },
  catalog: {
    filtersTitle: "Filter",
    showUnscheduled: "Tampilkan pelatihan tanpa angkatan",
    unscheduledHidden: "{count} pelatihan belum punya angkatan terjadwal.",
    showThem: "Tampilkan",
    registrationUntil: "Pendaftaran dibuka s.d. {date}",
  },
  override: {
    title: "Abaikan syarat dengan alasan",
    hint: "Bila ASN ditolak karena jenis jabatan, unit kerja, atau kuota unit, admin dapat tetap mendaftarkannya dengan alasan tertulis. Alasan dicatat di log audit. Kapasitas angkatan tidak dapat diabaikan.",
    reason: "Alasan pengecualian",
    reasonHint: "Minimal 10 karakter, misalnya nomor surat tugas atau disposisi pimpinan.",
    reasonRequired: "Alasan wajib diisi, minimal 10 karakter.",
    reasonTooLong: "Alasan paling banyak 500 karakter.",
    submit: "Daftarkan dengan pengecualian",
    confirmed: "{name} terdaftar dengan pengecualian ({rules}) dan mendapat kursi.",
    waitlisted: "{name} terdaftar dengan pengecualian ({rules}); kursi penuh, masuk daftar tunggu.",
    nothingToOverride: "{name} terdaftar tanpa perlu pengecualian.",
    rule: { positionType: "jenis jabatan", unit: "unit kerja", quota: "kuota unit" },
  },
};
