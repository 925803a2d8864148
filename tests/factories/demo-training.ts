// Demo training activity, written through the app's own commands (so counters, ledger and audit rows are
// real): programs with budgets, a finished Capacity Building with the seed-001 rundown and quotas per
// kecamatan, PKN Tingkat II angkatan 34 run by the province (demo-pkn.ts), open batches with pending
// registrations, and a running batch taught by the demo widyaiswara. Dates are relative to the day the seed
// runs, and every day of training is a weekday (demo-rules.ts).
import { executeCommand } from "@/lib/action";
import { loadViewer, type Viewer } from "@/lib/auth/load-viewer";
import { recordAttendance } from "@/lib/attendance/commands";
import { createProgram } from "@/lib/catalog/commands";
import { createBatch, setBatchStatus } from "@/lib/batch/lifecycle";
import { db } from "@/lib/db";
import { decideAsSupervisor, enrolDirectly, registerSelf } from "@/lib/enrolment/commands";
import { completeBatch } from "@/lib/batch/completion";
import { calendarToday, wallClock } from "@/lib/time";
import { hasStarted } from "@/lib/attendance/rules";
import { PROGRAM_IDEAS } from "./data/programs";
import { programBudget } from "./demo-program-budgets";
import { PKN_BATCH, PKN_BUDGET, PKN_ORGANISER, PKN_TITLE, PKN_VENUE, pknRundown } from "./demo-pkn";
import { addWeekdays, weekdayOnOrBefore, weekdayRunStart } from "./demo-rules";
import { type planRundown, CAPACITY_BUILDING_BUDGET, CAPACITY_BUILDING_RUNDOWN, TWO_DAY_WORKSHOP } from "./demo-rundowns";

const LEADERSHIP_TYPES: Record<string, string[]> = {
  "Pelatihan Kepemimpinan Pengawas (PKP)": ["PENGAWAS"],
  "Pelatihan Kepemimpinan Administrator (PKA)": ["ADMINISTRATOR"],
  "Pelatihan Kepemimpinan Nasional Tingkat II (PKN II)": ["JPT_PRATAMA"],
};
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** A rundown whose day n is the n-th weekday from a weekday start (a Friday's next day is the Monday). */
const onWeekdays = (rundown: ReturnType<typeof planRundown>) => (start: Date) =>
  rundown(start).map((s) => ({ ...s, date: iso(addWeekdays(start, Math.round((new Date(`${s.date}T00:00:00Z`).getTime() - start.getTime()) / 86_400_000))) }));

export async function seedTraining(agencyId: string) {
  const adminUser = await db.user.findFirstOrThrow({ where: { agencyId, email: { not: null } } });
  const admin = (await loadViewer(adminUser.id))!;
  const today = calendarToday();
  const competencies = new Map((await db.competency.findMany({ where: { agencyId } })).map((c) => [c.code, c.id]));

  const programs = new Map<string, string>();
  for (const idea of PROGRAM_IDEAS) {
    const { programId } = await executeCommand(createProgram, admin, {
      title: idea.title,
      description: idea.description,
      objectives: `Peserta mampu menerapkan ${idea.title.toLowerCase()} dalam tugas sehari-hari.`,
      routeCode: idea.routeCode,
      organiser: idea.title === PKN_TITLE ? PKN_ORGANISER : "BKPP Kota Semarang",
      isLeadership: idea.title in LEADERSHIP_TYPES,
      eligibleTypes: LEADERSHIP_TYPES[idea.title] ?? [],
      competencies: idea.competencyCodes.filter((c) => competencies.has(c)).map((c) => ({ competencyId: competencies.get(c)!, targetLevel: c.startsWith("M.") ? 2 : 3 })),
      budgetLines: idea.title === PKN_TITLE ? PKN_BUDGET : idea.title.startsWith("Capacity Building Camat") ? CAPACITY_BUILDING_BUDGET : programBudget(idea.title, idea.routeCode),
    });
    programs.set(idea.title, programId);
  }

  const batch = async (title: string, number: number, start: Date, days: number, capacity: number, rundown: ReturnType<typeof planRundown>, extra: { venue?: string; quotas?: { unitId: string; seats: number }[] } = {}) => {
    const { batchId } = await executeCommand(createBatch, admin, {
      programId: programs.get(title)!, number, startDate: iso(start), endDate: iso(addWeekdays(start, days - 1)), capacity,
      venue: extra.venue ?? "Gedung Diklat BKPP Kota Semarang", quotas: extra.quotas ?? [],
      registrationOpensAt: addDays(today, -10).toISOString(), registrationClosesAt: addDays(today, 12).toISOString(),
      sessions: onWeekdays(rundown)(start),
    });
    await executeCommand(setBatchStatus, admin, { batchId, status: "OPEN" });
    return batchId;
  };
  const run = async (batchId: string, participants: string[], absentAt?: (title: string) => boolean, complete = true) => {
    for (const employeeId of participants) await executeCommand(enrolDirectly, admin, { batchId, employeeId });
    await executeCommand(setBatchStatus, admin, { batchId, status: "CLOSED" });
    await executeCommand(setBatchStatus, admin, { batchId, status: "RUNNING" });
    const [sessions, enrolments] = await Promise.all([
      db.rundownSession.findMany({ where: { batchId } }),
      db.enrolment.findMany({ where: { batchId, status: "CONFIRMED" }, select: { id: true } }),
    ]);
    const now = wallClock();
    const held = sessions.filter((s) => hasStarted(s, now)); // a running batch has attendance only for sessions begun
    const marks = enrolments.flatMap((e, i) => held.map((s) => ({
      sessionId: s.id, enrolmentId: e.id, status: absentAt && i % 7 === 3 && absentAt(s.title) ? ("ABSENT" as const) : ("PRESENT" as const),
    })));
    if (marks.length) await executeCommand(recordAttendance, admin, { batchId, marks });
    if (complete) await executeCommand(completeBatch, admin, { batchId, reason: "" });
  };
  const holders = async (pattern: string) =>
    (await db.employee.findMany({ where: { agencyId, position: { name: { startsWith: pattern } } }, select: { id: true }, orderBy: { name: "asc" } })).map((e) => e.id);

  // Seed 001: Capacity Building Camat dan Lurah, two days, 10 seats for each kecamatan; only 120 minutes were learning.
  const kecamatan = await db.orgUnit.findMany({ where: { agencyId, kind: "KECAMATAN" }, select: { id: true } });
  // Two consecutive weekdays: the participants spend the night at the venue.
  const cb = await batch("Capacity Building Camat dan Lurah", 1, weekdayRunStart(addDays(today, -80), 2, "earlier"), 2, 50, CAPACITY_BUILDING_RUNDOWN,
    { venue: "Hotel dan area outbound Bandungan", quotas: kecamatan.map((k) => ({ unitId: k.id, seats: 10 })) });
  await run(cb, [...(await holders("Camat")), ...(await holders("Lurah"))], (t) => t === "Penyampaian materi");

  // PKN Tingkat II angkatan 34 of the province (seed 003's dates and length), with eight of the city's JPT Pratama.
  const pkn = await executeCommand(createBatch, admin, {
    programId: programs.get(PKN_TITLE)!, ...PKN_BATCH,
    capacity: 30, venue: PKN_VENUE, registrationOpensAt: "2024-07-01T00:00:00Z", registrationClosesAt: "2024-08-05T00:00:00Z",
    sessions: pknRundown(),
  });
  await executeCommand(setBatchStatus, admin, { batchId: pkn.batchId, status: "OPEN" });
  await run(pkn.batchId, (await holders("Kepala Badan")).concat(await holders("Kepala Dinas")).slice(0, 8));

  // Open batches for registration, with pending registrations for the demo supervisor and admin.
  const later = (days: number) => weekdayRunStart(addDays(today, days), 2, "later");
  const open = [
    await batch("Bimbingan Teknis Pengadaan Barang/Jasa Pemerintah", 1, later(20), 2, 30, TWO_DAY_WORKSHOP),
    await batch("Pelatihan Dasar Analisis Data dengan Spreadsheet", 1, later(27), 2, 30, TWO_DAY_WORKSHOP),
    await batch("Kursus Keamanan Informasi dan Penanganan Insiden Siber", 1, later(34), 2, 25, TWO_DAY_WORKSHOP),
    await batch("Sosialisasi Core Values BerAKHLAK", 2, later(41), 2, 40, TWO_DAY_WORKSHOP),
  ];
  const bambang = await db.employee.findUniqueOrThrow({ where: { nip: "197808222005011003" } });
  const staff = await db.employee.findMany({ where: { supervisorId: bambang.id, nip: { not: "199203152019032001" } }, include: { user: true }, take: 3 });
  for (const person of staff) {
    await executeCommand(registerSelf, (await loadViewer(person.user!.id)) as Viewer, { batchId: open[2]! });
  }
  const others = await db.employee.findMany({ where: { agencyId, supervisorId: { not: null }, position: { type: "PELAKSANA" } }, include: { user: true, supervisor: { include: { user: true } } }, take: 4, orderBy: { nip: "asc" } });
  for (const person of others) {
    const { enrolmentId } = await executeCommand(registerSelf, (await loadViewer(person.user!.id)) as Viewer, { batchId: open[0]! });
    await executeCommand(decideAsSupervisor, (await loadViewer(person.supervisor!.user!.id)) as Viewer, { enrolmentId, approve: true, note: "" });
  }

  // A running batch taught by the demo widyaiswara (attendance of day one is recorded): it began on the last
  // weekday before today and runs over three weekdays (on a Monday: Friday, Monday and Tuesday).
  const agus = await db.employee.findUniqueOrThrow({ where: { nip: "197205171998031004" } });
  const trainer = await db.trainer.create({ data: { agencyId, employeeId: agus.id, name: "Dr. Agus Prasetyo, M.Si.", kind: "WIDYAISWARA" } });
  const running = await batch("Workshop Penyusunan SAKIP", 1, weekdayOnOrBefore(addDays(today, -1)), 3, 30, TWO_DAY_WORKSHOP);
  const runningSessions = await db.rundownSession.findMany({ where: { batchId: running, kind: "LEARNING" } });
  await db.sessionTrainer.createMany({ data: runningSessions.map((s) => ({ agencyId, sessionId: s.id, trainerId: trainer.id })) });
  await run(running, (await holders("Pengadministrasi")).slice(0, 20), undefined, false);
}
