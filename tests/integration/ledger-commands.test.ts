// The one door to the JP ledger: what it writes, and what it refuses before the database is asked.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { correctLedger, creditLedger, isClosedYearRefusal } from "@/lib/ledger/commands";
import { buildWorld, type World } from "./world";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the ledger door", () => {
  it("files a credit under the year of its date and a correction that names what it corrects", async () => {
    const base = { agencyId: w.agencyA.id, employeeId: w.people.staff1.id, routeCode: "KL10" as const, title: "Bimtek", createdById: w.users.admin.id };
    const credit = await db.$transaction((tx) => creditLedger(tx, "BATCH", { ...base, minutes: 120, date: day("2029-12-31") }));
    expect(credit).toMatchObject({ year: 2029, minutes: 120 });
    const correction = await db.$transaction((tx) =>
      correctLedger(tx, { ...base, minutes: -120, date: day("2029-12-31"), correctsId: credit.id, reason: "Sertifikat ganda" }),
    );
    const rows = await db.ledgerEntry.findMany({ where: { id: { in: [credit.id, correction.id] } }, orderBy: { minutes: "desc" } });
    expect(rows.map((r) => [r.source, r.minutes, r.year, r.correctsId, r.reason])).toEqual([
      ["BATCH", 120, 2029, null, null],
      ["CORRECTION", -120, 2029, credit.id, "Sertifikat ganda"],
    ]);
  });

  it("refuses a credit that is not a positive whole number of minutes, and a correction without minutes or reason", async () => {
    const base = { agencyId: w.agencyA.id, employeeId: w.people.staff1.id, routeCode: "KL10" as const, title: "Bimtek", createdById: null, date: day("2029-06-01") };
    for (const minutes of [0, -5, 2.5]) {
      await expect(db.$transaction((tx) => creditLedger(tx, "BATCH", { ...base, minutes }))).rejects.toThrow(RangeError);
    }
    await expect(db.$transaction((tx) => correctLedger(tx, { ...base, minutes: 0, reason: "x" }))).rejects.toThrow(RangeError);
    await expect(db.$transaction((tx) => correctLedger(tx, { ...base, minutes: 30, reason: "  " }))).rejects.toThrow(RangeError);
    expect(await db.ledgerEntry.count({ where: { employeeId: w.people.staff1.id, date: day("2029-06-01") } })).toBe(0);
  });

  it("meets the database's closed-year guard: no reason, no entry", async () => {
    await db.yearClose.create({
      data: { agencyId: w.agencyA.id, year: 2028, closedById: w.users.admin.id, evaluatedOn: day("2028-12-31"), employeeCount: 0, contentHash: "x" },
    });
    const base = { agencyId: w.agencyA.id, employeeId: w.people.staff1.id, routeCode: "KL10" as const, title: "Bimtek", createdById: null, date: day("2028-05-01") };
    const refused = await db.$transaction((tx) => creditLedger(tx, "BATCH", { ...base, minutes: 60 })).catch((e: unknown) => e);
    expect(isClosedYearRefusal(refused)).toBe(true);
    const withReason = await db.$transaction((tx) => creditLedger(tx, "BATCH", { ...base, minutes: 60, reason: "Terlambat dicatat" }));
    expect(withReason.year).toBe(2028);
  });
});
