// Refusals of an uploaded spreadsheet by the import pipeline (lib/import/refusal.ts), for every import.
export const importId = {
  uploadTooLarge: "Berkas lebih dari {limit} MB.",
  corrupt: "Berkas bukan XLSX yang utuh dan tidak dapat dibaca.",
  inconsistent: "Isi berkas tidak sesuai dengan daftar isinya. Berkas rusak atau sengaja dibuat untuk membebani server; simpan ulang dari aplikasi lembar kerja.",
  tooManyEntries: "Berkas memuat terlalu banyak bagian ({count}; batas {limit}).",
  entryTooLarge: "Isi berkas terlalu besar setelah dibuka: bagian {name} berukuran {size} MB (batas {limit} MB).",
  unpackedTooLarge: "Isi berkas terlalu besar setelah dibuka: {size} MB (batas {limit} MB).",
  compressionRatio: "Berkas dipadatkan secara tidak wajar (bagian {name}, {ratio} kali; batas {limit} kali). Simpan ulang dari aplikasi lembar kerja.",
  tooManyRows: "Lembar kerja terlalu panjang: ada isian atau format di baris {row}, sedangkan batasnya {limit} baris. Hapus baris yang tidak dipakai, lalu unggah ulang.",
  tooManyColumns: "Lembar kerja terlalu lebar: ada isian atau format di kolom {column}, sedangkan batasnya {limit} kolom. Hapus kolom yang tidak dipakai, lalu unggah ulang.",
  csvCorrupt: "Berkas CSV tidak dapat dibaca (tanda kutip tidak tertutup atau baris terlalu panjang). Simpan ulang dari aplikasi lembar kerja.",
  noHeader: "Berkas kosong: baris judul kolom tidak ditemukan.",
  missingHeaders: "Kolom wajib tidak ditemukan: {headers}.",
  runNotReady: "Impor ini tidak dapat diterapkan: pemeriksaannya belum selesai, ada baris yang salah, atau impor ini sudah diterapkan.",
  runChangedSinceCheck: "Data berubah sejak pemeriksaan (baris {line}: {problem}). Unggah ulang berkas untuk memeriksanya kembali.",
};
