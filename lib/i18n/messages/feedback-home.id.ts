// Messages of the supervisor's pending feedback tasks on /tim, and of the participant's L1/L2 results shown with
// a task (on /tim, the task list and the task page).
export const feedbackHomeId = {
  title: "Permintaan umpan balik",
  waiting: "{count} umpan balik pasca-pelatihan menunggu Anda.",
  seeAll: "Lihat semua ({count})",
  none: "Tidak ada permintaan umpan balik yang menunggu.",
  dueOn: "Mohon diisi sebelum {date}",
  overdue: "Terlambat · batas {date}",
  assignedOn: "Diminta {date}",
  credited: "{jp} diakui",
  results: {
    title: "Hasil pelatihan",
    subtitle: "Evaluasi reaksi (level 1) dan pembelajaran (level 2) pegawai ini pada angkatan tersebut.",
    l1: "Reaksi (L1)",
    l2: "Pembelajaran (L2)",
    anonymous: "Anonim — hasil pribadi tidak ditampilkan",
    notSubmitted: "Belum mengisi",
    noQuestionnaire: "Tidak ada kuesioner",
    average: "Rata-rata {value} dari 5",
    pre: "Pre-test",
    post: "Post-test",
    gain: "Kenaikan",
    noScores: "Belum ada nilai",
    observer: "Penilaian pengamat",
    noRatings: "Belum ada penilaian pengamat",
  },
};
