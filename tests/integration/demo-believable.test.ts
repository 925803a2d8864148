// Issue 12, "Demo data": the demo an agency tries must look like an agency's. Runs on the whole demo as prisma/seed.ts
// seeds it, and pins what a training officer would notice at a glance:
// no training on a weekend, ranks that fit the years of service, no senior position reporting to a junior one,
// and PKN Tingkat II as the province's programme with its real length (hundreds of JP over months).
// Database: the seeded demo.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { calendarToday } from "@/lib/time";
import { isPlausibleRank, isWeekend, maySupervise } from "../factories/demo-rules";

const PKN = "Pelatihan Kepemimpinan Nasional Tingkat II (PKN II)";
const day = (d: Date) => d.toISOString().slice(0, 10);
let agencyId = "";

beforeAll(async () => {
  // The demo's province; the seed's second agency has nobody in it.
  const [demo] = await db.employee.groupBy({ by: ["agencyId"], _count: { _all: true }, orderBy: { _count: { agencyId: "desc" } }, take: 1 });
  agencyId = demo!.agencyId;
});

describe("the seeded demo", () => {
  it("holds no batch, session, attendance or external training on a Saturday or Sunday (Asia/Jakarta dates)", async () => {
    const batches = await db.batch.findMany({ where: { agencyId }, select: { number: true, startDate: true, endDate: true, program: { select: { title: true } } } });
    const sessions = await db.rundownSession.findMany({ where: { agencyId }, select: { date: true, title: true, batch: { select: { number: true, program: { select: { title: true } } } } } });
    const attended = await db.attendance.findMany({ where: { agencyId }, select: { session: { select: { date: true } } } });
    const external = await db.externalTraining.findMany({ where: { agencyId }, select: { title: true, startDate: true, endDate: true } });
    expect(batches.length).toBeGreaterThan(20);
    expect(sessions.length).toBeGreaterThan(50);
    expect(attended.length).toBeGreaterThan(100);
    expect(external.length).toBeGreaterThan(3);

    expect(batches.filter((b) => isWeekend(b.startDate) || isWeekend(b.endDate)).map((b) => `${b.program.title} ${b.number}: ${day(b.startDate)}–${day(b.endDate)}`)).toEqual([]);
    expect(sessions.filter((s) => isWeekend(s.date)).map((s) => `${s.batch.program.title} ${s.batch.number}: ${s.title} ${day(s.date)}`)).toEqual([]);
    expect(attended.filter((a) => isWeekend(a.session.date))).toHaveLength(0);
    expect(external.filter((e) => isWeekend(e.startDate) || isWeekend(e.endDate)).map((e) => `${e.title}: ${day(e.startDate)}`)).toEqual([]);
  });

  it("gives every PNS a golongan that fits their years since TMT CPNS and their education", async () => {
    const people = await db.employee.findMany({ where: { agencyId }, select: { nip: true, kind: true, rank: true, frontTitle: true, backTitle: true } });
    const pns = people.filter((p) => p.kind === "PNS");
    expect(pns.length).toBeGreaterThan(200);
    const today = calendarToday();
    expect(pns.filter((p) => !isPlausibleRank(p, today)).map((p) => `${p.nip} ${p.rank} (${p.backTitle ?? "-"})`)).toEqual([]);
    // PPPK have their own golongan (I–XVII), never a pangkat.
    expect(people.filter((p) => p.kind === "PPPK" && /\//.test(p.rank))).toEqual([]);
  });

  it("has no supervisor in a junior position to their staff's (no Ahli Utama under a Kepala Seksi)", async () => {
    const staff = await db.employee.findMany({
      where: { agencyId, supervisorId: { not: null } },
      select: { nip: true, position: { select: { name: true, type: true } }, supervisor: { select: { position: { select: { name: true, type: true } } } } },
    });
    expect(staff.length).toBeGreaterThan(200);
    const wrong = staff.filter((e) => !maySupervise(e.supervisor!.position.type, e.position.type));
    expect(wrong.map((e) => `${e.position.name} under ${e.supervisor!.position.name}`)).toEqual([]);
  });

  it("runs PKN Tingkat II as the province's programme with LAN, over months and hundreds of JP", async () => {
    const program = await db.program.findFirstOrThrow({ where: { agencyId, title: PKN }, select: { id: true, organiser: true } });
    expect(program.organiser).toMatch(/Provinsi Jawa Tengah/);
    expect(program.organiser).toMatch(/Lembaga Administrasi Negara/);
    expect(program.organiser).not.toMatch(/Kota Semarang/);
    const batch = await db.batch.findFirstOrThrow({ where: { programId: program.id }, select: { startDate: true, endDate: true, status: true, venue: true, sessions: { select: { kind: true, plannedMinutes: true } } } });
    const months = (batch.endDate.getTime() - batch.startDate.getTime()) / (30 * 86_400_000);
    expect(months).toBeGreaterThan(3);
    const learningJp = batch.sessions.filter((s) => s.kind === "LEARNING").reduce((sum, s) => sum + s.plannedMinutes, 0) / 45;
    expect(learningJp).toBeGreaterThanOrEqual(200);
    expect(batch.venue).not.toMatch(/BKPP Kota Semarang/);
    expect(batch.status).toBe("DONE");
  });
});
