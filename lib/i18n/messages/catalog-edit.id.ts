// Changing a saved program or batch (lib/catalog/edit-commands.ts, the "Ubah" pages).
export const catalogEditId = {
  edit: "Ubah",
  batchLocked: "Angkatan yang sudah selesai atau dibatalkan tidak dapat diubah.",
  capacityBelowConfirmed: "Kapasitas tidak boleh kurang dari {confirmed} peserta yang sudah terkonfirmasi.",
  datesLockedByAttendance: "Tanggal tidak dapat digeser: presensi sudah tercatat ({marks} catatan).",
  sessionsOutside: "{sessions} sesi rundown akan jatuh di luar tanggal angkatan. Ubah rundown atau perpanjang tanggal selesai.",
  closesAfterStart: "Pendaftaran harus ditutup paling lambat pada hari pelatihan dimulai.",
  competencyTwice: "Kompetensi yang sama dipilih dua kali.",
  program: {
    title: "Ubah program pelatihan",
    subtitle: "Perubahan berlaku untuk semua angkatan program ini dan tercatat di log audit.",
    submit: "Simpan perubahan",
    saved: "Program pelatihan diperbarui.",
  },
  batch: {
    title: "Ubah angkatan",
    submit: "Simpan perubahan",
    saved: "Angkatan diperbarui.",
    savedNotified: "Angkatan diperbarui. {participants} peserta dan {supervisors} atasan diberi tahu perubahan jadwal.",
    confirmedNote: "{confirmed} peserta terkonfirmasi. Bila tanggal atau tempat berubah, mereka dan atasannya menerima pemberitahuan, dan berkas kalender (ICS) mereka diperbarui.",
    attendanceNote: "Presensi sudah tercatat: tanggal tidak dapat digeser lagi.",
    shiftNote: "Sesi rundown ikut bergeser bersama tanggal mulai (hari ke-2 tetap hari ke-2).",
    locked: "Angkatan ini sudah selesai atau dibatalkan, sehingga tidak dapat diubah.",
  },
};
