// The SQL aggregate of lib/compliance/sql.ts must give the figures of the pure rules (lib/compliance/rules.ts):
// issue 4's worked examples, computed both ways.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { complianceAll, complianceOf, complianceQuery, equityOf, summaryOf } from "@/lib/compliance/queries";
import { complianceRows } from "@/lib/compliance/sql";
import { activeMonths, complianceStatus, creditedMinutes, plannedLearning, targetMinutes } from "@/lib/compliance/rules";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/load-viewer";
import { createEmployee } from "../factories/db";
import { buildWorld, type World } from "./world";

let w: World;
let admin: Viewer;
beforeEach(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function person(opts: { start?: string; end?: string | null } = {}) {
  return createEmployee(db, {
    agencyId: w.agencyA.id,
    unitId: w.units.bidangX1.id,
    serviceStartDate: day(opts.start ?? "2010-01-01"),
    serviceEndDate: opts.end ? day(opts.end) : null,
  });
}

async function entry(employeeId: string, minutes: number, date: string, extra: Partial<Prisma.LedgerEntryUncheckedCreateInput> = {}) {
  return db.ledgerEntry.create({
    data: { agencyId: w.agencyA.id, employeeId, minutes, date: day(date), year: Number(date.slice(0, 4)), source: "BATCH", routeCode: "KL03", title: "Pelatihan", ...extra },
  });
}

async function figures(employeeId: string, year: number, evaluatedOn = "2026-01-05", policy: { targetJp?: number } = {}) {
  const query = (await complianceQuery(admin, year))!;
  query.evaluatedOn = day(evaluatedOn);
  query.policy = { ...query.policy, ...policy };
  const rows = await db.$queryRaw<{ employeeId: string; activeMonths: number; targetMinutes: number; creditedMinutes: number; plannedMinutes: number; plannedBatches: number; status: string }[]>`
    WITH c AS (${complianceRows({ ...query, scope: Prisma.sql`${query.scope} AND e.id = ${employeeId}::uuid`, agencyWide: false })}) SELECT * FROM c`;
  return rows[0];
}

describe("compliance in SQL agrees with the rules", () => {
  it("example 1: full year, an unverified external submission does not count; NON_COMPLIANT after the year", async () => {
    const p = await person();
    await entry(p.id, 510, "2025-06-10");
    const external = (status: "VERIFIED" | "SUBMITTED", minutes: number) =>
      db.externalTraining.create({
        data: {
          agencyId: w.agencyA.id, employeeId: p.id, title: `Luar ${status}`, organiser: "LAN", routeCode: "KL08",
          startDate: day("2025-08-01"), endDate: day("2025-08-01"), minutes, certificateNumber: `C-${status}`,
          fileKey: "x", fileName: "x.pdf", fileType: "application/pdf", fileSize: 10, fileSha256: "0", status,
          decidedAt: status === "VERIFIED" ? new Date() : null,
        },
      });
    const verified = await external("VERIFIED", 180);
    await external("SUBMITTED", 450);
    await entry(p.id, 180, "2025-08-01", { source: "EXTERNAL", routeCode: "KL08", externalTrainingId: verified.id });
    const f = await figures(p.id, 2025);
    expect(f).toMatchObject({ activeMonths: 12, targetMinutes: 900, creditedMinutes: 690, status: "NON_COMPLIANT" });
  });

  it("example 2: late start on 2025-07-20 gives 5 active months and a 375-minute target", async () => {
    const p = await person({ start: "2025-07-20" });
    await entry(p.id, 390, "2025-11-10");
    expect(await figures(p.id, 2025)).toMatchObject({ activeMonths: 5, targetMinutes: 375, creditedMinutes: 390, status: "COMPLIANT" });
    expect(targetMinutes(20, activeMonths(2025, { serviceStartDate: day("2025-07-20"), serviceEndDate: null }), true)).toBe(375);
  });

  it("example 3: a study assignment Feb–May leaves 8 months and a 600-minute target", async () => {
    const p = await person();
    await db.inactivityPeriod.create({ data: { agencyId: w.agencyA.id, employeeId: p.id, kind: "STUDY_ASSIGNMENT", startDate: day("2025-02-01"), endDate: day("2025-05-31") } });
    await entry(p.id, 600, "2025-09-09");
    expect(await figures(p.id, 2025)).toMatchObject({ activeMonths: 8, targetMinutes: 600, creditedMinutes: 600, status: "COMPLIANT" });
  });

  it("example 4: a correction nets its entry out", async () => {
    const p = await person();
    const first = await entry(p.id, 360, "2025-03-03");
    await entry(p.id, -360, "2025-03-03", { source: "CORRECTION", correctsId: first.id, reason: "Salah input" });
    await entry(p.id, 300, "2025-04-04");
    expect((await figures(p.id, 2025))!.creditedMinutes).toBe(300);
  });

  it("example 5: a confirmed November batch keeps the ASN ON_TRACK on 2025-10-01; without it AT_RISK", async () => {
    const p = await person();
    await entry(p.id, 600, "2025-05-05");
    expect((await figures(p.id, 2025, "2025-10-01"))!.status).toBe("AT_RISK");
    const program = await db.program.create({ data: { agencyId: w.agencyA.id, title: "Pelatihan November", description: "", objectives: "", routeCode: "KL03", organiser: "BKPP" } });
    const batch = await db.batch.create({
      data: { agencyId: w.agencyA.id, programId: program.id, number: 1, startDate: day("2025-11-10"), endDate: day("2025-11-11"), capacity: 10, registrationOpensAt: day("2025-09-01"), registrationClosesAt: day("2025-11-01"), status: "OPEN" },
    });
    await db.rundownSession.createMany({
      data: [
        { agencyId: w.agencyA.id, batchId: batch.id, date: day("2025-11-10"), startMinute: 480, endMinute: 840, plannedMinutes: 360, title: "Materi", kind: "LEARNING" },
        { agencyId: w.agencyA.id, batchId: batch.id, date: day("2025-11-10"), startMinute: 720, endMinute: 780, plannedMinutes: 60, title: "Makan", kind: "MEAL" },
      ],
    });
    await db.enrolment.create({ data: { agencyId: w.agencyA.id, batchId: batch.id, employeeId: p.id, status: "CONFIRMED", origin: "SELF" } });
    const f = await figures(p.id, 2025, "2025-10-01");
    expect(f).toMatchObject({ plannedMinutes: 360, status: "ON_TRACK" });
    expect(complianceStatus({ year: 2025, evaluatedOn: day("2025-10-01"), months: 12, credited: 600, target: 900, plannedMinutes: 360 })).toBe("ON_TRACK");
  });

  it("planned learning: a batch whose learning is all cancelled counts as a planned batch of 0 minutes, beside one of 240", async () => {
    const p = await person();
    const program = await db.program.create({ data: { agencyId: w.agencyA.id, title: "Pelatihan Desember", description: "", objectives: "", routeCode: "KL03", organiser: "BKPP" } });
    const batchOf = (number: number) => db.batch.create({
      data: { agencyId: w.agencyA.id, programId: program.id, number, startDate: day("2025-12-01"), endDate: day("2025-12-02"), capacity: 10, registrationOpensAt: day("2025-09-01"), registrationClosesAt: day("2025-11-01"), status: "CLOSED" },
    });
    const [emptied, kept] = [await batchOf(1), await batchOf(2)];
    const session = { agencyId: w.agencyA.id, date: day("2025-12-01"), startMinute: 480, endMinute: 720, plannedMinutes: 240, title: "Materi" };
    await db.rundownSession.createMany({
      data: [
        { ...session, batchId: emptied.id, kind: "LEARNING", cancelled: true },
        { ...session, batchId: emptied.id, kind: "MEAL", plannedMinutes: 60, title: "Makan" },
        { ...session, batchId: kept.id, kind: "LEARNING" },
      ],
    });
    for (const b of [emptied, kept]) await db.enrolment.create({ data: { agencyId: w.agencyA.id, batchId: b.id, employeeId: p.id, status: "CONFIRMED", origin: "SELF" } });
    expect(await figures(p.id, 2025, "2025-10-01")).toMatchObject({ plannedMinutes: 240, plannedBatches: 2 });
    const planned = plannedLearning([{ endDate: day("2025-12-02"), status: "CLOSED", minutes: 0 }, { endDate: day("2025-12-02"), status: "CLOSED", minutes: 240 }], 2025, day("2025-10-01"));
    expect(planned).toEqual({ minutes: 240, batches: 2 });
  });

  it("example 6: an entry dated 2026-01-02 credits 2026, not 2025", async () => {
    const p = await person();
    await entry(p.id, 300, "2026-01-02");
    expect((await figures(p.id, 2025))!.creditedMinutes).toBe(0);
    expect((await figures(p.id, 2026, "2026-02-01"))!.creditedMinutes).toBe(300);
  });

  it("example 7: under a 40 JP policy the full-year target is 1800 minutes", async () => {
    const p = await person();
    expect((await figures(p.id, 2025, "2026-01-05", { targetJp: 40 }))!.targetMinutes).toBe(1800);
  });

  it.each([
    ["2025-03-15", null, 10],
    ["2025-03-16", null, 9],
    ["2010-01-01", "2025-06-14", 5],
    ["2010-01-01", "2025-06-15", 6],
    ["2025-12-16", null, 0],
  ])("active months at the edges: start %s, end %s → %i", async (start, end, months) => {
    const p = await person({ start, end });
    const f = await figures(p.id, 2025);
    const expected = activeMonths(2025, { serviceStartDate: day(start), serviceEndDate: end ? day(end) : null });
    expect(expected).toBe(months);
    if (months === 0) {
      // In service only after the 15th of December: in the list, but EXEMPT.
      expect(f).toMatchObject({ activeMonths: 0, status: "EXEMPT" });
    } else expect(f!.activeMonths).toBe(months);
  });

  it.each([
    // service, then inactivity periods (each counts only where it overlaps the service; overlaps count once)
    ["2025-04-20", null, [["2025-01-01", "2025-06-30"]], 6],
    ["2010-01-01", "2025-08-14", [["2025-07-01", "2025-12-31"]], 6],
    ["2025-03-10", "2025-10-20", [["2025-02-01", "2025-04-15"], ["2025-04-01", "2025-05-20"], ["2025-09-15", "2026-03-01"]], 3],
    ["2010-01-01", null, [["2024-06-01", "2025-01-15"], ["2025-12-15", "2026-02-01"]], 10],
    ["2025-06-16", "2025-07-14", [["2025-06-01", "2025-08-01"]], 0],
    ["2025-05-01", null, [["2025-02-01", "2025-04-30"]], 8], // wholly before the service
    ["2010-01-01", null, [["2025-03-16", "2025-05-14"]], 11], // only April's 15th is inside
  ] as [string, string | null, [string, string][], number][])("inactivity only where it meets the service: start %s, end %s, periods %j → %i", async (start, end, periods, months) => {
    const p = await person({ start, end });
    for (const [from, to] of periods) {
      await db.inactivityPeriod.create({ data: { agencyId: w.agencyA.id, employeeId: p.id, kind: "STUDY_ASSIGNMENT", startDate: day(from), endDate: day(to) } });
    }
    const service = { serviceStartDate: day(start), serviceEndDate: end ? day(end) : null };
    expect(activeMonths(2025, service, periods.map(([from, to]) => ({ startDate: day(from), endDate: day(to) })))).toBe(months);
    expect((await figures(p.id, 2025))!.activeMonths).toBe(months);
  });

  it("only counts the route codes the policy counts", async () => {
    const p = await person();
    await entry(p.id, 300, "2025-03-03", { routeCode: "KL03" });
    await entry(p.id, 200, "2025-03-04", { routeCode: "NKL09" });
    expect((await figures(p.id, 2025, "2026-01-05", { countedRouteCodes: ["KL03"] } as never))!.creditedMinutes).toBe(300);
  });

  it("scopes to the viewer: an ASN sees only themselves, another agency's admin nobody of ours", async () => {
    const staff = await w.viewer(w.users.staff1);
    expect(await complianceOf(staff, w.people.staff2.id, 2025)).toBeNull();
    expect((await complianceOf(staff, w.people.staff1.id, 2025))?.employeeId).toBe(w.people.staff1.id);
    const adminB = await w.viewer(w.users.adminB);
    expect(await complianceOf(adminB, w.people.staff1.id, 2025)).toBeNull();
  });

  it("keeps the yearly totals (minutes and trainings) equal to a recount of the ledger", async () => {
    const p = await person();
    const q = await person();
    const first = await entry(p.id, 360, "2025-03-03");
    await entry(p.id, -360, "2025-03-03", { source: "CORRECTION", correctsId: first.id, reason: "Batal" });
    await entry(p.id, 300, "2025-04-04");
    await db.ledgerEntry.createMany({
      data: [100, 200].map((minutes) => ({ agencyId: w.agencyA.id, employeeId: q.id, minutes, date: day("2025-05-05"), year: 2025, source: "BATCH" as const, routeCode: "KL03" as const, title: "Sekaligus" })),
    });
    const totals = await db.ledgerYearTotal.findMany({ where: { agencyId: w.agencyA.id, employeeId: { in: [p.id, q.id] } } });
    const of = (id: string) => totals.find((t) => t.employeeId === id);
    expect(of(p.id)).toMatchObject({ year: 2025, minutes: 300, trainings: 1 });
    expect(of(q.id)).toMatchObject({ year: 2025, minutes: 300, trainings: 2 });
    const recount = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (
        SELECT "employeeId", year, sum(minutes)::int AS minutes FROM "LedgerEntry" WHERE "agencyId" = ${w.agencyA.id}::uuid GROUP BY 1, 2
      ) r FULL JOIN "LedgerYearTotal" t ON t."employeeId" = r."employeeId" AND t.year = r.year
      WHERE (t."agencyId" IS NULL OR t."agencyId" = ${w.agencyA.id}::uuid) AND (r.minutes IS DISTINCT FROM t.minutes)`;
    expect(recount[0]!.n).toBe(0);
  });

  it("summarises per OPD with a total row", async () => {
    await entry(w.people.staff1.id, 900, "2025-05-05");
    const query = (await complianceQuery(admin, 2025))!;
    const rows = await summaryOf(query);
    const total = rows.at(-1)!;
    expect(total).toMatchObject({ opdId: "", opdName: "Total" });
    expect(total.headcount).toBe(5);
    expect(total.compliant).toBe(1);
    const dinasX = rows.find((r) => r.opdId === w.units.dinasX.id)!;
    expect(dinasX).toMatchObject({ opdName: "Dinas X", headcount: 4, compliant: 1, zeroJp: 3, medianMinutes: 0, averageMinutes: 225 });
  });

  it("planned minutes end with the year: a never-held batch of 2025 is planned on 31 December, not on 5 January", async () => {
    const p = await person();
    await entry(p.id, 600, "2025-05-05");
    const batch = await batchWithLearning("2025-12-15", "OPEN", 360);
    await db.enrolment.create({ data: { agencyId: w.agencyA.id, batchId: batch.id, employeeId: p.id, status: "CONFIRMED", origin: "SELF" } });
    expect(await figures(p.id, 2025, "2025-12-31")).toMatchObject({ plannedMinutes: 360, plannedBatches: 1, status: "ON_TRACK" });
    expect(await figures(p.id, 2025, "2026-01-05")).toMatchObject({ plannedMinutes: 0, plannedBatches: 0, status: "NON_COMPLIANT" });
    const spec = [{ endDate: day("2025-12-15"), status: "OPEN" as const, minutes: 360 }];
    expect(plannedLearning(spec, 2025, day("2025-12-31"))).toEqual({ minutes: 360, batches: 1 });
    expect(plannedLearning(spec, 2025, day("2026-01-05"))).toEqual({ minutes: 0, batches: 0 });
  });

  describe("as of 1 October", () => {
    // Credited: 300 minutes on 5 May and 600 on 20 November (a batch completed since); planned on 1 October:
    // that November batch and a confirmed December batch (360). Today (after the year) all 900 are credited.
    async function octoberWorld() {
      const p = await person();
      await entry(p.id, 300, "2025-05-05");
      const november = await batchWithLearning("2025-11-20", "DONE", 600);
      const december = await batchWithLearning("2025-12-10", "OPEN", 360);
      const cancelled = await batchWithLearning("2025-11-25", "CANCELLED", 240);
      for (const b of [november, december, cancelled]) {
        await db.enrolment.create({ data: { agencyId: w.agencyA.id, batchId: b.id, employeeId: p.id, status: "CONFIRMED", origin: "SELF" } });
      }
      await entry(p.id, 600, "2025-11-20", { batchId: november.id });
      return p;
    }

    it("credits the entries dated up to D and plans the confirmed learning after D, as the rules do", async () => {
      const p = await octoberWorld();
      const f = await figures(p.id, 2025, "2025-10-01");
      expect(f).toMatchObject({ creditedMinutes: 300, plannedMinutes: 960, plannedBatches: 2, status: "ON_TRACK" });
      const entries = [
        { minutes: 300, year: 2025, routeCode: "KL03" as const, source: "BATCH" as const, verified: true, date: day("2025-05-05") },
        { minutes: 600, year: 2025, routeCode: "KL03" as const, source: "BATCH" as const, verified: true, date: day("2025-11-20") },
      ];
      expect(creditedMinutes(entries, 2025, [], day("2025-10-01"))).toBe(300);
      expect(plannedLearning([
        { endDate: day("2025-11-20"), status: "DONE", minutes: 600 },
        { endDate: day("2025-12-10"), status: "OPEN", minutes: 360 },
        { endDate: day("2025-11-25"), status: "CANCELLED", minutes: 240 },
      ], 2025, day("2025-10-01"))).toEqual({ minutes: 960, batches: 2 });
      // On 21 November the November batch is credited, no longer planned.
      expect(await figures(p.id, 2025, "2025-11-21")).toMatchObject({ creditedMinutes: 900, plannedMinutes: 360, plannedBatches: 1, status: "COMPLIANT" });
      // After the year (the fast path over the yearly totals): everything credited, nothing planned.
      expect(await figures(p.id, 2026, "2026-01-05")).toMatchObject({ creditedMinutes: 0 });
      expect(await figures(p.id, 2025, "2026-01-05")).toMatchObject({ creditedMinutes: 900, plannedMinutes: 0, status: "COMPLIANT" });
    });

    it("reaches the lists and the equity panel through the asOf filter", async () => {
      const p = await octoberWorld();
      const [october] = await complianceAll(admin, 2025, { q: p.nip, asOf: day("2025-10-01") });
      expect(october).toMatchObject({ creditedMinutes: 300, plannedMinutes: 960, status: "ON_TRACK" });
      const [today] = await complianceAll(admin, 2025, { q: p.nip });
      expect(today).toMatchObject({ creditedMinutes: 900, plannedMinutes: 0, status: "COMPLIANT" });
      // The November batch is one more training after 1 October.
      const before = await equityOf(admin, 2025, { q: p.nip, asOf: day("2025-10-01") });
      const after = await equityOf(admin, 2025, { q: p.nip });
      expect(before.places).toBe(1);
      expect(after.places).toBe(2);
    });
  });
});

async function batchWithLearning(endDate: string, status: "OPEN" | "DONE" | "CANCELLED", minutes: number) {
  const program = await db.program.create({ data: { agencyId: w.agencyA.id, title: `Pelatihan ${endDate}`, description: "", objectives: "", routeCode: "KL03", organiser: "BKPP" } });
  const batch = await db.batch.create({
    data: { agencyId: w.agencyA.id, programId: program.id, number: 1, startDate: day(endDate), endDate: day(endDate), capacity: 10, registrationOpensAt: day("2025-01-01"), registrationClosesAt: day(endDate), status },
  });
  await db.rundownSession.create({
    data: { agencyId: w.agencyA.id, batchId: batch.id, date: day(endDate), startMinute: 480, endMinute: 480 + minutes, plannedMinutes: minutes, title: "Materi", kind: "LEARNING" },
  });
  return batch;
}
