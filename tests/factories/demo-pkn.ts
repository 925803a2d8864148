// PKN Tingkat II in the demo. A city does not run it: the province's BPSDMD does, accredited by and with LAN,
// over months and hundreds of JP; the city sends its JPT Pratama and records their participation. Dates follow
// seed 003's batch 34 (12 August – 13 December 2024, a Monday and a Friday); the phases follow the programme's
// usual shape: classroom agendas, a change project carried out at the workplace with weekly coaching, a field
// study, the change-project seminar and the closing. Weekdays only, and not on that year's national holidays.
import { addWeekdays, isWeekend } from "./demo-rules";

export const PKN_TITLE = "Pelatihan Kepemimpinan Nasional Tingkat II (PKN II)";
export const PKN_ORGANISER = "BPSDMD Provinsi Jawa Tengah bersama Lembaga Administrasi Negara (LAN RI)";
export const PKN_VENUE = "Kampus BPSDMD Provinsi Jawa Tengah, Jl. Setiabudi No. 201A, Srondol Kulon, Semarang";
export const PKN_BATCH = { number: 34, startDate: "2024-08-12", endDate: "2024-12-13" } as const;

/** What the city pays: the contribution fee for each participant it sends (the province's price list). */
export const PKN_BUDGET = [
  { item: "Biaya kontribusi peserta PKN Tingkat II", volume: 8, unit: "orang", unitPrice: 97_500_000, fundSource: "APBD" },
  { item: "Perjalanan dinas studi lapangan", volume: 8, unit: "orang", unitPrice: 7_250_000, fundSource: "APBD" },
];

/** Maulid Nabi (16 September) and the regional elections (27 November) were national holidays in 2024. */
const HOLIDAYS = new Set(["2024-09-16", "2024-11-27"]);
const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const date = (s: string) => new Date(`${s}T00:00:00Z`);

type Session = { date: string; startMinute: number; endMinute: number; title: string; kind: string; place?: string };
const h = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/** Weekdays from `from` to `to` (inclusive) that are not holidays. */
function workdays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = date(from); d <= date(to); d = new Date(d.getTime() + DAY)) if (!isWeekend(d) && !HOLIDAYS.has(iso(d))) days.push(iso(d));
  return days;
}

/**
 * A classroom day: morning and afternoon learning; the hour of ISHOMA between them is left out of the rundown
 * (it is not learning, and a rundown of some hundred rows is long enough for the batch page).
 */
function classroomDay(day: string, title: string, place = "Ruang kelas"): Session[] {
  return [
    { date: day, startMinute: h("08:00"), endMinute: h("12:00"), title, kind: "LEARNING", place },
    { date: day, startMinute: h("13:00"), endMinute: h("16:00"), title, kind: "LEARNING", place },
  ];
}

/** The rundown of the whole batch, in date order. */
export function pknRundown(): Session[] {
  const sessions: Session[] = [];
  const phase = (from: string, to: string, title: string, place?: string) => {
    for (const day of workdays(from, to)) sessions.push(...classroomDay(day, title, place));
  };
  const [first, ...restOfWeek] = workdays("2024-08-12", "2024-08-16");
  sessions.push(
    { date: first!, startMinute: h("08:00"), endMinute: h("09:00"), title: "Pembukaan oleh Kepala BPSDMD Provinsi Jawa Tengah", kind: "OPENING_CLOSING", place: "Ruang kelas" },
    { date: first!, startMinute: h("09:00"), endMinute: h("12:00"), title: "Agenda Kepemimpinan Pancasila dan Bela Negara", kind: "LEARNING", place: "Ruang kelas" },
    { date: first!, startMinute: h("13:00"), endMinute: h("16:00"), title: "Agenda Kepemimpinan Pancasila dan Bela Negara", kind: "LEARNING", place: "Ruang kelas" },
  );
  for (const day of restOfWeek) sessions.push(...classroomDay(day, "Agenda Kepemimpinan Pancasila dan Bela Negara"));
  phase("2024-08-19", "2024-08-30", "Agenda Kepemimpinan Strategis");
  phase("2024-09-02", "2024-09-13", "Agenda Manajemen Perubahan: perancangan proyek perubahan");
  // Breakthrough: the change project at each participant's workplace, with a coach every Wednesday afternoon (online).
  for (const day of workdays("2024-09-17", "2024-11-08").filter((d) => date(d).getUTCDay() === 3)) {
    sessions.push({ date: day, startMinute: h("13:00"), endMinute: h("15:15"), title: "Coaching implementasi proyek perubahan", kind: "LEARNING", place: "Daring (Zoom BPSDMD)" });
  }
  const [departure, ...study] = workdays("2024-11-11", "2024-11-15");
  sessions.push({ date: departure!, startMinute: h("07:00"), endMinute: h("12:00"), title: "Perjalanan ke lokasi studi lapangan", kind: "TRAVEL" });
  sessions.push({ date: departure!, startMinute: h("13:00"), endMinute: h("16:00"), title: "Studi lapangan kepemimpinan strategis: pembekalan", kind: "LEARNING", place: "Lokasi studi lapangan" });
  for (const day of study) sessions.push(...classroomDay(day, "Studi lapangan kepemimpinan strategis", "Lokasi studi lapangan"));
  phase("2024-11-18", "2024-11-29", "Agenda Aktualisasi Kepemimpinan Strategis");
  for (const day of workdays("2024-12-02", "2024-12-06").filter((d) => date(d).getUTCDay() === 3)) {
    sessions.push({ date: day, startMinute: h("13:00"), endMinute: h("15:15"), title: "Coaching laporan proyek perubahan", kind: "LEARNING", place: "Daring (Zoom BPSDMD)" });
  }
  phase("2024-12-09", "2024-12-12", "Seminar proyek perubahan di hadapan penguji, coach dan mentor");
  const last = iso(addWeekdays(date("2024-12-12"), 1));
  sessions.push(
    { date: last, startMinute: h("08:00"), endMinute: h("11:00"), title: "Evaluasi akhir dan rencana tindak lanjut", kind: "LEARNING", place: "Ruang kelas" },
    { date: last, startMinute: h("13:00"), endMinute: h("14:00"), title: "Penutupan", kind: "OPENING_CLOSING", place: "Ruang kelas" },
  );
  return sessions;
}
