// An admin's correction of one person's ledger (issue 13, decision 0027): it changes the year the ASN sees in
// "JP saya" (ledgerOfYear, the query /jp reads) by exactly its minutes, is refused below zero or without a reason,
// is audited with the entry as after, and only an admin may make it.
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { db } from "@/lib/db";
import { ledgerOfYear } from "@/lib/enrolment/queries";
import { creditLedger } from "@/lib/ledger/commands";
import { correctLedgerEntry } from "@/lib/ledger/correction";
import { correctionPage } from "@/lib/ledger/queries";
import { buildWorld, refusal, type World } from "./world";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const jpSaya = (employeeId: string, year: number) => ledgerOfYear(db, { agencyId: w.agencyA.id, employeeId }, year);
const yearTotal = (employeeId: string, year: number) =>
  db.ledgerYearTotal.findUnique({ where: { agencyId_year_employeeId: { agencyId: w.agencyA.id, year, employeeId } }, select: { minutes: true } });

async function credit(employeeId: string, minutes: number, date: string) {
  return db.$transaction((tx) =>
    creditLedger(tx, "BATCH", { agencyId: w.agencyA.id, employeeId, minutes, date: day(date), routeCode: "KL10", title: "Bimtek SPBE", createdById: null }),
  );
}

const correction = (patch: Record<string, unknown> = {}) => ({
  employeeId: w.people.staff1.id, direction: "add", jp: "2", minutes: "", date: "2025-06-30", title: "Koreksi JP Bimtek SPBE",
  reason: "Surat Kepala BKPP 800/123: sesi sore tidak tercatat", routeCode: "KL10", ...patch,
});

describe("an admin's correction", () => {
  it("changes JP saya of the date's year by exactly its minutes, stands alone or names the entry it corrects, and is audited", async () => {
    const admin = await w.viewer(w.users.admin);
    const earned = await credit(w.people.staff1.id, 270, "2025-03-14");
    const before = await jpSaya(w.people.staff1.id, 2025);
    expect(before.totalMinutes).toBe(270);

    const added = await executeCommand(correctLedgerEntry, admin, correction());
    expect(added).toMatchObject({ year: 2025, minutes: 90, yearMinutes: 360 });
    const after = await jpSaya(w.people.staff1.id, 2025);
    expect(after.totalMinutes - before.totalMinutes).toBe(90);
    expect(after.entries.at(-1)).toMatchObject({ source: "CORRECTION", minutes: 90, correctsId: null, reason: correction().reason as string });
    expect(await yearTotal(w.people.staff1.id, 2025)).toEqual({ minutes: 360 });
    // Another year is untouched.
    expect((await jpSaya(w.people.staff1.id, 2026)).totalMinutes).toBe(0);

    // JP and minutes add up; − takes back; the corrected entry's route is used when none is chosen.
    const taken = await executeCommand(correctLedgerEntry, admin, correction({ direction: "subtract", jp: "1,5", minutes: "15", correctsId: earned.id, routeCode: "" }));
    expect(taken).toMatchObject({ minutes: -83, yearMinutes: 277 });
    const entry = await db.ledgerEntry.findUniqueOrThrow({ where: { id: taken.entryId } });
    expect(entry).toMatchObject({ correctsId: earned.id, routeCode: "KL10", year: 2025, createdById: w.users.admin.id });
    expect((await jpSaya(w.people.staff1.id, 2025)).totalMinutes).toBe(277);

    const audit = await db.auditLog.findMany({ where: { agencyId: w.agencyA.id, action: "ledger.correct" }, orderBy: { id: "asc" }, select: { entity: true, entityId: true, before: true, after: true, actorUserId: true } });
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ entity: "LedgerEntry", entityId: added.entryId, actorUserId: w.users.admin.id, before: { yearMinutes: 270 } });
    expect(audit[0]!.after).toMatchObject({ minutes: 90, year: 2025, date: "2025-06-30", reason: correction().reason, correctsId: null, yearMinutes: 360 });
  });

  it("refuses a correction that would take the year below zero, one without a reason, a zero, a future date, another person's entry", async () => {
    const admin = await w.viewer(w.users.admin);
    await credit(w.people.staff1.id, 60, "2025-03-14");
    const otherEntry = await credit(w.people.staff2.id, 60, "2025-03-14");

    const below = await refusal(executeCommand(correctLedgerEntry, admin, correction({ direction: "subtract", jp: "", minutes: "61" })));
    expect(below.message).toBe("ledgerAdmin.errors.belowZero");
    expect(below.values).toMatchObject({ year: 2025, jp: "1,33" });
    // Exactly to zero is allowed.
    await executeCommand(correctLedgerEntry, admin, correction({ direction: "subtract", jp: "", minutes: "60" }));
    expect((await jpSaya(w.people.staff1.id, 2025)).totalMinutes).toBe(0);

    expect((await refusal(executeCommand(correctLedgerEntry, admin, correction({ reason: "" })))).fieldErrors).toMatchObject({ reason: ["ledgerAdmin.errors.reasonRequired"] });
    expect((await refusal(executeCommand(correctLedgerEntry, admin, correction({ reason: "terlambat" })))).fieldErrors).toMatchObject({ reason: ["ledgerAdmin.errors.reasonRequired"] });
    expect((await refusal(executeCommand(correctLedgerEntry, admin, correction({ jp: "0", minutes: "" })))).fieldErrors).toMatchObject({ jp: ["ledgerAdmin.errors.amountZero"] });
    expect((await refusal(executeCommand(correctLedgerEntry, admin, correction({ jp: "", minutes: "" })))).fieldErrors).toMatchObject({ jp: ["ledgerAdmin.errors.amountMissing"] });
    expect((await refusal(executeCommand(correctLedgerEntry, admin, correction({ date: "2999-01-01" })))).fieldErrors).toMatchObject({ date: ["ledgerAdmin.errors.dateInFuture"] });
    expect((await refusal(executeCommand(correctLedgerEntry, admin, correction({ correctsId: otherEntry.id })))).fieldErrors).toMatchObject({ correctsId: ["ledgerAdmin.errors.correctsInvalid"] });
    expect((await refusal(executeCommand(correctLedgerEntry, admin, correction({ routeCode: "" })))).fieldErrors).toMatchObject({ routeCode: ["ledgerAdmin.errors.routeCode"] });
    expect(await db.ledgerEntry.count({ where: { employeeId: w.people.staff1.id } })).toBe(2);
  });

  it("reaches a closed year (its reason satisfies the year-close guard)", async () => {
    const admin = await w.viewer(w.users.admin);
    await db.yearClose.create({ data: { agencyId: w.agencyA.id, year: 2024, closedById: w.users.admin.id, evaluatedOn: day("2024-12-31"), employeeCount: 0, contentHash: "x" } });
    await executeCommand(correctLedgerEntry, admin, correction({ date: "2024-11-01" }));
    expect((await jpSaya(w.people.staff1.id, 2024)).totalMinutes).toBe(90);
  });

  it("is an admin's alone: operators, supervisors, ASN and another agency's admin are refused, and nothing is written", async () => {
    for (const user of [w.users.operatorX, w.users.kabid, w.users.staff1]) {
      const error = await refusal(executeCommand(correctLedgerEntry, await w.viewer(user), correction()));
      expect(error.code).toBe("FORBIDDEN");
    }
    expect((await refusal(executeCommand(correctLedgerEntry, await w.viewer(w.users.adminB), correction()))).code).toBe("NOT_FOUND");
    expect(await db.ledgerEntry.count({ where: { employeeId: w.people.staff1.id } })).toBe(0);
    // The page's query, too: another agency's admin finds nobody; the operator has no such page.
    expect(await correctionPage(await w.viewer(w.users.adminB), w.people.staff1.id, 2025)).toBeNull();
    expect(await correctionPage(await w.viewer(w.users.operatorX), w.people.staff1.id, 2025)).toBeNull();
    expect((await correctionPage(await w.viewer(w.users.admin), w.people.staff1.id, 2025))?.person.id).toBe(w.people.staff1.id);
  });
});
