import { describe, expect, it } from "vitest";
import { leadBatch, openOnDay, orderCatalog, type OrderableBatch } from "@/lib/catalog/catalog-order";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const today = day("2026-12-05");
let seq = 0;
const batch = (start: string, over: Partial<OrderableBatch> = {}): OrderableBatch => ({
  id: `b${++seq}`, status: "OPEN", registrationOpensAt: day("2026-11-20"), registrationClosesAt: day("2026-12-20"), startDate: day(start), number: 1, ...over,
});
const program = (title: string, batches: OrderableBatch[]) => ({ id: title, title, batches });

describe("openOnDay", () => {
  it("is an OPEN batch whose window overlaps the day", () => {
    expect(openOnDay(batch("2027-01-10"), today)).toBe(true);
    expect(openOnDay(batch("2027-01-10", { status: "CLOSED" }), today)).toBe(false);
    expect(openOnDay(batch("2027-01-10", { registrationOpensAt: day("2026-12-06") }), today)).toBe(false);
    expect(openOnDay(batch("2027-01-10", { registrationOpensAt: new Date("2026-12-05T20:00:00Z") }), today)).toBe(true);
    expect(openOnDay(batch("2027-01-10", { registrationClosesAt: new Date("2026-12-04T23:59:00Z") }), today)).toBe(false);
  });
});

describe("leadBatch", () => {
  it("prefers the soonest batch open for registration over a sooner one that is not", () => {
    const running = batch("2026-12-01", { status: "RUNNING" });
    const open = batch("2027-02-01");
    const openSooner = batch("2027-01-15");
    expect(leadBatch([running, open, openSooner], today)).toBe(openSooner);
    expect(leadBatch([running], today)).toBe(running);
    expect(leadBatch([], today)).toBeNull();
  });
});

describe("orderCatalog", () => {
  const programs = [
    program("A tanpa angkatan", []),
    program("B berjalan", [batch("2026-12-01", { status: "RUNNING" })]),
    program("C dibuka Februari", [batch("2027-02-01")]),
    program("D dibuka Januari", [batch("2027-01-10")]),
    program("E belum dibuka", [batch("2026-12-20", { registrationOpensAt: day("2026-12-10") })]),
    program("F juga tanpa angkatan", []),
  ];

  it("leads with batches open for registration, soonest first, then other scheduled ones, and hides the unscheduled", () => {
    const { ordered, unscheduled } = orderCatalog(programs, today, false);
    expect(ordered.map((r) => r.program.title)).toEqual(["D dibuka Januari", "C dibuka Februari", "B berjalan", "E belum dibuka"]);
    expect(ordered.map((r) => r.open)).toEqual([true, true, false, false]);
    expect(unscheduled).toBe(2);
  });

  it("puts programs without a batch last, by title, when asked for", () => {
    const { ordered, unscheduled } = orderCatalog(programs, today, true);
    expect(ordered.map((r) => r.program.title).slice(-2)).toEqual(["A tanpa angkatan", "F juga tanpa angkatan"]);
    expect(ordered).toHaveLength(6);
    expect(unscheduled).toBe(2);
  });
});
