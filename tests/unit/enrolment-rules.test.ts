import { describe, it, expect } from "vitest";
import {
  ACTIVE_STATUSES,
  eligibilityProblem,
  firstClash,
  hasCompleted,
  isActive,
  overlaps,
  quotaUnitFor,
  seatAvailable,
  windowProblem,
  type Candidate,
  type ProgramEligibility,
} from "@/lib/enrolment/rules";
import { BatchStatus, EnrolmentStatus, PositionType } from "@/lib/generated/prisma/enums";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("eligibilityProblem", () => {
  const candidate = (over: Partial<Candidate> = {}): Candidate => ({
    positionType: "PENGAWAS",
    unitPath: "/dki/kec-gambir/kel-cideng/",
    inService: true,
    ...over,
  });
  const program = (over: Partial<ProgramEligibility> = {}): ProgramEligibility => ({
    eligibleTypes: [],
    eligibleUnitPaths: [],
    ...over,
  });

  it("admits everyone in service when both lists are empty", () => {
    expect(eligibilityProblem(candidate(), program())).toBeNull();
  });

  it.each(Object.values(PositionType))("empty lists admit a %s", (positionType) => {
    expect(eligibilityProblem(candidate({ positionType, unitPath: "/x/" }), program())).toBeNull();
  });

  it("admits an eligible type in an eligible unit", () => {
    expect(
      eligibilityProblem(candidate(), program({ eligibleTypes: ["PENGAWAS", "ADMINISTRATOR"], eligibleUnitPaths: ["/dki/"] })),
    ).toBeNull();
  });

  it("reports an ASN no longer in service as inactive", () => {
    expect(eligibilityProblem(candidate({ inService: false }), program())).toBe("inactive");
  });

  it("reports inactive before any other problem", () => {
    const p = program({ eligibleTypes: ["JPT_PRATAMA"], eligibleUnitPaths: ["/elsewhere/"] });
    expect(eligibilityProblem(candidate({ inService: false }), p)).toBe("inactive");
  });

  it("reports a position type the program does not admit", () => {
    expect(eligibilityProblem(candidate({ positionType: "PELAKSANA" }), program({ eligibleTypes: ["PENGAWAS"] }))).toBe(
      "positionType",
    );
  });

  it("reports the position type before the unit", () => {
    const p = program({ eligibleTypes: ["JPT_PRATAMA"], eligibleUnitPaths: ["/elsewhere/"] });
    expect(eligibilityProblem(candidate(), p)).toBe("positionType");
  });

  it("ignores the unit when only types are restricted", () => {
    expect(eligibilityProblem(candidate({ unitPath: "/anywhere/" }), program({ eligibleTypes: ["PENGAWAS"] }))).toBeNull();
  });

  it("ignores the type when only units are restricted", () => {
    expect(
      eligibilityProblem(candidate({ positionType: "PELAKSANA" }), program({ eligibleUnitPaths: ["/dki/kec-gambir/"] })),
    ).toBeNull();
  });

  it.each<[string, string, readonly string[], "unit" | null]>([
    ["the eligible unit itself", "/a/b/", ["/a/b/"], null],
    ["a child of the eligible unit", "/a/b/c/", ["/a/b/"], null],
    ["a grandchild of the eligible unit", "/a/b/c/d/", ["/a/b/"], null],
    ["a unit under the second of several subtrees", "/x/y/", ["/a/b/", "/x/"], null],
    ["the parent of the eligible unit", "/a/", ["/a/b/"], "unit"],
    ["a sibling of the eligible unit", "/a/c/", ["/a/b/"], "unit"],
    ["a unit whose id merely starts like the eligible unit's", "/a/bc/", ["/a/b/"], "unit"],
    ["a unit outside every eligible subtree", "/z/", ["/a/b/", "/x/"], "unit"],
  ])("%s (%s in %j) → %s", (_label, unitPath, eligibleUnitPaths, expected) => {
    expect(eligibilityProblem(candidate({ unitPath }), program({ eligibleUnitPaths }))).toBe(expected);
  });
});

describe("windowProblem", () => {
  const opensAt = new Date("2024-07-01T01:00:00.000Z");
  const closesAt = new Date("2024-07-31T16:59:59.000Z");
  const batch = (status: BatchStatus) => ({ status, registrationOpensAt: opensAt, registrationClosesAt: closesAt });
  const inside = new Date("2024-07-15T05:00:00.000Z");

  it.each(Object.values(BatchStatus).filter((s) => s !== "OPEN"))("a %s batch is not open for registration", (status) => {
    expect(windowProblem(batch(status), inside)).toBe("notOpen");
  });

  it("reports notOpen before the window (status is checked first)", () => {
    expect(windowProblem(batch("DRAFT"), new Date("2024-06-01T00:00:00.000Z"))).toBe("notOpen");
    expect(windowProblem(batch("CLOSED"), new Date("2024-08-15T00:00:00.000Z"))).toBe("notOpen");
  });

  it.each([
    ["well before it opens", new Date("2024-06-01T00:00:00.000Z"), "windowNotStarted"],
    ["a millisecond before it opens", new Date(opensAt.getTime() - 1), "windowNotStarted"],
    ["exactly when it opens", new Date(opensAt.getTime()), null],
    ["inside the window", inside, null],
    ["exactly when it closes", new Date(closesAt.getTime()), null],
    ["a millisecond after it closes", new Date(closesAt.getTime() + 1), "windowClosed"],
    ["well after it closes", new Date("2024-09-01T00:00:00.000Z"), "windowClosed"],
  ] as const)("an OPEN batch %s → %s", (_label, now, expected) => {
    expect(windowProblem(batch("OPEN"), now)).toBe(expected);
  });
});

describe("overlaps", () => {
  const range = (start: string, end: string) => ({ startDate: day(start), endDate: day(end) });

  it.each([
    ["identical ranges", range("2024-08-12", "2024-08-16"), range("2024-08-12", "2024-08-16"), true],
    ["one inside the other", range("2024-08-12", "2024-12-13"), range("2024-09-02", "2024-09-04"), true],
    ["partial overlap", range("2024-08-12", "2024-08-16"), range("2024-08-15", "2024-08-20"), true],
    ["touching on the same last/first day", range("2024-08-12", "2024-08-16"), range("2024-08-16", "2024-08-20"), true],
    ["two one-day batches on the same day", range("2024-08-12", "2024-08-12"), range("2024-08-12", "2024-08-12"), true],
    ["adjacent days", range("2024-08-12", "2024-08-16"), range("2024-08-17", "2024-08-20"), false],
    ["one-day batches on adjacent days", range("2024-08-12", "2024-08-12"), range("2024-08-13", "2024-08-13"), false],
    ["far apart", range("2024-01-08", "2024-01-10"), range("2024-08-12", "2024-08-16"), false],
  ])("%s → %s", (_label, a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected); // symmetric
  });
});

describe("firstClash", () => {
  const batch = { startDate: day("2024-08-12"), endDate: day("2024-08-16") };
  const other = (id: string, start: string, end: string) => ({ id, startDate: day(start), endDate: day(end) });

  it("is null with nothing confirmed elsewhere", () => {
    expect(firstClash(batch, [])).toBeNull();
  });

  it("is null when no confirmed batch overlaps", () => {
    expect(firstClash(batch, [other("a", "2024-08-01", "2024-08-11"), other("b", "2024-08-17", "2024-08-20")])).toBeNull();
  });

  it("returns the clashing batch itself (with its other fields)", () => {
    const clash = other("c", "2024-08-16", "2024-08-18");
    expect(firstClash(batch, [other("a", "2024-08-01", "2024-08-11"), clash])).toBe(clash);
  });

  it("returns the first of several clashing batches", () => {
    const list = [
      other("a", "2024-08-01", "2024-08-11"),
      other("b", "2024-08-14", "2024-08-14"),
      other("c", "2024-08-10", "2024-08-20"),
    ];
    expect(firstClash(batch, list)?.id).toBe("b");
  });
});

describe("quotaUnitFor", () => {
  const quotas = [
    { unitId: "dki", path: "/dki/" },
    { unitId: "gambir", path: "/dki/gambir/" },
    { unitId: "tanah-abang", path: "/dki/tanah-abang/" },
  ];

  it.each([
    ["a kelurahan under a kecamatan with its own quota", "/dki/gambir/cideng/", "gambir"],
    ["the kecamatan itself", "/dki/gambir/", "gambir"],
    ["a unit under another kecamatan with a quota", "/dki/tanah-abang/bendungan-hilir/", "tanah-abang"],
    ["a unit under a kecamatan with no quota of its own", "/dki/menteng/gondangdia/", "dki"],
    ["the province itself", "/dki/", "dki"],
    ["a unit of another province", "/jabar/bandung/", null],
  ])("%s → %s", (_label, unitPath, expected) => {
    expect(quotaUnitFor(unitPath, quotas)).toBe(expected);
  });

  it("picks the nearest quota whatever order the quotas come in", () => {
    expect(quotaUnitFor("/dki/gambir/cideng/", [...quotas].reverse())).toBe("gambir");
  });

  it("is null when the batch has no quotas", () => {
    expect(quotaUnitFor("/dki/gambir/cideng/", [])).toBeNull();
  });

  it("does not match a unit whose id merely starts like the quota unit's", () => {
    expect(quotaUnitFor("/dki/gambir-timur/", [{ unitId: "gambir", path: "/dki/gambir/" }])).toBeNull();
  });

  it("does not mutate the quota list", () => {
    const list = [...quotas];
    quotaUnitFor("/dki/gambir/cideng/", list);
    expect(list).toEqual(quotas);
  });
});

describe("ACTIVE_STATUSES / isActive", () => {
  it("lists the statuses that hold or wait for a seat", () => {
    expect([...ACTIVE_STATUSES].sort()).toEqual(["CONFIRMED", "PENDING_AGENCY", "PENDING_SUPERVISOR", "WAITLISTED"]);
  });

  it.each([
    ["PENDING_SUPERVISOR", true],
    ["PENDING_AGENCY", true],
    ["CONFIRMED", true],
    ["WAITLISTED", true],
    ["REJECTED", false],
    ["WITHDRAWN", false],
  ] as const)("%s → %s", (status, expected) => {
    expect(isActive(status)).toBe(expected);
  });

  it("classifies every enrolment status", () => {
    expect(Object.values(EnrolmentStatus)).toHaveLength(6);
    for (const status of Object.values(EnrolmentStatus)) {
      expect(isActive(status)).toBe(ACTIVE_STATUSES.includes(status));
    }
  });
});

describe("seatAvailable", () => {
  it.each([
    ["an empty batch without quotas", { capacity: 30, confirmed: 0, quota: null }, true],
    ["one seat left, no quota", { capacity: 30, confirmed: 29, quota: null }, true],
    ["capacity full, no quota", { capacity: 30, confirmed: 30, quota: null }, false],
    ["over capacity (never allowed to grow)", { capacity: 30, confirmed: 31, quota: null }, false],
    ["zero capacity", { capacity: 0, confirmed: 0, quota: null }, false],
    ["room in batch and quota", { capacity: 30, confirmed: 10, quota: { seats: 10, confirmed: 9 } }, true],
    ["quota full, batch not", { capacity: 30, confirmed: 10, quota: { seats: 10, confirmed: 10 } }, false],
    ["quota over-full", { capacity: 30, confirmed: 12, quota: { seats: 10, confirmed: 11 } }, false],
    ["batch full, quota not", { capacity: 30, confirmed: 30, quota: { seats: 10, confirmed: 3 } }, false],
    ["a zero-seat quota", { capacity: 30, confirmed: 0, quota: { seats: 0, confirmed: 0 } }, false],
  ])("%s → %s", (_label, state, expected) => {
    expect(seatAvailable(state)).toBe(expected);
  });
});

describe("hasCompleted", () => {
  // Issue 3 worked example: 510 learning minutes held, the default 80% threshold.
  it.each([
    [510, 510, 80, true], // attended everything
    [408, 510, 80, true], // exactly 80%
    [407, 510, 80, false], // just under 80%
    [390, 510, 80, false], // 76%
    [0, 510, 80, false],
    [120, 120, 80, true],
    [96, 120, 80, true], // exactly 80% of the seed 001 session
    [95, 120, 80, false],
    [60, 120, 50, true], // a 50% policy
    [0, 120, 0, true], // a 0% policy
    [600, 510, 100, true], // attendance counted over held minutes still completes
  ])("attended %i of %i held at %i%% → %s", (attended, held, threshold, expected) => {
    expect(hasCompleted(attended, held, threshold)).toBe(expected);
  });

  it.each([
    [0, 0],
    [100, 0],
    [0, -10],
  ])("nobody completes when nothing was held (attended %i, held %i)", (attended, held) => {
    expect(hasCompleted(attended, held, 80)).toBe(false);
  });
});
