// The compliance list's sorting and "0 JP" filter, the SIASN export button, and a supervisor's page of one staff member.
export const complianceListId = {
  sort: {
    name: "Nama",
    nip: "NIP",
    /** After the column's name, for screen readers: what a click does. */
    hintAsc: "urutkan naik",
    hintDesc: "urutkan turun",
    shortfallFirst: "Kekurangan terbesar dulu",
    label: "Urutan dan saringan daftar",
  },
  zeroJp: {
    chip: "Hanya 0 JP",
    active: "Menampilkan ASN wajib JP yang belum memperoleh JP sama sekali tahun {year}.",
    cardLink: "Lihat daftarnya",
  },
  siasn: {
    button: "Unduh format SIASN",
    hint: "Riwayat kursus tahun {year} yang diakui, untuk diunggah ke SIASN",
  },
  staff: {
    back: "Tim saya",
    jpTitle: "JP tahun {year}",
    ledgerTitle: "Riwayat JP tahun {year}",
    ledgerEmpty: "Belum ada JP yang tercatat tahun {year}.",
    exempt: "Tidak wajib JP tahun {year} (tidak ada bulan aktif).",
    credited: "Diakui",
    target: "Target",
    planned: "Terjadwal",
    shortfall: "Kekurangan",
    status: "Status",
    open: "Lihat JP {name}",
  },
};
