import { describe, expect, it } from "vitest";
import {
  eligibilityProblem,
  eligibilityProblems,
  isOverridable,
  judgeRegistration,
  registrationOutlook,
  viewerProblem,
  type QuotaFact,
  type RegistrationFacts,
} from "@/lib/enrolment/rules";

// judgeRegistration is what both the registration command and the program page ask: these tests pin the order
// of the reasons, what an override sets aside (and what it never does), and the seats the page shows.

const kecA: QuotaFact = { unitId: "kec-a", path: "/kota/kec-a/", seats: 5, confirmed: 3 };
const kecB: QuotaFact = { unitId: "kec-b", path: "/kota/kec-b/", seats: 10, confirmed: 10 };

const facts = (over: Partial<RegistrationFacts> = {}): RegistrationFacts => ({
  window: null,
  candidate: { positionType: "PELAKSANA", unitPath: "/kota/kec-a/kel-1/", inService: true },
  program: { eligibleTypes: [], eligibleUnitPaths: [] },
  hasActiveRegistration: false,
  hasClash: false,
  quotas: [],
  ...over,
});
const forLeaders = { eligibleTypes: ["PENGAWAS", "ADMINISTRATOR"] as const, eligibleUnitPaths: [] };
const forDinas = { eligibleTypes: [], eligibleUnitPaths: ["/kota/dinas/"] };

describe("judgeRegistration", () => {
  it("admits an eligible candidate of a batch without quotas, counting against no quota", () => {
    expect(judgeRegistration(facts())).toEqual({ problem: null, quotaUnitId: null, overridden: [] });
  });

  it("tells the reasons in the command's order: window, eligibility, duplicate, clash, quota", () => {
    const everything = facts({ window: "windowClosed", program: forLeaders, hasActiveRegistration: true, hasClash: true, quotas: [kecB] });
    expect(judgeRegistration(everything).problem).toBe("windowClosed");
    expect(judgeRegistration({ ...everything, window: null }).problem).toBe("positionType");
    expect(judgeRegistration({ ...everything, window: null, program: forDinas }).problem).toBe("unit");
    expect(judgeRegistration({ ...everything, window: null, program: facts().program }).problem).toBe("duplicate");
    expect(judgeRegistration({ ...everything, window: null, program: facts().program, hasActiveRegistration: false }).problem).toBe("clash");
    expect(judgeRegistration(facts({ quotas: [kecB] })).problem).toBe("quota");
  });

  it("counts the seat against the nearest quota at or above the candidate's unit", () => {
    const city: QuotaFact = { unitId: "kota", path: "/kota/", seats: 2, confirmed: 0 };
    expect(judgeRegistration(facts({ quotas: [city, kecA] })).quotaUnitId).toBe("kec-a");
    expect(judgeRegistration(facts({ quotas: [city, kecB] })).quotaUnitId).toBe("kota");
  });

  it("does not refuse a full unit quota: the registration waits for a seat", () => {
    const full = facts({ candidate: { positionType: "PELAKSANA", unitPath: "/kota/kec-b/", inService: true }, quotas: [kecB] });
    expect(judgeRegistration(full)).toEqual({ problem: null, quotaUnitId: "kec-b", overridden: [] });
  });

  it("sets aside position type, unit and quota with an override, and says which", () => {
    const refused = facts({ program: { eligibleTypes: ["PENGAWAS"], eligibleUnitPaths: ["/kota/dinas/"] }, quotas: [kecB] });
    expect(judgeRegistration(refused).problem).toBe("positionType");
    expect(judgeRegistration({ ...refused, override: true })).toEqual({ problem: null, quotaUnitId: null, overridden: ["positionType", "unit", "quota"] });
  });

  it("sets a full unit quota aside with an override: the seat counts against capacity only", () => {
    const full = facts({ candidate: { positionType: "PELAKSANA", unitPath: "/kota/kec-b/", inService: true }, quotas: [kecB], override: true });
    expect(judgeRegistration(full)).toEqual({ problem: null, quotaUnitId: null, overridden: ["quota"] });
    // A quota with seats left needs no override: the seat counts against it as usual.
    expect(judgeRegistration(facts({ quotas: [kecA], override: true }))).toEqual({ problem: null, quotaUnitId: "kec-a", overridden: [] });
  });

  it("never overrides the window, service, a duplicate or a clash", () => {
    const override = { override: true, program: forLeaders };
    expect(judgeRegistration(facts({ ...override, window: "notOpen" })).problem).toBe("notOpen");
    expect(judgeRegistration(facts({ ...override, candidate: { ...facts().candidate, inService: false } })).problem).toBe("inactive");
    expect(judgeRegistration(facts({ ...override, hasActiveRegistration: true })).problem).toBe("duplicate");
    expect(judgeRegistration(facts({ ...override, hasClash: true })).problem).toBe("clash");
    expect((["positionType", "unit", "quota"] as const).every((p) => isOverridable(p))).toBe(true);
    expect((["notOpen", "inactive", "duplicate", "clash", null] as const).some((p) => isOverridable(p))).toBe(false);
  });
});

describe("eligibilityProblems", () => {
  it("lists every rule failed; eligibilityProblem keeps the first", () => {
    const candidate = facts().candidate;
    const both = { eligibleTypes: ["PENGAWAS"] as const, eligibleUnitPaths: ["/kota/dinas/"] };
    expect(eligibilityProblems(candidate, both)).toEqual(["positionType", "unit"]);
    expect(eligibilityProblem(candidate, both)).toBe("positionType");
    expect(eligibilityProblems({ ...candidate, inService: false }, both)).toEqual(["inactive"]);
    expect(eligibilityProblems(candidate, { eligibleTypes: [], eligibleUnitPaths: ["/kota/kec-a/"] })).toEqual([]);
  });
});

describe("registrationOutlook", () => {
  const batch = { capacity: 30, confirmed: 12 };

  it("shows the seats left in the viewer's unit quota when one covers them", () => {
    expect(registrationOutlook(facts({ quotas: [kecA, kecB] }), batch)).toEqual({
      mayRegister: true, problem: null, seats: { scope: "unit", left: 2, of: 5 },
    });
  });

  it("bounds a unit's seats by the batch's seats left", () => {
    expect(registrationOutlook(facts({ quotas: [kecA] }), { capacity: 30, confirmed: 29 }).seats).toEqual({ scope: "unit", left: 1, of: 5 });
  });

  it("shows the batch's seats when there are no quotas, or none covers the viewer", () => {
    expect(registrationOutlook(facts(), batch).seats).toEqual({ scope: "batch", left: 18, of: 30 });
    const outsider = registrationOutlook(facts({ quotas: [kecB] }), batch);
    expect(outsider).toEqual({ mayRegister: false, problem: "quota", seats: { scope: "batch", left: 18, of: 30 } });
  });

  it("lets the viewer register for a full batch or quota (waiting list), but not when ineligible", () => {
    expect(registrationOutlook(facts(), { capacity: 30, confirmed: 30 })).toMatchObject({ mayRegister: true, seats: { left: 0 } });
    expect(registrationOutlook(facts({ program: forLeaders }), batch)).toMatchObject({ mayRegister: false, problem: "positionType" });
  });

  it("agrees with judgeRegistration on every combination of facts", () => {
    const windows = [null, "windowClosed"] as const;
    const programs = [facts().program, forLeaders, forDinas];
    const quotaSets = [[], [kecA], [kecB], [kecA, kecB]];
    for (const window of windows) for (const program of programs) for (const quotas of quotaSets) for (const dup of [false, true]) for (const clash of [false, true]) {
      const f = facts({ window, program, quotas, hasActiveRegistration: dup, hasClash: clash });
      const verdict = judgeRegistration(f);
      const outlook = registrationOutlook(f, batch);
      expect(outlook.problem).toBe(verdict.problem);
      expect(outlook.mayRegister).toBe(verdict.problem === null);
    }
  });
});

describe("viewerProblem", () => {
  it("tells a catalog card the reasons that are about the viewer alone", () => {
    const { candidate } = facts();
    expect(viewerProblem(candidate, forLeaders, [])).toBe("positionType");
    expect(viewerProblem(candidate, forDinas, [])).toBe("unit");
    expect(viewerProblem(candidate, facts().program, ["/kota/kec-b/"])).toBe("quota");
    expect(viewerProblem(candidate, facts().program, ["/kota/kec-a/"])).toBeNull();
    expect(viewerProblem(candidate, facts().program, [])).toBeNull();
  });
});
