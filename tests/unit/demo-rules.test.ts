// The rules that keep the demo believable (tests/factories/demo-rules.ts), and the planned organisation that
// follows them on any day the demo may be seeded: ranks fit the years of service, nobody reports to a junior.
import { describe, expect, it } from "vitest";
import demoAccounts from "@/prisma/demo-accounts.json";
import { pknRundown } from "@/tests/factories/demo-pkn";
import { planDemo, type FixedPerson } from "@/tests/factories/demo-plan";
import {
  addWeekdays, entryGolongan, golonganOf, isPlausibleRank, isWeekend, maySupervise, plausibleGolongan, pnsRank,
  weekdayOnOrAfter, weekdayOnOrBefore, weekdayRunStart, yearsOfService,
} from "@/tests/factories/demo-rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("weekdays", () => {
  it("knows Saturday and Sunday from a stored calendar date", () => {
    expect(["2026-12-04", "2026-12-05", "2026-12-06", "2026-12-07"].map((d) => isWeekend(day(d)))).toEqual([false, true, true, false]);
  });
  it("moves a weekend day to the Monday after or the Friday before, and leaves weekdays alone", () => {
    expect(iso(weekdayOnOrAfter(day("2026-12-05")))).toBe("2026-12-07");
    expect(iso(weekdayOnOrBefore(day("2026-12-06")))).toBe("2026-12-04");
    expect(iso(weekdayOnOrAfter(day("2026-12-08")))).toBe("2026-12-08");
  });
  it("finds a run of consecutive weekdays inside one week", () => {
    expect(iso(weekdayRunStart(day("2026-12-03"), 3))).toBe("2026-12-07"); // Thursday–Saturday does not fit
    expect(iso(weekdayRunStart(day("2026-12-03"), 3, "earlier"))).toBe("2026-12-02");
    expect(iso(weekdayRunStart(day("2026-12-03"), 2))).toBe("2026-12-03");
    expect(() => weekdayRunStart(day("2026-12-03"), 6)).toThrow();
  });
  it("counts weekdays past a weekend", () => {
    expect(iso(addWeekdays(day("2026-12-04"), 1))).toBe("2026-12-07");
    expect(iso(addWeekdays(day("2026-12-04"), 0))).toBe("2026-12-04");
    expect(iso(addWeekdays(day("2026-12-01"), 5))).toBe("2026-12-08");
  });
});

describe("golongan for the years of service", () => {
  it("reads TMT CPNS from NIP digits 9–14 and counts whole years; PPPK have none", () => {
    expect(yearsOfService("199203152019032001", day("2026-02-28"))).toBe(6);
    expect(yearsOfService("199203152019032001", day("2026-03-01"))).toBe(7);
    expect(yearsOfService("199002122023212001", day("2026-12-05"))).toBeNull();
  });
  it("reads the entry golongan from the titles", () => {
    expect(entryGolongan({ frontTitle: null, backTitle: "S.Kom." })).toEqual({ lowest: "III/a", highest: "III/a" });
    expect(entryGolongan({ frontTitle: null, backTitle: "A.Md.Kom." })).toEqual({ lowest: "II/c", highest: "II/c" });
    expect(entryGolongan({ frontTitle: "dr.", backTitle: "M.Kes." })).toEqual({ lowest: "III/b", highest: "III/b" });
    expect(entryGolongan({ frontTitle: "Dr.", backTitle: "M.Si." })).toEqual({ lowest: "III/a", highest: "III/b" });
    expect(entryGolongan({ frontTitle: null, backTitle: null })).toEqual({ lowest: "I/c", highest: "III/a" });
  });
  it("puts a III/a entrant of 2019 at III/b or III/c in 2026, never IV/c", () => {
    const rina = { nip: "199203152019032001", frontTitle: null, backTitle: "S.Kom." };
    const asOf = day("2026-12-05");
    expect(plausibleGolongan(entryGolongan(rina), 7)).toEqual({ lowest: "III/b", highest: "III/c" });
    expect(isPlausibleRank({ ...rina, rank: pnsRank("III/a") }, asOf)).toBe(false);
    expect(isPlausibleRank({ ...rina, rank: pnsRank("III/b") }, asOf)).toBe(true);
    expect(isPlausibleRank({ ...rina, rank: "Penata (III/c)" }, asOf)).toBe(true);
    expect(isPlausibleRank({ ...rina, rank: pnsRank("III/d") }, asOf)).toBe(false);
    expect(isPlausibleRank({ ...rina, rank: pnsRank("IV/c") }, asOf)).toBe(false);
    expect(isPlausibleRank({ ...rina, rank: "tidak tercatat" }, asOf)).toBe(false);
  });
  it("expects some promotion after long service, up to the ceiling of regular promotion", () => {
    expect(plausibleGolongan({ lowest: "III/a", highest: "III/a" }, 3)).toEqual({ lowest: "III/a", highest: "III/a" });
    expect(plausibleGolongan({ lowest: "III/a", highest: "III/a" }, 5)).toEqual({ lowest: "III/b", highest: "III/b" });
    expect(plausibleGolongan({ lowest: "III/a", highest: "III/a" }, 12)).toEqual({ lowest: "III/c", highest: "IV/b" });
    expect(plausibleGolongan({ lowest: "III/a", highest: "III/a" }, 30)).toEqual({ lowest: "III/d", highest: "IV/e" });
    expect(isPlausibleRank({ nip: "197808222005011003", frontTitle: null, backTitle: "S.T., M.Kom.", rank: pnsRank("III/a") }, day("2026-12-05"))).toBe(false);
  });
  it("reads the golongan out of a written rank and leaves PPPK alone", () => {
    expect(golonganOf("Penata Muda Tingkat I (III/b)")).toBe("III/b");
    expect(golonganOf("IV/e")).toBe("IV/e");
    expect(golonganOf("Golongan IX")).toBeNull();
    expect(isPlausibleRank({ nip: "199002122023212001", frontTitle: null, backTitle: null, rank: "Golongan IX" }, day("2026-12-05"))).toBe(true);
  });
});

describe("position levels", () => {
  it("lets no Ahli Utama or Ahli Madya report to a Kepala Seksi, and keeps the structural chain", () => {
    expect(maySupervise("PENGAWAS", "FUNGSIONAL_AHLI_UTAMA")).toBe(false);
    expect(maySupervise("PENGAWAS", "FUNGSIONAL_AHLI_MADYA")).toBe(false);
    expect(maySupervise("ADMINISTRATOR", "FUNGSIONAL_AHLI_MADYA")).toBe(true);
    expect(maySupervise("JPT_PRATAMA", "FUNGSIONAL_AHLI_UTAMA")).toBe(true);
    expect(maySupervise("PENGAWAS", "FUNGSIONAL_AHLI_MUDA")).toBe(true);
    expect(maySupervise("PENGAWAS", "PELAKSANA")).toBe(true);
    expect(maySupervise("PENGAWAS", "ADMINISTRATOR")).toBe(false);
    expect(maySupervise("ADMINISTRATOR", "JPT_PRATAMA")).toBe(false);
  });
});

describe("the planned demo organisation", () => {
  const fixed = demoAccounts.accounts.flatMap((a) => ("person" in a && a.person ? [a.person as FixedPerson] : []));
  it.each(["2026-01-02", "2026-12-05", "2027-07-01", "2029-03-15"])("is believable when seeded on %s", (asOf) => {
    const plan = planDemo(fixed, undefined, day(asOf));
    const type = new Map(plan.positions.map((p) => [p.id, p.type]));
    const byId = new Map(plan.employees.map((e) => [e.id, e]));
    expect(plan.employees.length).toBeGreaterThan(300);
    expect(plan.employees.filter((e) => e.kind === "PNS" && !isPlausibleRank(e, day(asOf))).map((e) => `${e.nip} ${e.rank}`)).toEqual([]);
    expect(plan.employees.filter((e) => e.supervisorId && !maySupervise(type.get(byId.get(e.supervisorId)!.positionId)!, type.get(e.positionId)!))).toEqual([]);
    for (const person of fixed) expect(plan.employees.find((e) => e.nip === person.nip)?.slot).toBe(person.slot);
  });
  it("is the same people whatever the day (only ranks follow the day)", () => {
    const nips = (asOf: string) => planDemo(fixed, undefined, day(asOf)).employees.map((e) => e.nip);
    expect(nips("2029-03-15")).toEqual(nips("2026-12-05"));
  });
});

describe("PKN Tingkat II", () => {
  it("runs on weekdays from 12 August to 13 December 2024 with hundreds of JP", () => {
    const sessions = pknRundown();
    expect(sessions.filter((s) => isWeekend(day(s.date)))).toEqual([]);
    expect(sessions[0]!.date).toBe("2024-08-12");
    expect(sessions.at(-1)!.date).toBe("2024-12-13");
    const jp = sessions.filter((s) => s.kind === "LEARNING").reduce((sum, s) => sum + s.endMinute - s.startMinute, 0) / 45;
    expect(jp).toBeGreaterThanOrEqual(200);
    expect(sessions.length).toBeLessThanOrEqual(500); // the batch form's limit
  });
});
