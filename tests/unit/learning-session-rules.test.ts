// Issue 12: only learning sessions count towards JP and take attendance; ISHOMA, travel, the opening and the
// closing are schedule only, whatever a saved policy lists.
import { describe, expect, it } from "vitest";
import { attendedMinutes, isLearningSession, learningSessions } from "@/lib/attendance/rules";
import { jpMinutes, SESSION_KINDS } from "@/lib/catalog/rules";
import type { SessionKind } from "@/lib/generated/prisma/enums";
import { DEFAULT_POLICY, policyOrDefault, SCHEDULE_ONLY_KINDS } from "@/lib/policy/rules";

const session = (kind: SessionKind, startMinute: number, endMinute: number, title: string = kind) => ({ kind, startMinute, endMinute, cancelled: false, title });

describe("isLearningSession", () => {
  it("under the default policy, only LEARNING is a learning session", () => {
    expect(SESSION_KINDS.filter((k) => isLearningSession(k, DEFAULT_POLICY.jpSessionKinds))).toEqual(["LEARNING"]);
  });

  it("follows a policy that also counts outbound, but never a schedule-only kind", () => {
    const counted: SessionKind[] = ["LEARNING", "OUTBOUND", "MEAL", "OPENING_CLOSING", "TRAVEL"];
    expect(SESSION_KINDS.filter((k) => isLearningSession(k, counted))).toEqual(["LEARNING", "OUTBOUND"]);
    expect(isLearningSession("OUTBOUND", ["LEARNING"])).toBe(false);
  });

  it("names meals (ISHOMA), travel, and the opening and closing as schedule only", () => {
    expect([...SCHEDULE_ONLY_KINDS].sort()).toEqual(["MEAL", "OPENING_CLOSING", "TRAVEL"]);
  });

  it("keeps the learning sessions of a rundown in order", () => {
    const rundown = [session("OPENING_CLOSING", 480, 510, "Pembukaan"), session("LEARNING", 510, 630, "Materi 1"), session("MEAL", 720, 780, "ISHOMA"), session("LEARNING", 780, 840, "Materi 2")];
    expect(learningSessions(rundown, DEFAULT_POLICY.jpSessionKinds).map((s) => s.title)).toEqual(["Materi 1", "Materi 2"]);
    expect(learningSessions(rundown.slice(2, 3), ["LEARNING", "MEAL"])).toEqual([]);
  });
});

describe("JP of a rundown with ISHOMA", () => {
  const rundown = [session("OPENING_CLOSING", 480, 510), session("LEARNING", 510, 630), session("MEAL", 720, 780), session("LEARNING", 780, 840), session("TRAVEL", 900, 960)];

  it("counts the learning minutes only, even when the counted kinds list a meal or a ceremony", () => {
    expect(jpMinutes(rundown, ["LEARNING"])).toBe(180);
    expect(jpMinutes(rundown, ["LEARNING", "MEAL", "OPENING_CLOSING", "TRAVEL"])).toBe(180);
    expect(jpMinutes([session("MEAL", 720, 780)], ["MEAL"])).toBe(0);
  });

  it("gives attendance at a schedule-only session no weight", () => {
    const sessions = [{ id: "m1", countsJp: true, minutes: 120 }, { id: "ishoma", countsJp: false, minutes: 60 }];
    expect(attendedMinutes({ m1: "ABSENT", ishoma: "PRESENT" }, sessions)).toBe(0);
    expect(attendedMinutes({ m1: "LATE", ishoma: "PRESENT" }, sessions)).toBe(120);
  });
});

describe("policyOrDefault and schedule-only kinds", () => {
  it("drops schedule-only kinds from a saved list", () => {
    expect(policyOrDefault({ jpSessionKinds: ["LEARNING", "MEAL", "OUTBOUND"] }).jpSessionKinds).toEqual(["LEARNING", "OUTBOUND"]);
  });

  it("falls back to LEARNING when only schedule-only kinds were saved", () => {
    expect(policyOrDefault({ jpSessionKinds: ["MEAL", "OPENING_CLOSING"] }).jpSessionKinds).toEqual(["LEARNING"]);
  });
});
