import { describe, it, expect } from "vitest";
import { checkSupervisorChange, fullName, isInService, type SupervisorCandidate } from "@/lib/people/rules";

describe("checkSupervisorChange", () => {
  const employee = { id: "emp-1", agencyId: "dki" };
  const candidate = (over: Partial<SupervisorCandidate> = {}): SupervisorCandidate => ({
    id: "boss-1",
    agencyId: "dki",
    inService: true,
    ...over,
  });

  it("allows removing the supervisor (null candidate)", () => {
    expect(checkSupervisorChange(employee, null, [])).toBeNull();
  });

  it("allows a valid change: same agency, in service, employee not in the candidate's chain", () => {
    expect(checkSupervisorChange(employee, candidate(), ["boss-2", "boss-3"])).toBeNull();
  });

  it("allows a candidate with no supervisor of their own", () => {
    expect(checkSupervisorChange(employee, candidate(), [])).toBeNull();
  });

  it("rejects the employee as their own supervisor", () => {
    expect(checkSupervisorChange(employee, candidate({ id: "emp-1" }), [])).toBe("self");
  });

  it("rejects a candidate from another agency", () => {
    expect(checkSupervisorChange(employee, candidate({ agencyId: "semarang" }), [])).toBe("otherAgency");
  });

  it("rejects a candidate who is no longer in service", () => {
    expect(checkSupervisorChange(employee, candidate({ inService: false }), [])).toBe("retired");
  });

  it.each([
    ["direct subordinate", ["emp-1"]],
    ["indirect subordinate", ["mid-1", "emp-1", "top-1"]],
    ["employee at the top of the chain", ["mid-1", "mid-2", "emp-1"]],
  ])("rejects a cycle when the candidate is the employee's %s", (_label, chain) => {
    expect(checkSupervisorChange(employee, candidate(), chain)).toBe("cycle");
  });

  it.each<[string, SupervisorCandidate, string[], ReturnType<typeof checkSupervisorChange>]>([
    ["self beats other agency and retired", { id: "emp-1", agencyId: "semarang", inService: false }, ["emp-1"], "self"],
    ["other agency beats retired and cycle", { id: "boss-1", agencyId: "semarang", inService: false }, ["emp-1"], "otherAgency"],
    ["retired beats cycle", { id: "boss-1", agencyId: "dki", inService: false }, ["emp-1"], "retired"],
  ])("reports problems in a fixed order: %s", (_label, cand, chain, expected) => {
    expect(checkSupervisorChange(employee, cand, chain)).toBe(expected);
  });
});

describe("fullName", () => {
  it.each([
    [{ name: "Siti Rahmawati" }, "Siti Rahmawati"],
    [{ name: "Siti Rahmawati", frontTitle: "Dr." }, "Dr. Siti Rahmawati"],
    [{ name: "Siti Rahmawati", backTitle: "S.E., M.M." }, "Siti Rahmawati, S.E., M.M."],
    [{ name: "Siti Rahmawati", frontTitle: "Dr.", backTitle: "S.E., M.M." }, "Dr. Siti Rahmawati, S.E., M.M."],
    [{ name: "Budi Santoso", frontTitle: "Ir. H.", backTitle: "M.T." }, "Ir. H. Budi Santoso, M.T."],
    [{ name: "Budi Santoso", frontTitle: null, backTitle: null }, "Budi Santoso"],
    [{ name: "Budi Santoso", frontTitle: "", backTitle: "" }, "Budi Santoso"],
  ])("%o → %j", (person, expected) => {
    expect(fullName(person)).toBe(expected);
  });
});

describe("isInService", () => {
  // Calendar dates (@db.Date) arrive as UTC midnight.
  const END = new Date("2024-08-12T00:00:00.000Z");

  it("is in service without an end date", () => {
    expect(isInService({ serviceEndDate: null }, new Date("2099-01-01T00:00:00Z"))).toBe(true);
  });

  it("is in service before the end date", () => {
    expect(isInService({ serviceEndDate: END }, new Date("2024-08-11T00:00:00.000Z"))).toBe(true);
    expect(isInService({ serviceEndDate: END }, new Date("2020-01-01T00:00:00.000Z"))).toBe(true);
  });

  it("is still in service at the start of the end date", () => {
    expect(isInService({ serviceEndDate: END }, new Date("2024-08-12T00:00:00.000Z"))).toBe(true);
  });

  it("is out of service the day after the end date", () => {
    expect(isInService({ serviceEndDate: END }, new Date("2024-08-13T00:00:00.000Z"))).toBe(false);
    expect(isInService({ serviceEndDate: END }, new Date("2030-01-01T00:00:00.000Z"))).toBe(false);
  });

  // The end date is a calendar date, but callers pass `new Date()` (lib/people/commands.ts). The answer for
  // a given calendar day must not depend on the time of day at which the check runs.
  it.each(["2024-08-12T00:00:00.001Z", "2024-08-12T03:00:00.000Z", "2024-08-12T12:00:00.000Z", "2024-08-12T23:59:59.999Z"])(
    "gives the same answer all through the end date itself (at %s as at 00:00Z)",
    (instant) => {
      const atMidnight = isInService({ serviceEndDate: END }, new Date("2024-08-12T00:00:00.000Z"));
      expect(isInService({ serviceEndDate: END }, new Date(instant))).toBe(atMidnight);
    },
  );
});
