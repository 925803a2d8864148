// Competency rules and settings (issue 14, helper "rules"): the settings page, its validation messages, and the
// labels other competency pages reuse: the five sources of a level (m.compRules.sources.ASSESSMENT_CENTRE …) and the
// JPM band keys (m.compRules.bands.HIGH …, used when an agency's own band names are not at hand).
export const compRulesId = {
  sources: {
    ASSESSMENT_CENTRE: "Assessment center",
    UJI_KOMPETENSI: "Uji kompetensi",
    MULTI_RATER: "Penilaian 360",
    SUPERVISOR: "Penilaian atasan",
    SELF: "Penilaian diri",
  },
  bands: { HIGH: "Tinggi", MID: "Sedang", LOW: "Rendah" },
  importance: { MUTLAK: "Mutlak", PENTING: "Penting", PERLU: "Perlu" },
  notAssessed: "Belum dinilai",
  settings: {
    title: "Pengaturan kompetensi",
    subtitle: "Aturan yang dipakai di peta kompetensi, profil ASN dan analisis kebutuhan pelatihan instansi Anda.",
    defaults: "Belum pernah disimpan: nilai bawaan yang berlaku.",
    validity: {
      title: "Masa berlaku hasil penilaian",
      explain:
        "Hasil penilaian dihitung sejak tanggalnya, selama sekian tahun menurut sumbernya. Pada tanggal kedaluwarsa hasil tidak berlaku lagi. Bila beberapa sumber berlaku, yang dipakai adalah sumber paling tepercaya (urutan di bawah), lalu hasil terbarunya.",
      years: "tahun",
      hint: "1–10 tahun",
    },
    jpm: {
      title: "Kategori job-person match (JPM)",
      explain:
        "JPM = jumlah level yang dicapai (paling tinggi sebesar level yang dipersyaratkan) dibagi jumlah level yang dipersyaratkan × 100, atas kompetensi yang sudah dinilai. JPM di atas atau sama dengan batas masuk kategori itu.",
      high: "Kategori tertinggi",
      mid: "Kategori tengah",
      low: "Kategori terendah",
      name: "Nama kategori",
      from: "Mulai dari (%)",
      lowRange: "Di bawah batas kategori tengah",
    },
    weighting: {
      title: "Bobot prioritas kebutuhan pelatihan",
      explain:
        "Prioritas sebuah kebutuhan = jumlah kesenjangan semua ASN di dalamnya. Bila diaktifkan, setiap kesenjangan dikalikan bobot tingkat kepentingan kompetensi itu dalam standar jabatan.",
      toggle: "Bobot menurut tingkat kepentingan (Mutlak, Penting, Perlu)",
      off: "Bila tidak dicentang, setiap kesenjangan berbobot 1 (bernilai sama).",
      weight: "Bobot {importance}",
    },
    save: "Simpan pengaturan",
    saving: "Menyimpan…",
    saved: "Pengaturan kompetensi tersimpan. Perhitungan berikutnya memakai aturan baru.",
  },
  errors: {
    validityAssessmentCentre: "Masa berlaku Assessment center harus bilangan bulat 1–10 tahun.",
    validityUjiKompetensi: "Masa berlaku Uji kompetensi harus bilangan bulat 1–10 tahun.",
    validityMultiRater: "Masa berlaku Penilaian 360 harus bilangan bulat 1–10 tahun.",
    validitySupervisor: "Masa berlaku Penilaian atasan harus bilangan bulat 1–10 tahun.",
    validitySelf: "Masa berlaku Penilaian diri harus bilangan bulat 1–10 tahun.",
    jpmHighPct: "Batas kategori tertinggi harus bilangan bulat 2–100 (%).",
    jpmMidPct: "Batas kategori tengah harus bilangan bulat 1–99 (%).",
    bandsOrder: "Batas kategori tengah harus lebih kecil dari batas kategori tertinggi.",
    jpmHighName: "Nama kategori tertinggi wajib diisi (paling banyak 40 karakter).",
    jpmMidName: "Nama kategori tengah wajib diisi (paling banyak 40 karakter).",
    jpmLowName: "Nama kategori terendah wajib diisi (paling banyak 40 karakter).",
    weightMutlak: "Bobot Mutlak harus bilangan bulat positif (1–100).",
    weightPenting: "Bobot Penting harus bilangan bulat positif (1–100).",
    weightPerlu: "Bobot Perlu harus bilangan bulat positif (1–100).",
  },
};
