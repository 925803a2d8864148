// What an ASN and an OPD operator see: the catalog's filters, a program's batches, their own registrations,
// JP ledger, calendar file and inbox, and never anybody else's.
import { beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { changeSession, createProgram } from "@/lib/catalog/commands";
import { createBatch, setBatchStatus } from "@/lib/batch/lifecycle";
import { getProgram, listCatalog } from "@/lib/catalog/queries";
import { db } from "@/lib/db";
import { enrolDirectly, registerSelf } from "@/lib/enrolment/commands";
import { buildIcs } from "@/lib/enrolment/ics";
import { confirmedBatchCalendar, findNominee, myLedger, myRegistrations, myStatusByBatch } from "@/lib/enrolment/queries";
import { AppError } from "@/lib/errors";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notification/commands";
import { listNotifications, unreadCount } from "@/lib/notification/queries";
import { buildWorld, type World } from "./world";

let w: World;
let admin: Viewer;
let competencyId: string;
const ids: Record<"procurement" | "leadership" | "sakip" | "values", { programId: string; batchId?: string }> = {} as never;

type Session = { date: string; startMinute: number; endMinute: number; title: string; kind: string };

async function program(viewer: Viewer, data: { title: string; routeCode: string; eligibleTypes?: string[]; eligibleUnitIds?: string[]; competencies?: { competencyId: string; targetLevel: number }[] }) {
  return (await executeCommand(createProgram, viewer, { organiser: "BKPP Kota Uji", ...data })).programId;
}

async function batch(programId: string, opts: { start: string; capacity?: number; sessions?: Session[]; open?: boolean }, by: Viewer = admin) {
  const { batchId } = await executeCommand(createBatch, by, {
    programId, number: 1, startDate: opts.start, endDate: opts.start, capacity: opts.capacity ?? 30,
    registrationOpensAt: new Date(Date.now() - 86_400_000).toISOString(), registrationClosesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    sessions: opts.sessions ?? [{ date: opts.start, startMinute: 480, endMinute: 600, title: "Materi", kind: "LEARNING" }],
  });
  if (opts.open ?? true) await executeCommand(setBatchStatus, by, { batchId, status: "OPEN" });
  return batchId;
}

beforeAll(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
  competencyId = (await db.competency.create({ data: { agencyId: w.agencyA.id, kind: "TECHNICAL", code: "T.99", name: "Pengadaan", description: "" } })).id;

  const d = "2030-03-02";
  ids.procurement = { programId: await program(admin, { title: "Bimtek Pengadaan Barang", routeCode: "KL10", competencies: [{ competencyId, targetLevel: 3 }] }) };
  ids.procurement.batchId = await batch(ids.procurement.programId, {
    start: d, capacity: 2,
    sessions: [
      { date: d, startMinute: 480, endMinute: 600, title: "Materi 1", kind: "LEARNING" },     // 120
      { date: d, startMinute: 600, endMinute: 660, title: "Makan siang", kind: "MEAL" },      // not JP
      { date: d, startMinute: 660, endMinute: 750, title: "Materi 2", kind: "LEARNING" },     // 90
      { date: d, startMinute: 750, endMinute: 810, title: "Outbound", kind: "OUTBOUND" },     // JP only if the policy says so
      { date: d, startMinute: 810, endMinute: 900, title: "Materi batal", kind: "LEARNING" }, // cancelled below
    ],
  });
  const cancelled = await db.rundownSession.findFirstOrThrow({ where: { batchId: ids.procurement.batchId, title: "Materi batal" } });
  await executeCommand(changeSession, admin, { sessionId: cancelled.id, cancel: true, reason: "Agenda pimpinan" });

  ids.leadership = { programId: await program(admin, { title: "Pelatihan Kepemimpinan Pengawas", routeCode: "KL01", eligibleTypes: ["PENGAWAS"] }) };
  ids.leadership.batchId = await batch(ids.leadership.programId, { start: "2030-04-10" });

  ids.sakip = { programId: await program(admin, { title: "Workshop SAKIP", routeCode: "KL07", eligibleUnitIds: [w.units.dinasX.id] }) };
  ids.sakip.batchId = await batch(ids.sakip.programId, { start: "2030-03-20", capacity: 1 });
  await executeCommand(enrolDirectly, admin, { batchId: ids.sakip.batchId, employeeId: w.people.staff2.id }); // takes the one seat

  ids.values = { programId: await program(admin, { title: "Sosialisasi BerAKHLAK", routeCode: "KL11" }) };
  ids.values.batchId = await batch(ids.values.programId, { start: "2030-03-05", open: false }); // stays DRAFT

  const adminB = await w.viewer(w.users.adminB);
  await batch(await program(adminB, { title: "Bimtek Pengadaan Instansi Lain", routeCode: "KL10" }), { start: "2030-03-02" }, adminB);
});

const titles = (rows: { title: string }[]) => rows.map((r) => r.title);

describe("the catalog", () => {
  it("lists the viewer's agency only, open batches first (soonest on top), with dates, planned JP and seats left", async () => {
    const list = await listCatalog(await w.viewer(w.users.staff1), {});
    // Sosialisasi has only a DRAFT batch: without a scheduled batch it is counted, not listed.
    expect(titles(list.rows)).toEqual(["Bimtek Pengadaan Barang", "Workshop SAKIP", "Pelatihan Kepemimpinan Pengawas"]);
    expect([list.total, list.unscheduled]).toEqual([3, 1]);
    const procurement = list.rows[0]!;
    expect(procurement.nextBatch).toMatchObject({ id: ids.procurement.batchId, seatsLeft: 2, plannedMinutes: 210, status: "OPEN", registrationOpen: true });
    expect(list.rows.find((r) => r.title === "Workshop SAKIP")?.nextBatch?.seatsLeft).toBe(0);
    const all = await listCatalog(await w.viewer(w.users.staff1), { unscheduled: true });
    expect(titles(all.rows)).toEqual(["Bimtek Pengadaan Barang", "Workshop SAKIP", "Pelatihan Kepemimpinan Pengawas", "Sosialisasi BerAKHLAK"]);
    expect(all.rows.find((r) => r.title === "Sosialisasi BerAKHLAK")?.nextBatch).toBeNull(); // a DRAFT batch is never shown
  });

  it("puts a batch whose registration is not open behind the open ones, however soon it starts", async () => {
    const soon = await program(admin, { title: "Bimtek Arsip Dinamis", routeCode: "KL10" });
    const batchId = await batch(soon, { start: "2030-02-01" });
    await db.batch.update({ where: { id: batchId }, data: { registrationOpensAt: new Date(Date.now() + 5 * 86_400_000) } });
    try {
      const list = await listCatalog(await w.viewer(w.users.staff1), { q: "b" });
      expect(titles(list.rows).at(-1)).toBe("Bimtek Arsip Dinamis");
      expect(list.rows.at(-1)?.nextBatch).toMatchObject({ id: batchId, registrationOpen: false });
    } finally {
      await db.rundownSession.deleteMany({ where: { batchId } });
      await db.batch.delete({ where: { id: batchId } });
      await db.program.delete({ where: { id: soon } });
    }
  });

  it("searches titles without regard to case", async () => {
    const me = await w.viewer(w.users.staff1);
    expect(titles((await listCatalog(me, { q: "pengadaan" })).rows)).toEqual(["Bimtek Pengadaan Barang"]);
    expect(titles((await listCatalog(me, { q: "  SAKIP " })).rows)).toEqual(["Workshop SAKIP"]);
  });

  it("filters by route code, competency and start month (published batches only)", async () => {
    const me = await w.viewer(w.users.staff1);
    expect(titles((await listCatalog(me, { routeCode: "KL01" })).rows)).toEqual(["Pelatihan Kepemimpinan Pengawas"]);
    expect(titles((await listCatalog(me, { competencyId })).rows)).toEqual(["Bimtek Pengadaan Barang"]);
    expect(titles((await listCatalog(me, { month: "2030-03" })).rows)).toEqual(["Bimtek Pengadaan Barang", "Workshop SAKIP"]);
    expect(titles((await listCatalog(me, { month: "2030-04" })).rows)).toEqual(["Pelatihan Kepemimpinan Pengawas"]);
    expect(titles((await listCatalog(me, { month: "2030-13" })).rows)).toHaveLength(3); // not a month: ignored
  });

  it("'ada kursi' keeps only programs with an OPEN batch below capacity", async () => {
    const list = await listCatalog(await w.viewer(w.users.staff1), { seatsLeft: true });
    expect(titles(list.rows)).toEqual(["Bimtek Pengadaan Barang", "Pelatihan Kepemimpinan Pengawas"]);
  });

  it("'sesuai untuk saya' applies the position-type rule and the unit rule (an ancestor unit admits its subtree)", async () => {
    const staff = await listCatalog(await w.viewer(w.users.staff1), { eligibleOnly: true }); // Pelaksana in Bidang X1 (under Dinas X)
    expect(titles(staff.rows)).toEqual(["Bimtek Pengadaan Barang", "Workshop SAKIP"]);
    const staffAll = await listCatalog(await w.viewer(w.users.staff1), { eligibleOnly: true, unscheduled: true });
    expect(titles(staffAll.rows)).toEqual(["Bimtek Pengadaan Barang", "Workshop SAKIP", "Sosialisasi BerAKHLAK"]);
    const dinasY = await listCatalog(await w.viewer(w.users.operatorX), { eligibleOnly: true, unscheduled: true }); // "other", in Dinas Y
    expect(titles(dinasY.rows)).toEqual(["Bimtek Pengadaan Barang", "Sosialisasi BerAKHLAK"]);
    expect((await listCatalog(admin, { eligibleOnly: true })).total).toBe(0); // an account without an employee record
  });

  it("counts the session kinds of the agency's policy for the batch's year", async () => {
    await db.agencyPolicy.create({ data: { agencyId: w.agencyA.id, year: 2030, countedRouteCodes: [], jpSessionKinds: ["LEARNING", "OUTBOUND"] } });
    try {
      const list = await listCatalog(await w.viewer(w.users.staff1), { q: "Pengadaan" });
      expect(list.rows[0]?.nextBatch?.plannedMinutes).toBe(270);
    } finally {
      await db.agencyPolicy.delete({ where: { agencyId_year: { agencyId: w.agencyA.id, year: 2030 } } });
    }
  });

  it("paginates 20 a page", async () => {
    await db.program.createMany({
      data: Array.from({ length: 21 }, (_, i) => ({ agencyId: w.agencyB.id, title: `Program ${String(i).padStart(2, "0")}`, description: "", objectives: "", routeCode: "KL03" as const, organiser: "BKD" })),
    });
    const adminB = await w.viewer(w.users.adminB);
    expect([(await listCatalog(adminB, {})).total, (await listCatalog(adminB, {})).unscheduled]).toEqual([1, 21]);
    const first = await listCatalog(adminB, { unscheduled: true });
    expect([first.total, first.rows.length, first.pages]).toEqual([22, 20, 2]);
    expect(first.rows[0]?.title).toBe("Bimtek Pengadaan Instansi Lain"); // the one with a batch leads
    const second = await listCatalog(adminB, { page: 2, unscheduled: true });
    expect(titles(second.rows)).toEqual(["Program 19", "Program 20"]);
    expect(titles((await listCatalog(adminB, { q: "pengadaan" })).rows)).toEqual(["Bimtek Pengadaan Instansi Lain"]);
  });
});

describe("a program page", () => {
  it("shows published batches with their rundown and planned JP, and nothing of another agency", async () => {
    const me = await w.viewer(w.users.staff1);
    const detail = await getProgram(me, ids.procurement.programId);
    expect(detail?.competencies.map((c) => [c.competency.code, c.targetLevel])).toEqual([["T.99", 3]]);
    expect(detail?.batches).toHaveLength(1);
    expect(detail?.batches[0]?.plannedMinutes).toBe(210);
    expect(detail?.batches[0]?.sessions.map((s) => [s.title, s.cancelled])).toContainEqual(["Materi batal", true]);
    expect((await getProgram(me, ids.values.programId))?.batches).toEqual([]); // only a DRAFT batch
    expect(await getProgram(await w.viewer(w.users.adminB), ids.procurement.programId)).toBeNull();
    expect(await getProgram(me, "not-a-uuid")).toBeNull();
  });
});

describe("my registrations, ledger and calendar", () => {
  it("lists only the viewer's own registrations", async () => {
    const staff1 = await w.viewer(w.users.staff1);
    await executeCommand(registerSelf, staff1, { batchId: ids.procurement.batchId });
    const mine = await myRegistrations(staff1);
    expect(mine.map((r) => [r.batch.program.title, r.status])).toEqual([["Bimtek Pengadaan Barang", "PENDING_SUPERVISOR"]]);
    const statuses = await myStatusByBatch(staff1, [ids.procurement.batchId!, ids.sakip.batchId!]);
    expect([...statuses]).toEqual([[ids.procurement.batchId, "PENDING_SUPERVISOR"]]); // staff2's seat in SAKIP is not visible
    expect(await myRegistrations(admin)).toEqual([]);
  });

  it("gives the calendar only to a confirmed participant of that batch", async () => {
    const staff2 = await db.user.create({ data: { agencyId: w.agencyA.id, employeeId: w.people.staff2.id, name: "Staf Dua", passwordHash: "x", roles: { create: [{ role: "ASN" }] } } });
    const calendar = await confirmedBatchCalendar(await w.viewer(staff2), ids.sakip.batchId!);
    expect(calendar?.number).toBe(1);
    expect(buildIcs({ calendarName: calendar!.calendarName, sessions: calendar!.sessions, now: new Date() })).toContain("BEGIN:VEVENT");
    const staff1 = await w.viewer(w.users.staff1);
    expect(await confirmedBatchCalendar(staff1, ids.sakip.batchId!)).toBeNull(); // someone else's seat
    expect(await confirmedBatchCalendar(staff1, ids.procurement.batchId!)).toBeNull(); // registered, not confirmed
    expect(await confirmedBatchCalendar(await w.viewer(w.users.adminB), ids.sakip.batchId!)).toBeNull();
  });

  it("shows the viewer's ledger of one year with corrections and the net total", async () => {
    const base = { agencyId: w.agencyA.id, employeeId: w.people.staff1.id, routeCode: "KL10" as const };
    const credit = await db.ledgerEntry.create({ data: { ...base, minutes: 120, date: new Date("2030-02-01"), year: 2030, source: "BATCH", title: "Bimtek A" } });
    await db.ledgerEntry.create({ data: { ...base, minutes: -120, date: new Date("2030-02-01"), year: 2030, source: "CORRECTION", title: "Koreksi: Bimtek A", correctsId: credit.id, reason: "Presensi keliru" } });
    await db.ledgerEntry.create({ data: { ...base, minutes: 90, date: new Date("2030-05-01"), year: 2030, source: "BATCH", title: "Seminar luar" } });
    await db.ledgerEntry.create({ data: { ...base, minutes: 45, date: new Date("2029-05-01"), year: 2029, source: "BATCH", title: "Kursus" } });
    await db.ledgerEntry.create({ data: { ...base, employeeId: w.people.staff2.id, minutes: 600, date: new Date("2030-05-01"), year: 2030, source: "BATCH", title: "Milik orang lain" } });

    const ledger = await myLedger(await w.viewer(w.users.staff1), 2030);
    expect(ledger.entries.map((e) => [e.title, e.minutes, e.reason])).toEqual([
      ["Bimtek A", 120, null], ["Koreksi: Bimtek A", -120, "Presensi keliru"], ["Seminar luar", 90, null],
    ]);
    expect(ledger.totalMinutes).toBe(90);
    expect(ledger.years).toEqual([2030, 2029]);
    expect((await myLedger(await w.viewer(w.users.kabid), 2030)).entries).toEqual([]);
  });
});

describe("an operator's NIP lookup", () => {
  it("finds staff inside the operator's unit subtree only", async () => {
    const operatorX = await w.viewer(w.users.operatorX); // operates Dinas X
    expect((await findNominee(operatorX, w.people.staff1.nip, ids.procurement.batchId!))?.status).toBe("PENDING_SUPERVISOR");
    expect((await findNominee(operatorX, w.people.head.nip, ids.procurement.batchId!))?.status).toBeNull();
    expect(await findNominee(operatorX, w.people.other.nip, ids.procurement.batchId!)).toBeNull(); // Dinas Y
    expect(await findNominee(operatorX, w.people.outsider.nip, ids.procurement.batchId!)).toBeNull();
    expect((await findNominee(await w.viewer(w.users.operatorY), w.people.other.nip, ids.procurement.batchId!))?.name).toBe("Pegawai Dinas Y");
    expect(await findNominee(await w.viewer(w.users.staff1), w.people.staff1.nip, ids.procurement.batchId!)).toBeNull(); // not an operator
  });
});

describe("the inbox", () => {
  it("holds the viewer's own notifications, newest first, and marks them read through audited commands", async () => {
    const staff1 = await w.viewer(w.users.staff1);
    const kabid = await w.viewer(w.users.kabid);
    await db.notification.createMany({
      data: [
        { agencyId: w.agencyA.id, userId: staff1.userId, kind: "legacy", params: { title: "Lama", body: "" }, createdAt: new Date("2030-01-01") },
        { agencyId: w.agencyA.id, userId: staff1.userId, kind: "legacy", params: { title: "Baru", body: "" }, link: "/pelatihan/saya", createdAt: new Date("2030-01-02") },
        { agencyId: w.agencyA.id, userId: staff1.userId, kind: "legacy", params: { title: "Tautan luar", body: "" }, link: "https://contoh.id", createdAt: new Date("2030-01-03") },
      ],
    });
    const inbox = await listNotifications(staff1);
    const titleOf = (n: { params: unknown }) => (n.params as { title: string }).title;
    expect(inbox.rows.map(titleOf)).toEqual(["Tautan luar", "Baru", "Lama"]);
    const [external, fresh] = inbox.rows;
    expect(await listNotifications(kabid).then((p) => p.rows.map(titleOf))).not.toContain("Baru");

    const refused = await executeCommand(markNotificationRead, kabid, { notificationId: fresh!.id }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("NOT_FOUND");

    expect(await executeCommand(markNotificationRead, staff1, { notificationId: fresh!.id })).toEqual({ link: "/pelatihan/saya" });
    expect(await executeCommand(markNotificationRead, staff1, { notificationId: external!.id })).toEqual({ link: null });
    expect(await db.auditLog.count({ where: { entity: "Notification", entityId: fresh!.id, action: "read" } })).toBe(1);
    expect(await unreadCount(staff1)).toBe(1);

    expect(await executeCommand(markAllNotificationsRead, staff1, {})).toEqual({ count: 1 });
    expect(await unreadCount(staff1)).toBe(0);
  });
});
