// Rundowns and budget lines for the demo batches.

type Row = { day: number; start: string; end: string; title: string; kind: string; place?: string };
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

export function planRundown(rows: Row[]) {
  return (start: Date) =>
    rows.map((r) => ({
      date: new Date(start.getTime() + r.day * 86_400_000).toISOString().slice(0, 10),
      startMinute: minutes(r.start), endMinute: minutes(r.end), title: r.title, kind: r.kind, place: r.place,
    }));
}

/** Seed 001, figure 4: of two days only the 120-minute material delivery is learning (2,67 JP). */
export const CAPACITY_BUILDING_RUNDOWN = planRundown([
  { day: 0, start: "08:00", end: "12:00", title: "Keberangkatan peserta", kind: "TRAVEL" },
  { day: 0, start: "18:00", end: "19:00", title: "Makan malam", kind: "MEAL" },
  { day: 0, start: "19:00", end: "19:05", title: "Pembukaan", kind: "OPENING_CLOSING" },
  { day: 0, start: "19:05", end: "19:20", title: "Sambutan Wali Kota", kind: "OPENING_CLOSING" },
  { day: 0, start: "19:20", end: "22:20", title: "Makan malam dan hiburan", kind: "OTHER" },
  { day: 1, start: "06:30", end: "07:00", title: "Sarapan", kind: "MEAL" },
  { day: 1, start: "07:00", end: "09:00", title: "Outbound", kind: "OUTBOUND" },
  { day: 1, start: "09:30", end: "11:30", title: "Penyampaian materi", kind: "LEARNING" },
  { day: 1, start: "11:30", end: "11:45", title: "Penutupan", kind: "OPENING_CLOSING" },
]);

/** Seed 001, figure 3: source of funds PAD, Rp143.000 per person-day, 0% VAT; total Rp143.248.000. */
export const CAPACITY_BUILDING_BUDGET = [
  { item: "Konsumsi peserta", volume: 210, unit: "OH", unitPrice: 143000, fundSource: "PAD" },
  { item: "Penginapan peserta", volume: 70, unit: "OK", unitPrice: 850000, fundSource: "PAD" },
  { item: "Honorarium narasumber", volume: 12, unit: "OJ", unitPrice: 1700000, fundSource: "PAD" },
  { item: "Sewa bus", volume: 4, unit: "unit/hari", unitPrice: 3500000, fundSource: "PAD" },
  { item: "ATK dan seminar kit", volume: 70, unit: "paket", unitPrice: 185000, fundSource: "PAD" },
  { item: "Outbound", volume: 70, unit: "orang", unitPrice: 90400, fundSource: "PAD" },
  { item: "Dokumentasi", volume: 1, unit: "paket", unitPrice: 40000, fundSource: "PAD" },
];

export const TWO_DAY_WORKSHOP = planRundown([
  { day: 0, start: "07:30", end: "08:00", title: "Registrasi peserta", kind: "OTHER" },
  { day: 0, start: "08:00", end: "08:30", title: "Pembukaan", kind: "OPENING_CLOSING" },
  { day: 0, start: "08:30", end: "10:00", title: "Konsep dan regulasi", kind: "LEARNING", place: "Ruang Diklat 1" },
  { day: 0, start: "10:15", end: "12:00", title: "Studi kasus", kind: "LEARNING", place: "Ruang Diklat 1" },
  { day: 0, start: "12:00", end: "13:00", title: "Ishoma", kind: "MEAL" },
  { day: 0, start: "13:00", end: "15:15", title: "Praktik terbimbing", kind: "LEARNING", place: "Lab Komputer" },
  { day: 1, start: "08:00", end: "10:15", title: "Praktik mandiri", kind: "LEARNING", place: "Lab Komputer" },
  { day: 1, start: "10:30", end: "12:00", title: "Presentasi rencana aksi", kind: "LEARNING", place: "Ruang Diklat 1" },
  { day: 1, start: "12:00", end: "12:30", title: "Penutupan", kind: "OPENING_CLOSING" },
]);
