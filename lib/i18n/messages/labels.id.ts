// Names of the position types and the competency standard table's texts, used across the app.

export const positionTypeLabelsId = {
  JPT_UTAMA: "JPT Utama",
  JPT_MADYA: "JPT Madya",
  JPT_PRATAMA: "JPT Pratama",
  ADMINISTRATOR: "Administrator",
  PENGAWAS: "Pengawas",
  PELAKSANA: "Pelaksana",
  FUNGSIONAL_AHLI_PERTAMA: "Fungsional Ahli Pertama",
  FUNGSIONAL_AHLI_MUDA: "Fungsional Ahli Muda",
  FUNGSIONAL_AHLI_MADYA: "Fungsional Ahli Madya",
  FUNGSIONAL_AHLI_UTAMA: "Fungsional Ahli Utama",
  FUNGSIONAL_PEMULA: "Fungsional Pemula",
  FUNGSIONAL_TERAMPIL: "Fungsional Terampil",
  FUNGSIONAL_MAHIR: "Fungsional Mahir",
  FUNGSIONAL_PENYELIA: "Fungsional Penyelia",
};

export const competencyLabelsId = {
  title: "Kompetensi yang dipersyaratkan jabatan saya",
  subtitle: "Standar kompetensi jabatan menurut PermenPANRB 38/2017: level 1 (Paham) sampai 5 (Ahli).",
  code: "Kode",
  name: "Kompetensi",
  level: "Level",
  importance: "Tingkat penting",
  empty: "Standar kompetensi untuk jabatan Anda belum ditetapkan. Hubungi admin BKPP.",
  kinds: { MANAGERIAL: "Manajerial", SOCIOCULTURAL: "Sosial kultural", TECHNICAL: "Teknis", GOVERNMENT: "Pemerintahan" },
  importanceLabel: { MUTLAK: "Mutlak", PENTING: "Penting", PERLU: "Perlu" },
  levels: { 1: "Paham", 2: "Dasar", 3: "Menengah", 4: "Mumpuni", 5: "Ahli" },
};
