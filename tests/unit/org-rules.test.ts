import { describe, expect, it } from "vitest";
import {
  acceptsNewMembers, checkClose, checkHeadPosition, checkMove, checkReopen, childPath, depthOfPath, idsOfPath, isInSubtree, planMove, rebasePath,
} from "@/lib/org/rules";
import { buildTree, countNodes, filterUnits, flattenTree, markMatches, searchKey } from "@/lib/org/tree";

const A = "aaaaaaaa-0000-4000-8000-000000000001";
const B = "bbbbbbbb-0000-4000-8000-000000000002";
const C = "cccccccc-0000-4000-8000-000000000003";
const D = "dddddddd-0000-4000-8000-000000000004";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// A › B › C; D at the top level.
const unitA = { id: A, parentId: null, path: `/${A}/`, closedOn: null };
const unitB = { id: B, parentId: A, path: `/${A}/${B}/`, closedOn: null };
const unitC = { id: C, parentId: B, path: `/${A}/${B}/${C}/`, closedOn: null };
const unitD = { id: D, parentId: null, path: `/${D}/`, closedOn: null };

describe("paths", () => {
  it("a top-level unit's path is its own id; a child's extends its parent's", () => {
    expect(childPath(null, A)).toBe(`/${A}/`);
    expect(childPath(`/${A}/`, B)).toBe(`/${A}/${B}/`);
  });

  it("the depth is the number of ids less one", () => {
    expect(depthOfPath(`/${A}/`)).toBe(0);
    expect(depthOfPath(`/${A}/${B}/${C}/`)).toBe(2);
    expect(idsOfPath(`/${A}/${B}/`)).toEqual([A, B]);
  });

  it("a subtree is a prefix, and a sibling whose id starts alike is not in it (the trailing slash)", () => {
    expect(isInSubtree(unitC.path, unitA.path)).toBe(true);
    expect(isInSubtree(unitA.path, unitA.path)).toBe(true);
    expect(isInSubtree(unitA.path, unitB.path)).toBe(false);
    expect(isInSubtree(`/${A}x/`, `/${A}/`)).toBe(false);
  });

  it("rebasing replaces the moved unit's prefix and keeps the rest", () => {
    expect(rebasePath(unitC.path, unitB.path, `/${D}/${B}/`)).toBe(`/${D}/${B}/${C}/`);
    expect(() => rebasePath(unitD.path, unitB.path, "/x/")).toThrow();
  });

  it("a move plan gives the new path, the depth shift of the whole subtree and the new parent", () => {
    expect(planMove(unitB, unitD)).toEqual({ oldPath: unitB.path, newPath: `/${D}/${B}/`, depthDelta: 0, parentId: D });
    expect(planMove(unitC, null)).toEqual({ oldPath: unitC.path, newPath: `/${C}/`, depthDelta: -2, parentId: null });
    expect(planMove(unitD, unitC)).toEqual({ oldPath: unitD.path, newPath: `${unitC.path}${D}/`, depthDelta: 3, parentId: C });
  });
});

describe("checkMove", () => {
  it("allows a move under an open unit outside the subtree, and to the top level", () => {
    expect(checkMove(unitB, unitD)).toBeNull();
    expect(checkMove(unitC, null)).toBeNull();
  });

  it("refuses a move under itself or under one of its descendants", () => {
    expect(checkMove(unitB, unitB)).toBe("self");
    expect(checkMove(unitA, unitC)).toBe("descendant");
    expect(checkMove(unitA, unitB)).toBe("descendant");
  });

  it("refuses a move into a closed unit, and a closed unit's move", () => {
    expect(checkMove(unitB, { ...unitD, closedOn: day("2026-01-01") })).toBe("parentClosed");
    expect(checkMove({ ...unitB, closedOn: day("2026-01-01") }, unitD)).toBe("unitClosed");
  });

  it("calls a move to the present parent unchanged", () => {
    expect(checkMove(unitB, unitA)).toBe("unchanged");
    expect(checkMove(unitA, null)).toBe("unchanged");
  });
});

describe("checkClose", () => {
  const today = day("2026-12-05");
  const none = { inServiceStaff: 0, openSubUnits: 0 };
  it("closes an empty unit on today or an earlier date", () => {
    expect(checkClose({ closedOn: null }, none, today, today)).toBeNull();
    expect(checkClose({ closedOn: null }, none, day("2026-06-30"), today)).toBeNull();
  });

  it("refuses while staff are in service or a sub-unit is open, staff first", () => {
    expect(checkClose({ closedOn: null }, { inServiceStaff: 3, openSubUnits: 0 }, today, today)).toBe("hasStaff");
    expect(checkClose({ closedOn: null }, { inServiceStaff: 0, openSubUnits: 2 }, today, today)).toBe("hasOpenUnits");
    expect(checkClose({ closedOn: null }, { inServiceStaff: 1, openSubUnits: 1 }, today, today)).toBe("hasStaff");
  });

  it("refuses a date after today and a unit already closed", () => {
    expect(checkClose({ closedOn: null }, none, day("2026-12-06"), today)).toBe("future");
    expect(checkClose({ closedOn: day("2026-01-01") }, none, today, today)).toBe("alreadyClosed");
  });
});

describe("reopening, new members and heads", () => {
  it("reopens a closed unit unless its parent is closed", () => {
    const closed = { closedOn: day("2026-01-01") };
    expect(checkReopen(closed, null)).toBeNull();
    expect(checkReopen(closed, { closedOn: null })).toBeNull();
    expect(checkReopen(closed, closed)).toBe("parentClosed");
    expect(checkReopen({ closedOn: null }, null)).toBe("notClosed");
  });

  it("a closed unit takes no new members", () => {
    expect(acceptsNewMembers({ closedOn: null })).toBe(true);
    expect(acceptsNewMembers({ closedOn: day("2026-01-01") })).toBe(false);
  });

  it("the head must be a position of the unit itself (or none)", () => {
    expect(checkHeadPosition(A, { unitId: A })).toBeNull();
    expect(checkHeadPosition(A, null)).toBeNull();
    expect(checkHeadPosition(A, { unitId: B })).toBe("otherUnit");
  });
});

describe("the tree", () => {
  const flat = [
    { ...unitA, name: "Dinas Komunikasi", code: "DISKOMINFO" },
    { ...unitB, name: "Bidang Statistik", code: "STAT" },
    { ...unitC, name: "Seksi Data", code: "DATA" },
    { ...unitD, name: "Badan Kepegawaian", code: "BKPP" },
    { id: "eeeeeeee-0000-4000-8000-000000000005", parentId: A, path: `/${A}/eeeeeeee-0000-4000-8000-000000000005/`, closedOn: null, name: "Bidang Aplikasi", code: "APTIKA" },
  ];

  it("nests units under their parents, siblings by name", () => {
    const roots = buildTree(flat);
    expect(roots.map((r) => r.code)).toEqual(["BKPP", "DISKOMINFO"]);
    expect(roots[1]!.children.map((c) => c.code)).toEqual(["APTIKA", "STAT"]);
    expect(roots[1]!.children[1]!.children.map((c) => c.code)).toEqual(["DATA"]);
    expect(countNodes(roots)).toBe(5);
    expect(flattenTree(roots).map((n) => [n.code, n.level])).toEqual([["BKPP", 0], ["DISKOMINFO", 0], ["APTIKA", 1], ["STAT", 1], ["DATA", 2]]);
  });

  it("makes a unit whose parent is out of view a root (an operator's own unit)", () => {
    const roots = buildTree(flat.filter((u) => u.id !== A));
    expect(roots.map((r) => r.code)).toEqual(["BKPP", "APTIKA", "STAT"]);
  });

  it("a search keeps the matches and their ancestors, marking only the matches", () => {
    const { units, matches } = filterUnits(flat, "  data ");
    expect(units.map((u) => u.code).sort()).toEqual(["DATA", "DISKOMINFO", "STAT"]);
    expect([...matches]).toEqual([C]);
    const roots = markMatches(buildTree(units), matches);
    expect(roots[0]!.matched).toBe(false);
    expect(roots[0]!.children[0]!.children[0]!.matched).toBe(true);
  });

  it("searches codes too, ignoring case and accents; an empty search keeps all", () => {
    expect(filterUnits(flat, "bkpp").units.map((u) => u.code)).toEqual(["BKPP"]);
    expect(searchKey("Kelurahan  Tembalang É")).toBe("kelurahan tembalang e");
    expect(filterUnits(flat, "").units).toHaveLength(5);
    expect(filterUnits(flat, "tidak ada").units).toHaveLength(0);
  });
});

describe("sibling order", () => {
  it("sorts numbers in names as numbers", () => {
    const units = ["Nomor 10", "Nomor 2", "Nomor 1"].map((name, i) => ({ id: `u${i}`, parentId: null, path: `/u${i}/`, name, code: `C${i}` }));
    expect(buildTree(units).map((u) => u.name)).toEqual(["Nomor 1", "Nomor 2", "Nomor 10"]);
  });
});
