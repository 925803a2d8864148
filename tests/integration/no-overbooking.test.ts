// No overbooking, whatever the concurrency: seats and per-unit quotas are enforced under row locks.
import { beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { db } from "@/lib/db";
import { enrolDirectly, withdraw } from "@/lib/enrolment/commands";
import { crowdOfPns } from "../factories/crowd";
import { createUnit } from "../factories/db";
import { openBatch } from "./training-world";
import { buildWorld, type World } from "./world";

/**
 * Rounds of the 200-enrolment burst: one in `npm test`, five in the bench (bench/enrolment-burst.ts sets
 * BANGKOM_BURST_ROUNDS=5). Each round books its own month of 2031 (people may not hold two overlapping seats),
 * and August and September belong to the quota tests below: at most seven rounds.
 */
const BURST_ROUNDS = Number(process.env.BANGKOM_BURST_ROUNDS ?? 1);
if (!Number.isInteger(BURST_ROUNDS) || BURST_ROUNDS < 1 || BURST_ROUNDS > 7) {
  throw new Error(`BANGKOM_BURST_ROUNDS must be a whole number from 1 to 7, not "${process.env.BANGKOM_BURST_ROUNDS}".`);
}
const rounds = Array.from({ length: BURST_ROUNDS }, (_, i) => i + 1);
/** A burst is 200 commands at once while another test file runs beside it (two workers): more than the default minute on a busy machine. */
const BURST_TIMEOUT = 180_000;

let w: World;
let crowd: { id: string; unitId: string }[] = [];
let units: { id: string }[] = [];

beforeAll(async () => {
  w = await buildWorld();
  units = [
    await createUnit(db, w.agencyA.id, { name: "Kecamatan Satu", kind: "KECAMATAN" }),
    await createUnit(db, w.agencyA.id, { name: "Kecamatan Dua", kind: "KECAMATAN" }),
    await createUnit(db, w.agencyA.id, { name: "Kecamatan Tiga", kind: "KECAMATAN" }),
  ];
  const position = await db.position.create({ data: { agencyId: w.agencyA.id, unitId: units[0]!.id, name: "Pengadministrasi Perkantoran", type: "PELAKSANA" } });
  const data = crowdOfPns(210, { agencyId: w.agencyA.id, unitIds: units.map((u) => u.id), positionId: position.id });
  await db.employee.createMany({ data });
  crowd = await db.employee.findMany({ where: { name: { startsWith: "Peserta " } }, select: { id: true, unitId: true }, orderBy: { name: "asc" } });
});

describe("a 30-seat batch under a burst", () => {
  it.each(rounds)("round %i: 200 concurrent enrolments give exactly 30 CONFIRMED and 170 WAITLISTED in arrival order", async (round) => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin, { capacity: 30, startDate: `2031-0${round}-10` });
    const results = await Promise.allSettled(crowd.slice(0, 200).map((p) => executeCommand(enrolDirectly, admin, { batchId, employeeId: p.id })));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);

    const rows = await db.enrolment.findMany({ where: { batchId }, orderBy: { queueSeq: "asc" }, select: { id: true, status: true } });
    expect(rows).toHaveLength(200);
    expect(rows.slice(0, 30).every((r) => r.status === "CONFIRMED")).toBe(true);
    expect(rows.slice(30).every((r) => r.status === "WAITLISTED")).toBe(true);
    expect((await db.batch.findUniqueOrThrow({ where: { id: batchId } })).confirmedCount).toBe(30);

    // a withdrawal promotes the first in line
    const promoted = await executeCommand(withdraw, admin, { enrolmentId: rows[0]!.id, reason: "Sakit, surat dokter terlampir" });
    expect(promoted.promoted).toEqual([rows[30]!.id]);
    expect(await db.enrolment.count({ where: { batchId, status: "CONFIRMED" } })).toBe(30);
  }, BURST_TIMEOUT);
});

describe("per-unit quotas under a burst", () => {
  it("never exceed any unit's quota, and the capacity", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin, {
      capacity: 12,
      startDate: "2031-08-10",
      quotas: units.map((u, i) => ({ unitId: u.id, seats: [5, 5, 10][i]! })),
    });
    const results = await Promise.allSettled(crowd.map((p) => executeCommand(enrolDirectly, admin, { batchId, employeeId: p.id })));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);

    const confirmed = await db.enrolment.groupBy({ by: ["quotaUnitId"], where: { batchId, status: "CONFIRMED" }, _count: true });
    const perUnit: Record<string, number> = Object.fromEntries(confirmed.map((c) => [c.quotaUnitId ?? "", c._count]));
    expect(perUnit[units[0]!.id] ?? 0).toBeLessThanOrEqual(5);
    expect(perUnit[units[1]!.id] ?? 0).toBeLessThanOrEqual(5);
    expect(Object.values(perUnit).reduce((a, b) => a + b, 0)).toBe(12);
    const quotas = await db.batchQuota.findMany({ where: { batchId } });
    for (const q of quotas) expect(q.confirmedCount).toBe(perUnit[q.unitId] ?? 0);
  }, BURST_TIMEOUT);

  it("the database refuses an overbooking even if the code were wrong", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin, { capacity: 1, startDate: "2031-09-10" });
    await expect(db.batch.update({ where: { id: batchId }, data: { confirmedCount: 2 } })).rejects.toThrow(/Batch_seats_within_capacity/);
  });
});
