import { describe, expect, it } from "vitest";
import { l1Result, l2Result } from "@/lib/feedback/results";
import { formatDecimal, formatGain } from "@/lib/i18n/format";

describe("the L1 line next to a feedback task", () => {
  const answers = [
    { aspect: "MATERIAL" as const, rating: 5, trainerId: null },
    { aspect: "MATERIAL" as const, rating: 4, trainerId: null },
    { aspect: "TRAINER" as const, rating: 3, trainerId: "t1" },
  ];

  it("gives the overall and per-aspect averages of a submitted named questionnaire", () => {
    expect(l1Result({ status: "SUBMITTED", anonymous: false }, answers)).toEqual({
      kind: "submitted", average: 4, aspects: [{ aspect: "MATERIAL", average: 4.5 }, { aspect: "TRAINER", average: 3 }],
    });
  });

  it("says anonymous for an anonymous set, whatever its status and even if answers were passed", () => {
    expect(l1Result({ status: "SUBMITTED", anonymous: true }, answers)).toEqual({ kind: "anonymous" });
    expect(l1Result({ status: "PENDING", anonymous: true }, null)).toEqual({ kind: "anonymous" });
  });

  it("says not answered for a pending or draft invitation, or a submitted one whose response is missing", () => {
    expect(l1Result({ status: "PENDING", anonymous: false }, null)).toEqual({ kind: "notSubmitted" });
    expect(l1Result({ status: "DRAFT", anonymous: false }, answers)).toEqual({ kind: "notSubmitted" });
    expect(l1Result({ status: "SUBMITTED", anonymous: false }, null)).toEqual({ kind: "notSubmitted" });
  });

  it("says none when there was no questionnaire", () => {
    expect(l1Result(null, null)).toEqual({ kind: "none" });
  });
});

describe("the L2 line", () => {
  it("computes the gain only from both scores and sorts ratings by competency", () => {
    expect(l2Result({ preScore: 60, postScore: 85 }, [{ competency: "Komunikasi", level: 4 }, { competency: "Integritas", level: 3 }])).toEqual({
      pre: 60, post: 85, gain: 25, ratings: [{ competency: "Integritas", level: 3 }, { competency: "Komunikasi", level: 4 }],
    });
    expect(l2Result({ preScore: 70, postScore: null }, []).gain).toBeNull();
    expect(l2Result(null, [])).toEqual({ pre: null, post: null, gain: null, ratings: [] });
  });
});

describe("formatting and due dates", () => {
  it("formats averages with one decimal in the locale and gains with a sign", () => {
    expect(formatDecimal(4.25, "id", { decimals: 1 })).toBe("4,3");
    expect(formatDecimal(4, "en", { decimals: 1 })).toBe("4.0");
    expect([formatGain(25, "id"), formatGain(-5, "id"), formatGain(0, "id")]).toEqual(["+25", "−5", "0"]);
  });
});
