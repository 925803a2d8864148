import { describe, it, expect } from "vitest";
import {
  ROUTE_CODES,
  SESSION_KINDS,
  budgetLineTotal,
  budgetTotal,
  canMoveBatch,
  clock,
  heldMinutes,
  jpMinutes,
  parseClock,
  type SessionTimes,
} from "@/lib/catalog/rules";
import { BatchStatus, RouteCode, SessionKind } from "@/lib/generated/prisma/enums";
import { DEFAULT_POLICY } from "@/lib/policy/rules";
import { formatJp } from "@/lib/ledger/rules";

describe("ROUTE_CODES", () => {
  const kl = ROUTE_CODES.filter((c) => c.startsWith("KL"));
  const nkl = ROUTE_CODES.filter((c) => c.startsWith("NKL"));

  it("has 12 classroom (KL) codes, KL01 to KL12 (Peraturan LAN 10/2018)", () => {
    expect(kl).toEqual(Array.from({ length: 12 }, (_, i) => `KL${String(i + 1).padStart(2, "0")}`));
  });

  it("has 13 non-classroom (NKL) codes, NKL01 to NKL13", () => {
    expect(nkl).toEqual(Array.from({ length: 13 }, (_, i) => `NKL${String(i + 1).padStart(2, "0")}`));
  });

  it("has 25 codes, no duplicates, nothing but KL and NKL", () => {
    expect(ROUTE_CODES).toHaveLength(25);
    expect(new Set(ROUTE_CODES).size).toBe(25);
    expect(kl.length + nkl.length).toBe(ROUTE_CODES.length);
  });

  it("matches the database enum exactly", () => {
    expect([...ROUTE_CODES].sort()).toEqual(Object.values(RouteCode).sort());
  });
});

describe("SESSION_KINDS", () => {
  it("lists every session kind of the database enum once", () => {
    expect(new Set(SESSION_KINDS).size).toBe(SESSION_KINDS.length);
    expect([...SESSION_KINDS].sort()).toEqual(Object.values(SessionKind).sort());
  });
});

describe("canMoveBatch", () => {
  const allowed = new Set([
    "DRAFT→OPEN",
    "DRAFT→CANCELLED",
    "OPEN→CLOSED",
    "OPEN→CANCELLED",
    "OPEN→DRAFT",
    "CLOSED→OPEN", // reopen registration
    "CLOSED→RUNNING",
    "CLOSED→CANCELLED",
    "RUNNING→CANCELLED",
    // RUNNING→DONE and DONE→RUNNING only through the complete and reopen commands, which credit and reverse JP
  ]);
  const statuses = Object.values(BatchStatus);
  const table = statuses.flatMap((from) => statuses.map((to) => [from, to, allowed.has(`${from}→${to}`)] as const));

  it("covers all 36 pairs of the six statuses", () => {
    expect(statuses).toHaveLength(6);
    expect(table).toHaveLength(36);
  });

  it.each(table)("%s → %s: %s", (from, to, expected) => {
    expect(canMoveBatch(from, to)).toBe(expected);
  });

  it.each([
    ["DRAFT", "OPEN", true],
    ["OPEN", "CLOSED", true],
    ["CLOSED", "RUNNING", true],
    ["RUNNING", "DONE", false],
    ["DONE", "RUNNING", false],
    ["DRAFT", "DONE", false],
    ["DRAFT", "RUNNING", false],
    ["OPEN", "RUNNING", false],
    ["OPEN", "DONE", false],
    ["DONE", "CANCELLED", false],
    ["DONE", "OPEN", false],
  ] as const)("named case %s → %s: %s", (from, to, expected) => {
    expect(canMoveBatch(from, to)).toBe(expected);
  });

  it.each(statuses)("a cancelled batch can never move, not even to %s", (to) => {
    expect(canMoveBatch("CANCELLED", to)).toBe(false);
  });

  it.each(statuses)("%s → itself is not a move", (status) => {
    expect(canMoveBatch(status, status)).toBe(false);
  });

  it.each(statuses.filter((s) => s !== "DONE" && s !== "CANCELLED"))("%s can still be cancelled", (from) => {
    expect(canMoveBatch(from, "CANCELLED")).toBe(true);
  });
});

const session = (over: Partial<SessionTimes> = {}): SessionTimes => ({
  startMinute: 480,
  endMinute: 600,
  cancelled: false,
  kind: "LEARNING",
  ...over,
});

/** Sessions laid end to end from a start minute, as a rundown is. */
function rundown(start: number, items: readonly [number, SessionTimes["kind"]][]): SessionTimes[] {
  let at = start;
  return items.map(([minutes, kind]) => {
    const s = session({ startMinute: at, endMinute: at + minutes, kind });
    at += minutes;
    return s;
  });
}

describe("heldMinutes", () => {
  it("is the session's current length", () => {
    expect(heldMinutes(session({ startMinute: 480, endMinute: 600 }))).toBe(120);
    expect(heldMinutes(session({ startMinute: 810, endMinute: 900 }))).toBe(90);
  });

  it("is zero once the session is cancelled", () => {
    expect(heldMinutes(session({ startMinute: 480, endMinute: 600, cancelled: true }))).toBe(0);
  });

  it("is zero for an empty session", () => {
    expect(heldMinutes(session({ startMinute: 600, endMinute: 600 }))).toBe(0);
  });

  it("does not depend on the kind", () => {
    expect(heldMinutes(session({ kind: "MEAL", startMinute: 720, endMinute: 780 }))).toBe(60);
  });
});

describe("jpMinutes", () => {
  // Seed 001, figure 4: "Capacity Building Camat dan Lurah 2024".
  const seed001 = [
    ...rundown(7 * 60, [
      [240, "TRAVEL"], // departure
      [60, "MEAL"], // dinner
      [5, "OPENING_CLOSING"], // opening
      [15, "OPENING_CLOSING"], // remarks by the mayor
      [180, "OTHER"], // dinner and entertainment
    ]),
    ...rundown(6 * 60, [
      [30, "MEAL"], // breakfast
      [120, "OUTBOUND"], // outbound
      [120, "LEARNING"], // material delivery
    ]),
  ];

  it("counts only the material delivery with the default kinds: 120 minutes = 2,67 JP", () => {
    const minutes = jpMinutes(seed001, DEFAULT_POLICY.jpSessionKinds);
    expect(minutes).toBe(120);
    expect(formatJp(minutes)).toBe("2,67 JP");
  });

  it("counts outbound too when the agency counts it: 240 minutes", () => {
    expect(jpMinutes(seed001, ["LEARNING", "OUTBOUND"])).toBe(240);
  });

  it("counts nothing with no counted kinds", () => {
    expect(jpMinutes(seed001, [])).toBe(0);
  });

  it("counts every kind but the schedule-only ones (travel, meals, opening, closing) when every kind is listed", () => {
    expect(jpMinutes(seed001, SESSION_KINDS)).toBe(180 + 120 + 120);
  });

  it("is zero for an empty rundown", () => {
    expect(jpMinutes([], ["LEARNING"])).toBe(0);
  });

  describe("issue 3 worked example: five learning sessions and a meal", () => {
    const planned = rundown(8 * 60, [
      [120, "LEARNING"],
      [90, "LEARNING"],
      [60, "MEAL"],
      [90, "LEARNING"],
      [180, "LEARNING"],
      [90, "LEARNING"],
    ]);

    it("credits 570 minutes as planned", () => {
      expect(jpMinutes(planned, ["LEARNING"])).toBe(570);
    });

    it("credits what was held after the 180-minute session is shortened to 120: 510 minutes = 11,33 JP", () => {
      const held = planned.map((s) => (s.endMinute - s.startMinute === 180 ? { ...s, endMinute: s.startMinute + 120 } : s));
      const minutes = jpMinutes(held, DEFAULT_POLICY.jpSessionKinds);
      expect(minutes).toBe(510);
      expect(formatJp(minutes)).toBe("11,33 JP");
    });

    it("drops a cancelled learning session from the credit", () => {
      const held = planned.map((s, i) => (i === 0 ? { ...s, cancelled: true } : s));
      expect(jpMinutes(held, ["LEARNING"])).toBe(450);
    });

    it("ignores a cancelled session of a kind that does not count anyway", () => {
      const held = planned.map((s) => (s.kind === "MEAL" ? { ...s, cancelled: true } : s));
      expect(jpMinutes(held, ["LEARNING"])).toBe(570);
      expect(jpMinutes(held, ["LEARNING", "MEAL"])).toBe(570);
      // A meal (ISHOMA) is schedule only: listing it among the counted kinds adds nothing (issue 12).
      expect(jpMinutes(planned, ["LEARNING", "MEAL"])).toBe(570);
    });
  });
});

describe("clock", () => {
  it.each([
    [0, "00:00"],
    [5, "00:05"],
    [60, "01:00"],
    [425, "07:05"],
    [510, "08:30"],
    [720, "12:00"],
    [1439, "23:59"],
  ])("%i → %s", (minute, text) => {
    expect(clock(minute)).toBe(text);
  });
});

describe("parseClock", () => {
  it.each([
    ["08:30", 510],
    ["8:30", 510],
    ["7.05", 425],
    ["07.05", 425],
    ["00:00", 0],
    ["0:00", 0],
    ["12:00", 720],
    ["19:59", 1199],
    ["23:59", 1439],
    [" 08:30 ", 510],
  ])("%j → %i", (text, minute) => {
    expect(parseClock(text)).toBe(minute);
  });

  it.each(["24:00", "12:60", "abc", "", "8", "8:5", "08:300", "25:00", "-1:00", "08-30", "08:30 pm", "1:2:3", "008:30"])(
    "%j is not a time of day",
    (text) => {
      expect(parseClock(text)).toBeNull();
    },
  );

  it("round-trips every minute of the day through clock", () => {
    for (let minute = 0; minute < 24 * 60; minute++) {
      expect(parseClock(clock(minute))).toBe(minute);
    }
  });

  it("round-trips text through parseClock and back", () => {
    for (const text of ["00:00", "06:15", "08:30", "13:45", "23:59"]) {
      expect(clock(parseClock(text) as number)).toBe(text);
    }
  });
});

describe("budgetLineTotal", () => {
  it("prices seed 001 figure 3: 210 person-days × Rp143.000 at 0% VAT = Rp30.030.000", () => {
    expect(budgetLineTotal({ volume: 210, unitPrice: 143_000, taxBasisPoints: 0 })).toBe(30_030_000);
  });

  it("adds 11% tax rounded half up: 3 × 333.333 = 999.999 + 110.000 (from 109.999,89) = 1.109.999", () => {
    expect(budgetLineTotal({ volume: 3, unitPrice: 333_333, taxBasisPoints: 1100 })).toBe(1_109_999);
  });

  it.each([
    // [volume, unitPrice, taxBasisPoints, total]
    [1, 5, 1000, 6], // tax 0.5 → 1 (half up)
    [1, 4, 1000, 4], // tax 0.4 → 0
    [1, 15, 1000, 17], // tax 1.5 → 2
    [1, 25, 1000, 28], // tax 2.5 → 3 (half up, not banker's rounding)
    [2, 100_000, 1100, 222_000],
    [1, 1_000_000, 1200, 1_120_000], // 12% VAT
    [0, 143_000, 1100, 0],
    [5, 0, 1100, 0],
  ])("%i × %i at %i bp → %i", (volume, unitPrice, taxBasisPoints, total) => {
    expect(budgetLineTotal({ volume, unitPrice, taxBasisPoints })).toBe(total);
  });

  it("returns whole Rupiah", () => {
    expect(Number.isInteger(budgetLineTotal({ volume: 7, unitPrice: 123_457, taxBasisPoints: 1100 }))).toBe(true);
  });
});

describe("budgetTotal", () => {
  it("is zero for no lines", () => {
    expect(budgetTotal([])).toBe(0);
  });

  it("sums line totals, each with its own tax", () => {
    const lines = [
      { volume: 210, unitPrice: 143_000, taxBasisPoints: 0 }, // 30.030.000
      { volume: 3, unitPrice: 333_333, taxBasisPoints: 1100 }, // 1.109.999
      { volume: 1, unitPrice: 5, taxBasisPoints: 1000 }, // 6
    ];
    expect(budgetTotal(lines)).toBe(30_030_000 + 1_109_999 + 6);
    expect(budgetTotal(lines)).toBe(lines.reduce((sum, l) => sum + budgetLineTotal(l), 0));
  });

  it("rounds tax per line, not on the sum", () => {
    // Two lines each with 0.5 tax: per-line rounding gives 1 + 1 (total 12); rounding the summed tax would give 1 (total 11).
    const line = { volume: 1, unitPrice: 5, taxBasisPoints: 1000 };
    expect(budgetTotal([line, line])).toBe(12);
  });
});
