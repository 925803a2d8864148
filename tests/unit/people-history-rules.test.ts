// Pure rules of an employee's history (issue 13): dated moves, end of service, inactivity periods that never
// overlap, and the NIP's parts against the form's other fields.
import { describe, expect, test } from "vitest";
import { createEmployeeSchema, createInactivitySchema, moveEmployeeSchema } from "@/lib/people/admin-schemas";
import { composeNip } from "@/lib/people/nip";
import { checkInactivityPeriod, checkMove, checkServiceEnd, dayBefore, isUnitClosedOn, nipMismatches, periodsOverlap } from "@/lib/people/rules";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("dayBefore", () => {
  test("steps back one calendar day, across months, years and a leap day", () => {
    expect(dayBefore(d("2026-03-01"))).toEqual(d("2026-02-28"));
    expect(dayBefore(d("2024-03-01"))).toEqual(d("2024-02-29"));
    expect(dayBefore(d("2026-01-01"))).toEqual(d("2025-12-31"));
  });
});

describe("checkMove", () => {
  const current = { unitId: "u1", positionId: "p1", startDate: d("2024-07-01") };
  const service = { serviceStartDate: d("2015-03-01"), serviceEndDate: null };
  const to = (over: Partial<{ unitId: string; positionId: string; unitClosedOn: Date | null }> = {}) => ({ unitId: "u2", positionId: "p2", unitClosedOn: null, ...over });

  test("a move to another unit after the current placement started is fine", () => {
    expect(checkMove(current, to(), d("2024-07-02"), service)).toBeNull();
    expect(checkMove(current, to({ unitId: "u1" }), d("2026-01-05"), service)).toBeNull(); // position only
  });
  test("the same unit and position is no move", () => {
    expect(checkMove(current, to({ unitId: "u1", positionId: "p1" }), d("2026-01-05"), service)).toBe("unchanged");
  });
  test("on or before the current placement's start is refused (its end would precede its start)", () => {
    expect(checkMove(current, to(), d("2024-07-01"), service)).toBe("beforeCurrentStart");
    expect(checkMove(current, to(), d("2023-01-01"), service)).toBe("beforeCurrentStart");
  });
  test("before the service started, or after it ended, is refused", () => {
    expect(checkMove({ ...current, startDate: d("2010-01-01") }, to(), d("2014-01-01"), service)).toBe("beforeServiceStart");
    expect(checkMove(current, to(), d("2026-02-01"), { ...service, serviceEndDate: d("2025-12-31") })).toBe("afterServiceEnd");
  });
  test("a unit closed on or before the date takes nobody; one closing later still does", () => {
    expect(checkMove(current, to({ unitClosedOn: d("2026-01-05") }), d("2026-01-05"), service)).toBe("unitClosed");
    expect(checkMove(current, to({ unitClosedOn: d("2025-01-01") }), d("2026-01-05"), service)).toBe("unitClosed");
    expect(checkMove(current, to({ unitClosedOn: d("2026-01-06") }), d("2026-01-05"), service)).toBeNull();
  });
  test("isUnitClosedOn agrees", () => {
    expect(isUnitClosedOn({ closedOn: null }, d("2026-01-05"))).toBe(false);
    expect(isUnitClosedOn({ closedOn: d("2026-01-05") }, d("2026-01-05"))).toBe(true);
    expect(isUnitClosedOn({ closedOn: d("2026-01-06") }, d("2026-01-05"))).toBe(false);
  });
});

describe("checkServiceEnd", () => {
  test("ends on or after the start, once", () => {
    expect(checkServiceEnd({ serviceStartDate: d("2015-03-01"), serviceEndDate: null }, d("2015-03-01"))).toBeNull();
    expect(checkServiceEnd({ serviceStartDate: d("2015-03-01"), serviceEndDate: null }, d("2015-02-28"))).toBe("beforeServiceStart");
    expect(checkServiceEnd({ serviceStartDate: d("2015-03-01"), serviceEndDate: d("2025-01-01") }, d("2026-01-01"))).toBe("alreadyEnded");
  });
});

describe("inactivity periods", () => {
  const p = (id: string, start: string, end: string) => ({ id, startDate: d(start), endDate: d(end) });

  test("overlap is any shared day, the ends included", () => {
    expect(periodsOverlap(p("a", "2026-01-01", "2026-03-31"), p("b", "2026-03-31", "2026-05-01"))).toBe(true);
    expect(periodsOverlap(p("a", "2026-01-01", "2026-03-31"), p("b", "2026-04-01", "2026-05-01"))).toBe(false);
    expect(periodsOverlap(p("a", "2026-01-01", "2026-12-31"), p("b", "2026-05-01", "2026-05-01"))).toBe(true);
    expect(periodsOverlap(p("a", "2026-05-01", "2026-05-01"), p("b", "2026-01-01", "2026-12-31"))).toBe(true);
  });
  test("a period next to others is fine; one sharing a day names the period it clashes with", () => {
    const others = [p("a", "2025-01-01", "2025-06-30"), p("b", "2026-01-01", "2026-03-31")];
    expect(checkInactivityPeriod(p("new", "2025-07-01", "2025-12-31"), others)).toBeNull();
    expect(checkInactivityPeriod(p("new", "2025-12-01", "2026-01-01"), others)).toEqual({ error: "overlap", clash: others[1] });
  });
  test("the period being edited does not clash with itself", () => {
    const others = [p("a", "2026-01-01", "2026-03-31")];
    expect(checkInactivityPeriod(p("a", "2026-01-15", "2026-04-30"), others)).toBeNull();
  });
  test("an end before the start is refused before any overlap", () => {
    expect(checkInactivityPeriod(p("new", "2026-05-01", "2026-04-30"), [])).toEqual({ error: "endBeforeStart" });
  });
});

describe("the NIP against the form", () => {
  const nip = composeNip({ birthDate: "1990-04-17", tmtYear: 2015, tmtMonth: 3, gender: "F", sequence: 7 });
  const form = {
    nip, name: "Sri Wahyuningsih", frontTitle: "", backTitle: "S.Kom.", kind: "PNS", gender: "F", birthDate: "1990-04-17", rank: "III/b",
    serviceStartDate: "2015-03-01", unitId: "0190a0e2-0000-7000-8000-000000000001", positionId: "0190a0e2-0000-7000-8000-000000000002", supervisorNip: "",
  };
  const errorsOf = (input: unknown) => {
    const result = createEmployeeSchema.safeParse(input);
    return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
  };

  test("a matching form passes, with the NIP stored as 18 digits", () => {
    const result = createEmployeeSchema.safeParse({ ...form, nip: "19900417 201503 2 007" });
    expect(result.success).toBe(true);
    expect(result.data?.nip).toBe(nip);
  });
  test("birth date, sex and status that contradict the NIP are errors on those fields", () => {
    expect(errorsOf({ ...form, birthDate: "1990-04-18" })).toEqual({ birthDate: "people.form.birthDateNotNip" });
    expect(errorsOf({ ...form, gender: "M" })).toEqual({ gender: "people.form.genderNotNip" });
    expect(errorsOf({ ...form, kind: "PPPK" })).toEqual({ kind: "people.form.kindNotNip" });
  });
  test("a mismatch shows with the form's other errors, not only once they are fixed", () => {
    expect(errorsOf({ ...form, name: "", rank: "", birthDate: "1990-04-18" })).toEqual({
      name: "people.form.nameRequired", rank: "people.form.rankRequired", birthDate: "people.form.birthDateNotNip",
    });
  });
  test("a field that is itself invalid is not compared with the NIP", () => {
    expect(errorsOf({ ...form, birthDate: "17-04-1990" })).toEqual({ birthDate: "people.form.birthDateInvalid" });
    // An empty TMT once reached the comparison as undefined and threw: the whole form read as malformed.
    expect(errorsOf({ ...form, serviceStartDate: "" })).toEqual({ serviceStartDate: "people.form.serviceStartInvalid" });
  });
  test("a malformed NIP is an error on the NIP, with the reason nip.ts gives", () => {
    expect(errorsOf({ ...form, nip: "1990041720150330" })).toMatchObject({ nip: "nip.length" });
    expect(errorsOf({ ...form, nip: nip.slice(0, 14) + "3" + nip.slice(15) })).toMatchObject({ nip: "nip.gender" });
  });
  test("nipMismatches lists every mismatch", () => {
    expect(nipMismatches({ birthDate: "1990-04-17", gender: "F", kind: "PNS" }, { birthDate: d("1991-01-01"), gender: "M", kind: "PPPK" }).map((x) => x.field)).toEqual(["birthDate", "gender", "kind"]);
  });
  test("service cannot start before birth", () => {
    expect(errorsOf({ ...form, serviceStartDate: "1990-04-17" })).toEqual({ serviceStartDate: "people.form.serviceStartBeforeBirth" });
  });
});

describe("form dates", () => {
  test("a period ending before it starts is an error on its end date", () => {
    const result = createInactivitySchema.safeParse({ employeeId: "0190a0e2-0000-7000-8000-000000000001", kind: "OTHER", startDate: "2026-05-01", endDate: "2026-04-30", note: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["endDate", "people.form.periodEndBeforeStart"]]);
  });
  test("a move date that is no calendar day is refused", () => {
    const result = moveEmployeeSchema.safeParse({ employeeId: "0190a0e2-0000-7000-8000-000000000001", unitId: "0190a0e2-0000-7000-8000-000000000002", positionId: "0190a0e2-0000-7000-8000-000000000003", startDate: "2026-02-30" });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["startDate"]);
  });
});
