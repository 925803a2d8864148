// Messages of the error, not-found and loading screens. Small on purpose: app/error.tsx and
// app/global-error.tsx are client components and import these two files directly (not the whole catalog).
export const statusPagesId = {
  errorTitle: "Terjadi kesalahan",
  errorBody: "Halaman ini tidak dapat ditampilkan. Coba lagi; bila masih gagal, sampaikan kode {id} kepada admin.",
  errorBodyNoId: "Halaman ini tidak dapat ditampilkan. Coba lagi; bila masih gagal, hubungi admin.",
  retry: "Coba lagi",
  home: "Beranda",
  notFoundTitle: "Halaman tidak ditemukan",
  notFoundBody: "Alamat ini tidak ada, atau datanya di luar wewenang Anda.",
  loading: "Memuat…",
};
