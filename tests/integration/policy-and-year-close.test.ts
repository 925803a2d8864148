// The JP policy editor and year-end close: audited, frozen once a year is closed, reproducible by hash.
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { complianceOf } from "@/lib/compliance/queries";
import { closeYear, yearCloseReport } from "@/lib/compliance/year-close";
import { db } from "@/lib/db";
import { savePolicy } from "@/lib/policy/commands";
import { policyFor } from "@/lib/policy/queries";
import { buildWorld, refusal, type World } from "./world";

let w: World;
let admin: Viewer;
beforeEach(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const policyInput = { year: "2025", targetJp: "40", proRate: "on", countedRouteCodes: ["KL03", "KL10"], completionThresholdPct: "75", pppkCeilingJp: "24" };

async function credit(employeeId: string, minutes: number, date: string, reason?: string) {
  return db.ledgerEntry.create({
    data: { agencyId: w.agencyA.id, employeeId, minutes, date: day(date), year: Number(date.slice(0, 4)), source: "BATCH", routeCode: "KL03", title: "Pelatihan", reason },
  });
}

describe("JP policy", () => {
  it("an admin saves a year's policy; it is read back and audited with before and after", async () => {
    await executeCommand(savePolicy, admin, policyInput);
    expect(await policyFor(w.agencyA.id, 2025)).toMatchObject({ targetJp: 40, proRate: true, countedRouteCodes: ["KL03", "KL10"], completionThresholdPct: 75, pppkCeilingJp: 24 });
    await executeCommand(savePolicy, admin, { ...policyInput, targetJp: "20", proRate: undefined, countedRouteCodes: undefined, pppkCeilingJp: "" });
    expect(await policyFor(w.agencyA.id, 2025)).toMatchObject({ targetJp: 20, proRate: false, countedRouteCodes: [], pppkCeilingJp: null });
    const audits = await db.auditLog.findMany({ where: { entity: "AgencyPolicy", entityId: `${w.agencyA.id}:2025` }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["create", "update"]);
    expect(audits[1]!.before).toMatchObject({ targetJp: 40 });
    expect(audits[1]!.after).toMatchObject({ targetJp: 20, proRate: false });
  });

  it("another agency's policy is untouched, and the target changes the computed figures", async () => {
    await executeCommand(savePolicy, admin, policyInput);
    expect((await policyFor(w.agencyB.id, 2025)).targetJp).toBe(20);
    expect((await complianceOf(admin, w.people.staff1.id, 2025))!.targetMinutes).toBe(1800);
  });

  it("refuses operators and ASN, and names the field of a bad value", async () => {
    expect((await refusal(executeCommand(savePolicy, await w.viewer(w.users.operatorY), policyInput))).code).toBe("FORBIDDEN");
    expect((await refusal(executeCommand(savePolicy, await w.viewer(w.users.staff1), policyInput))).code).toBe("FORBIDDEN");
    const bad = await refusal(executeCommand(savePolicy, admin, { ...policyInput, targetJp: "-5", completionThresholdPct: "0", countedRouteCodes: ["KL99"] }));
    expect(bad.code).toBe("VALIDATION");
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["completionThresholdPct", "countedRouteCodes.0", "targetJp"]);
    expect(await db.agencyPolicy.count({ where: { agencyId: w.agencyA.id } })).toBe(0);
  });
});

describe("year-end close", () => {
  it("snapshots every ASN with a hash that the report verifies, once", async () => {
    await credit(w.people.staff1.id, 900, "2025-05-05");
    const result = await executeCommand(closeYear, admin, { year: "2025" });
    expect(result.employeeCount).toBe(5);
    expect(result.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const row = await db.yearCloseRow.findUnique({ where: { agencyId_year_employeeId: { agencyId: w.agencyA.id, year: 2025, employeeId: w.people.staff1.id } } });
    expect(row).toMatchObject({ creditedMinutes: 900, targetMinutes: 900, status: "COMPLIANT" });
    const report = await yearCloseReport(admin, 2025);
    expect(report).toMatchObject({ intact: true, changes: [] });
    expect((await refusal(executeCommand(closeYear, admin, { year: "2025" }))).message).toBe("jp.close.alreadyClosed");
    expect(await db.auditLog.count({ where: { entity: "YearClose", agencyId: w.agencyA.id } })).toBe(1);
  });

  it("refuses a year that is not over, and non-admins", async () => {
    const thisYear = new Date().getUTCFullYear();
    expect((await refusal(executeCommand(closeYear, admin, { year: String(thisYear) }))).message).toBe("jp.close.notYet");
    expect((await refusal(executeCommand(closeYear, await w.viewer(w.users.operatorY), { year: "2025" }))).code).toBe("FORBIDDEN");
    expect(await db.yearClose.count({ where: { agencyId: w.agencyA.id } })).toBe(0);
  });

  it("after the close, entries in the year need a reason, the snapshot is sealed, and the report shows the difference", async () => {
    const first = await credit(w.people.staff1.id, 900, "2025-05-05");
    await executeCommand(closeYear, admin, { year: "2025" });
    await expect(credit(w.people.staff1.id, 60, "2025-06-01")).rejects.toThrow(/closed/);
    await db.ledgerEntry.create({
      data: {
        agencyId: w.agencyA.id, employeeId: w.people.staff1.id, minutes: -300, date: day("2025-05-05"), year: 2025, source: "CORRECTION",
        routeCode: "KL03", title: "Koreksi", correctsId: first.id, reason: "Kehadiran salah dicatat",
      },
    });
    await expect(db.$executeRaw`UPDATE "YearCloseRow" SET "creditedMinutes" = 0`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "YearClose"`).rejects.toThrow(/append-only/);
    const report = (await yearCloseReport(admin, 2025))!;
    expect(report.intact).toBe(true);
    expect(report.changes).toEqual([
      expect.objectContaining({ employeeId: w.people.staff1.id, creditedAtClose: 900, creditedNow: 600, statusAtClose: "COMPLIANT", statusNow: "NON_COMPLIANT" }),
    ]);
    // Other years take entries as before.
    await credit(w.people.staff1.id, 60, "2026-02-02");
    // The closed year's policy is frozen.
    expect((await refusal(executeCommand(savePolicy, admin, policyInput))).message).toBe("jp.policy.yearClosed");
  });

  it("another agency's admin sees no report", async () => {
    await executeCommand(closeYear, admin, { year: "2025" });
    expect(await yearCloseReport(await w.viewer(w.users.adminB), 2025)).toBeNull();
  });
});
