// The heatmap's colour steps and the `?jenis=` reader (components/competency/heatmap/shade.ts, lib/competency/kinds.ts).
import { describe, expect, it } from "vitest";
import { cellClass, NONE_ASSESSED_CLASS, personTone, shareStep, STEP_CLASSES } from "@/components/competency/heatmap/shade";
import { formatAverage } from "@/components/competency/heatmap/format";
import { kindParam } from "@/lib/competency/kinds";

describe("shareStep", () => {
  it("is null when nobody is assessed, never 'no gap'", () => {
    expect(shareStep(0, 0)).toBeNull();
    expect(cellClass(0, 0)).toBe(NONE_ASSESSED_CLASS);
  });
  it("steps at 25, 50 and 75 % of the assessed, edges included below", () => {
    expect([shareStep(0, 8), shareStep(1, 8), shareStep(2, 8), shareStep(3, 8), shareStep(4, 8), shareStep(5, 8), shareStep(6, 8), shareStep(7, 8), shareStep(8, 8)])
      .toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(cellClass(8, 8)).toBe(STEP_CLASSES[4]);
  });
});

describe("personTone", () => {
  it("keeps not assessed apart from met", () => {
    expect([personTone(null), personTone(0), personTone(1), personTone(3)]).toEqual([null, "met", "one", "more"]);
  });
});

describe("formatAverage and kindParam", () => {
  it("writes one decimal with the locale's comma, a dash for nobody assessed", () => {
    expect([formatAverage(1.5, "id"), formatAverage(2, "id"), formatAverage(0.3, "en"), formatAverage(null, "id")]).toEqual(["1,5", "2,0", "0.3", "–"]);
  });
  it("reads only a known competency kind", () => {
    expect([kindParam("TECHNICAL"), kindParam(["MANAGERIAL", "x"]), kindParam("DROP TABLE"), kindParam(undefined)]).toEqual(["TECHNICAL", "MANAGERIAL", undefined, undefined]);
  });
});
