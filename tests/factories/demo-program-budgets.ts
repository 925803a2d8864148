// The budget lines of the demo programs (issue 15, decision 0039): each kind of activity costs what such an activity
// costs a city, by its size, instead of one figure for all. Prices follow seed 001: consumption Rp143.000 per
// person-day (OH), a speaker Rp1.700.000 per hour (OJ) or the BKPP's own widyaiswara Rp1.000.000, ATK and seminar kit
// Rp185.000 per package; courses elsewhere are a fee per participant plus official travel. Honoraria carry the 5%
// tax line the catalog adds. Capacity Building Camat dan Lurah and PKN Tingkat II keep their own (seed 001, demo-pkn).
import type { RouteCode } from "@/lib/generated/prisma/enums";

type BudgetLine = { item: string; volume: number; unit: string; unitPrice: number; fundSource: string; taxBasisPoints?: number };

const food = (personDays: number, fundSource = "APBD"): BudgetLine => ({ item: "Konsumsi peserta", volume: personDays, unit: "OH", unitPrice: 143_000, fundSource });
const speaker = (hours: number, unitPrice = 1_700_000, fundSource = "APBD"): BudgetLine =>
  ({ item: "Honorarium narasumber", volume: hours, unit: "OJ", unitPrice, fundSource, taxBasisPoints: 500 });
const kit = (packages: number, fundSource = "APBD"): BudgetLine => ({ item: "ATK dan seminar kit", volume: packages, unit: "paket", unitPrice: 185_000, fundSource });
const perPerson = (item: string, people: number, unitPrice: number, fundSource = "APBD"): BudgetLine => ({ item, volume: people, unit: "orang", unitPrice, fundSource });
const lump = (item: string, volume: number, unit: string, unitPrice: number, fundSource = "APBD"): BudgetLine => ({ item, volume, unit, unitPrice, fundSource });

/** A classroom activity of `people` over `days` with `hours` of speakers. */
const classroom = (people: number, days: number, hours: number, rate = 1_700_000, fundSource = "APBD") =>
  [food(people * days, fundSource), speaker(hours, rate, fundSource), kit(people, fundSource)];

/** Participants and days of the programs that share a kind with another, so two of a kind still differ by size. */
const SIZE: Record<string, [people: number, days: number]> = {
  "Bimbingan Teknis Penatausahaan Keuangan Daerah melalui SIPD": [40, 2],
  "Bimbingan Teknis Penyusunan Produk Hukum Daerah": [25, 3],
  "Bimbingan Teknis Penatausahaan Barang Milik Daerah": [35, 2],
  "Pelatihan Teknis Penegakan Perda bagi Polisi Pamong Praja": [35, 3],
  "Pelatihan Pelayanan Prima Administrasi Kependudukan": [40, 2],
  "Pelatihan Analisis Kebutuhan Pengembangan Kompetensi": [20, 3],
  "Workshop Hubungan Kerja Pemerintah Daerah dan DPRD": [45, 1],
  "Workshop Penyusunan SAKIP": [30, 3],
  "Pelatihan Manajerial Komunikasi Efektif bagi Pejabat Pengawas": [30, 2],
};

const BY_ROUTE: Partial<Record<RouteCode, (size?: [number, number]) => BudgetLine[]>> = {
  KL02: ([people, days] = [30, 3]) => classroom(people, days, days * 6, 1_000_000),
  KL03: ([people, days] = [25, 3]) => classroom(people, days, days * 6, 1_000_000),
  KL04: () => [...classroom(20, 5, 30, 1_000_000), perPerson("Uji kompetensi jabatan fungsional", 20, 500_000)],
  KL05: () => classroom(40, 2, 8),
  KL06: () => [food(150), speaker(4, 3_000_000), lump("Seminar kit", 150, "paket", 120_000), lump("Sewa ruang pertemuan", 1, "hari", 12_500_000)],
  KL07: ([people, days] = [35, 2]) => classroom(people, days, days * 6),
  KL08: () => [perPerson("Biaya kursus dan uji sertifikasi", 20, 4_750_000), food(80)],
  KL09: () => [food(60), speaker(5)],
  KL10: ([people, days] = [30, 2]) => classroom(people, days, days * 6),
  KL11: () => [food(120, "PAD"), speaker(3, 1_700_000, "PAD")],
  NKL01: () => [speaker(60, 750_000)],
  NKL02: () => [speaker(40, 750_000), food(40)],
  NKL03: () => [lump("Pengembangan konten e-learning", 1, "paket", 25_000_000), lump("Langganan LMS", 12, "bulan", 1_500_000)],
  NKL04: () => [speaker(16), perPerson("Paket data peserta", 40, 150_000)],
  NKL06: () => [lump("Paket outbound", 60, "orang", 90_400), food(60), lump("Sewa bus", 2, "unit/hari", 3_500_000)],
  NKL07: () => [perPerson("Perjalanan dinas studi tiru", 12, 4_500_000), lump("Cinderamata", 1, "paket", 1_500_000)],
  NKL10: () => [food(120), speaker(6)],
  NKL11: () => [speaker(8, 1_000_000), kit(15)],
  NKL12: () => [perPerson("Perjalanan dinas magang", 5, 7_500_000), lump("Uang harian magang", 50, "OH", 530_000)],
};

/** Leadership programmes the city sends people to: a contribution fee per participant (the provider's price list). */
const LEADERSHIP: Record<string, BudgetLine[]> = {
  "Pelatihan Kepemimpinan Pengawas (PKP)": [perPerson("Biaya kontribusi peserta PKP", 30, 17_500_000)],
  "Pelatihan Kepemimpinan Administrator (PKA)": [perPerson("Biaya kontribusi peserta PKA", 10, 32_500_000), perPerson("Perjalanan dinas peserta", 10, 6_800_000)],
};

/** The budget lines of a demo program from its kind (route code) and, for leadership, its name. */
export function programBudget(title: string, routeCode: RouteCode): BudgetLine[] {
  return LEADERSHIP[title] ?? BY_ROUTE[routeCode]?.(SIZE[title]) ?? classroom(30, 2, 12);
}
