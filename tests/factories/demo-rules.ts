// Pure rules that keep the demo believable, shared by the generators and the test that pins them
// (tests/unit/demo-rules.test.ts, tests/integration/demo-believable.test.ts):
//  - training happens on weekdays (dates are calendar dates, UTC midnight, as lib/time.ts stores them);
//  - a PNS's golongan fits their years of service since TMT CPNS (NIP digits 9–14) and their education;
//  - a supervisor's position is at least as senior as their staff's.
import type { PositionType } from "@/lib/generated/prisma/enums";
import { PANGKAT_BY_GOLONGAN, PNS_GOLONGAN, type PnsGolongan } from "./data/positions";

const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Weekdays
// ---------------------------------------------------------------------------------------------

/** Saturday or Sunday, for a calendar date stored as UTC midnight (its UTC weekday is the local one). */
export function isWeekend(date: Date): boolean {
  const day = date.getUTCDay();
  return day === 0 || day === 6;
}

/** The date itself when it is a weekday, else the next Monday. */
export function weekdayOnOrAfter(date: Date): Date {
  let d = date;
  while (isWeekend(d)) d = new Date(d.getTime() + DAY);
  return d;
}

/** The date itself when it is a weekday, else the Friday before. */
export function weekdayOnOrBefore(date: Date): Date {
  let d = date;
  while (isWeekend(d)) d = new Date(d.getTime() - DAY);
  return d;
}

/**
 * The start of a run of `days` consecutive weekdays (1–5) nearest to `date` in the given direction:
 * the date itself when the whole run fits in its week, else the next (or an earlier) start that does.
 */
export function weekdayRunStart(date: Date, days: number, direction: "later" | "earlier" = "later"): Date {
  if (days < 1 || days > 5) throw new Error(`A run of ${days} weekdays does not fit in a week`);
  const step = direction === "later" ? DAY : -DAY;
  let d = date;
  while (Array.from({ length: days }, (_, i) => new Date(d.getTime() + i * DAY)).some(isWeekend)) d = new Date(d.getTime() + step);
  return d;
}

/** `n` weekdays after a weekday `date` (n = 0 is the date itself). */
export function addWeekdays(date: Date, n: number): Date {
  let d = weekdayOnOrAfter(date);
  for (let left = n; left > 0; ) {
    d = new Date(d.getTime() + DAY);
    if (!isWeekend(d)) left--;
  }
  return d;
}

// ---------------------------------------------------------------------------------------------
// Pangkat/golongan and years of service
// ---------------------------------------------------------------------------------------------

/** Full years between TMT CPNS (NIP digits 9–14: year and month, first of the month) and `asOf`; null for PPPK. */
export function yearsOfService(nip: string, asOf: Date): number | null {
  const month = nip.slice(12, 14);
  if (month === "21") return null; // PPPK put 21 where the month would be (lib/people/nip.ts)
  const tmtYear = Number(nip.slice(8, 12));
  const months = (asOf.getUTCFullYear() - tmtYear) * 12 + asOf.getUTCMonth() - (Number(month) - 1);
  return Math.max(0, Math.floor(months / 12));
}

const index = (g: PnsGolongan) => PNS_GOLONGAN.indexOf(g);
const at = (i: number): PnsGolongan => PNS_GOLONGAN[Math.max(0, Math.min(PNS_GOLONGAN.length - 1, i))]!;

/**
 * The golongan a PNS can have entered with, read from their titles (PP 99/2000 art. 11 with the usual
 * appointments): no degree → SMP to SMA (I/c–II/a, an unwritten degree up to III/a); diploma III → II/c;
 * diploma IV or bachelor → III/a; physicians and dentists → III/b; a master's alone → III/a (the bachelor's
 * is often left out) to III/b; a doctorate alone → up to III/c.
 */
export function entryGolongan(person: { frontTitle: string | null; backTitle: string | null }): { lowest: PnsGolongan; highest: PnsGolongan } {
  const front = (person.frontTitle ?? "").split(/\s+/);
  const back = (person.backTitle ?? "").split(/,\s*/).filter(Boolean);
  if (front.includes("dr.") || front.includes("drg.")) return { lowest: "III/b", highest: "III/b" };
  if (back.some((t) => t.startsWith("A.Md"))) return { lowest: "II/c", highest: "II/c" };
  if (back.some((t) => t.startsWith("S.")) || front.some((t) => ["Ir.", "Drs.", "Dra.", "apt.", "Ns."].includes(t))) return { lowest: "III/a", highest: "III/a" };
  if (back.some((t) => t.startsWith("M."))) return { lowest: "III/a", highest: "III/b" };
  if (back.some((t) => /^(Dr|Ph\.D)/.test(t))) return { lowest: "III/a", highest: "III/c" };
  return { lowest: "I/c", highest: "III/a" };
}

/**
 * The golongan a PNS can plausibly hold after `years` of service from an entry range:
 *  - at most one promotion in the first four years (none: the first regular promotion comes after four
 *    years in rank), then one every two years at the fastest (functional credit points, structural posts);
 *  - at least one every four years, allowing a year's lag (promotions come in April and October, after the
 *    papers), but never beyond three regular promotions (the ceiling of regular promotion for one's
 *    education stops many a career there).
 */
export function plausibleGolongan(entry: { lowest: PnsGolongan; highest: PnsGolongan }, years: number): { lowest: PnsGolongan; highest: PnsGolongan } {
  const fastest = years < 4 ? 0 : 1 + Math.floor((years - 4) / 2);
  const slowest = Math.min(Math.floor(Math.max(0, years - 1) / 4), 3);
  return { lowest: at(index(entry.lowest) + slowest), highest: at(index(entry.highest) + fastest) };
}

/** "Penata Muda Tingkat I (III/b)" → "III/b"; null when the text carries no PNS golongan. */
export function golonganOf(rank: string): PnsGolongan | null {
  const match = /\b(IV|III|II|I)\/([a-e])\b/.exec(rank);
  const g = match ? `${match[1]}/${match[2]}` : null;
  return g && (PNS_GOLONGAN as readonly string[]).includes(g) ? (g as PnsGolongan) : null;
}

/** Whether a golongan lies in a range, both ends included. */
export function golonganWithin(g: PnsGolongan, range: { lowest: PnsGolongan; highest: PnsGolongan }): boolean {
  return index(g) >= index(range.lowest) && index(g) <= index(range.highest);
}

/** The golongan of a list that lie in a range, in order. */
export function golonganIn(list: readonly PnsGolongan[], range: { lowest: PnsGolongan; highest: PnsGolongan }): PnsGolongan[] {
  return list.filter((g) => golonganWithin(g, range));
}

/** How the demo writes a PNS rank: "Penata Muda Tingkat I (III/b)". */
export function pnsRank(g: PnsGolongan): string {
  return `${PANGKAT_BY_GOLONGAN[g]} (${g})`;
}

/** Whether a PNS's rank is plausible for their titles and years of service as of `asOf`; PPPK are not judged. */
export function isPlausibleRank(person: { nip: string; rank: string; frontTitle: string | null; backTitle: string | null }, asOf: Date): boolean {
  const years = yearsOfService(person.nip, asOf);
  if (years === null) return true;
  const g = golonganOf(person.rank);
  return g !== null && golonganWithin(g, plausibleGolongan(entryGolongan(person), years));
}

// ---------------------------------------------------------------------------------------------
// Position levels
// ---------------------------------------------------------------------------------------------

/**
 * Seniority of a position, structural and functional on one scale (the equivalence of PermenPANRB 17/2021:
 * Ahli Utama with JPT Pratama, Ahli Madya with Administrator, Ahli Muda with Pengawas, Ahli Pertama and
 * Penyelia below, then Mahir, Terampil and Pelaksana, Pemula).
 */
export const POSITION_LEVEL: Record<PositionType, number> = {
  JPT_UTAMA: 9, JPT_MADYA: 8, JPT_PRATAMA: 7, FUNGSIONAL_AHLI_UTAMA: 7,
  ADMINISTRATOR: 6, FUNGSIONAL_AHLI_MADYA: 6,
  PENGAWAS: 5, FUNGSIONAL_AHLI_MUDA: 5,
  FUNGSIONAL_AHLI_PERTAMA: 4, FUNGSIONAL_PENYELIA: 4,
  FUNGSIONAL_MAHIR: 3,
  PELAKSANA: 2, FUNGSIONAL_TERAMPIL: 2,
  FUNGSIONAL_PEMULA: 1,
};

/** A supervisor's position must be at least as senior as their staff's (a Camat over a Sekcam, a Kabid over an Ahli Madya). */
export function maySupervise(supervisor: PositionType, staff: PositionType): boolean {
  return POSITION_LEVEL[supervisor] >= POSITION_LEVEL[staff];
}
