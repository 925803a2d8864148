// Rundown, attendance and teaching schedule: learning sessions versus schedule-only ones, and the trainer's
// schedule in three sections (issue 12).
export const rundownId = {
  scheduleOnly: "Jadwal saja",
  scheduleOnlyHint: "Bukan sesi pembelajaran: tidak dihitung JP dan tidak diabsen.",
  gridScheduleOnly: "{count} sesi lain (ISHOMA, pembukaan, penutupan, dan sejenisnya) hanya jadwal: tidak diabsen dan tidak dihitung JP.",
  kindChange: {
    label: "Jenis sesi",
    labelFor: "Jenis sesi {title}",
    hasAttendance: "Jenis sesi tidak dapat diubah karena presensinya sudah dicatat.",
    submit: "Simpan jenis",
    saved: "Jenis sesi tersimpan.",
  },
  schedule: {
    today: "Hari ini",
    upcoming: "Akan datang",
    past: "Selesai",
    todayEmpty: "Tidak ada sesi hari ini.",
    upcomingEmpty: "Tidak ada sesi mendatang.",
    sessionEnded: "Selesai",
    sessionNow: "Berlangsung",
    sessionLater: "Nanti",
    nextSession: "Sesi berikutnya {date}, {time}",
  },
};
