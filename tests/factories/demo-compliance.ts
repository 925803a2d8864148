// Demo ASN built to match issue 4's worked examples, so the figures can be seen in the app (README lists
// them). Their training goes through the app's own commands: batches are created, attended and closed.
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { recordAttendance } from "@/lib/attendance/commands";
import { createBatch, setBatchStatus } from "@/lib/catalog/commands";
import { db } from "@/lib/db";
import { enrolDirectly } from "@/lib/enrolment/commands";
import { completeBatch, reopenBatch } from "@/lib/enrolment/completion";
import { calendarToday } from "@/lib/time";
import { passwordHash } from "./db";

/** The example people: fixed NIPs, all in Bidang Aplikasi Informatika under the demo supervisor. */
export const COMPLIANCE_EXAMPLES = [
  { key: "fullYear", nip: "199001122016031005", name: "Hendra Gunawan", backTitle: "S.Kom.", gender: "M", start: "2016-03-01" },
  { key: "lateStart", nip: "199607202025072001", name: "Fitri Handayani", backTitle: "S.T.", gender: "F", start: "2025-07-20" },
  { key: "studyLeave", nip: "198805052014021003", name: "Yusuf Hidayat", backTitle: "S.Si.", gender: "M", start: "2014-02-01" },
  { key: "correction", nip: "199303032018012002", name: "Maya Anggraini", backTitle: "A.Md.Kom.", gender: "F", start: "2018-01-01" },
  { key: "onTrack", nip: "199109092017011004", name: "Arif Rahman", backTitle: "S.Kom.", gender: "M", start: "2017-01-01" },
] as const;

type Key = (typeof COMPLIANCE_EXAMPLES)[number]["key"];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

async function createPeople(agencyId: string): Promise<Record<Key, string>> {
  const supervisor = await db.employee.findUniqueOrThrow({ where: { nip: "197808222005011003" }, select: { id: true, unitId: true } });
  const position = await db.position.create({ data: { agencyId, unitId: supervisor.unitId, name: "Pranata Komputer Ahli Pertama", type: "FUNGSIONAL_AHLI_PERTAMA" } });
  const hash = await passwordHash("Bangkom#2026");
  const ids = {} as Record<Key, string>;
  for (const p of COMPLIANCE_EXAMPLES) {
    const birth = `${p.nip.slice(0, 4)}-${p.nip.slice(4, 6)}-${p.nip.slice(6, 8)}`;
    const employee = await db.employee.create({
      data: {
        agencyId, nip: p.nip, name: p.name, backTitle: p.backTitle, kind: "PNS", gender: p.gender, birthDate: day(birth), rank: "Penata Muda (III/a)",
        unitId: supervisor.unitId, positionId: position.id, supervisorId: supervisor.id, serviceStartDate: day(p.start),
      },
    });
    await db.user.create({
      data: { agencyId, employeeId: employee.id, name: `${p.name}, ${p.backTitle}`, passwordHash: hash, roles: { create: [{ role: "ASN" }] } },
    });
    ids[p.key] = employee.id;
  }
  return ids;
}

/** A one-session batch of `minutes` learning minutes on `date`, for `programId`. */
async function plannedBatch(admin: Viewer, programId: string, number: number, date: string, minutes: number) {
  const opens = new Date(day(date).getTime() - 30 * 86_400_000);
  const { batchId } = await executeCommand(createBatch, admin, {
    programId, number, startDate: date, endDate: date, capacity: 30, venue: "Gedung Diklat BKPP Kota Semarang", quotas: [],
    registrationOpensAt: opens.toISOString(), registrationClosesAt: new Date(day(date).getTime() - 86_400_000).toISOString(),
    sessions: [{ date, startMinute: 8 * 60, endMinute: 8 * 60 + minutes, title: "Penyampaian materi", kind: "LEARNING" }],
  });
  await executeCommand(setBatchStatus, admin, { batchId, status: "OPEN" });
  return batchId;
}

async function attendAndClose(admin: Viewer, batchId: string, present: string[], absent: string[] = []) {
  for (const employeeId of [...present, ...absent]) await executeCommand(enrolDirectly, admin, { batchId, employeeId });
  await executeCommand(setBatchStatus, admin, { batchId, status: "CLOSED" });
  await executeCommand(setBatchStatus, admin, { batchId, status: "RUNNING" });
  await mark(admin, batchId, present, absent);
  await executeCommand(completeBatch, admin, { batchId, reason: "" });
}

async function mark(admin: Viewer, batchId: string, present: string[], absent: string[]) {
  const [sessions, enrolments] = await Promise.all([
    db.rundownSession.findMany({ where: { batchId } }),
    db.enrolment.findMany({ where: { batchId, status: "CONFIRMED" }, select: { id: true, employeeId: true } }),
  ]);
  const marks = enrolments.flatMap((e) => sessions.map((s) => ({
    sessionId: s.id, enrolmentId: e.id, status: absent.includes(e.employeeId) ? ("ABSENT" as const) : present.includes(e.employeeId) ? ("PRESENT" as const) : ("ABSENT" as const),
  })));
  await executeCommand(recordAttendance, admin, { batchId, marks });
}

/**
 * Examples 1–4 in 2025 and example 5 in the current year:
 *   1. Hendra: 510 internal (+ verified and unverified external, added by the external-training demo) → 2025 short.
 *   2. Fitri: started 2025-07-20, 390 minutes against a 375-minute target → compliant.
 *   3. Yusuf: study assignment Feb–May 2025, 600 minutes against a 600-minute target → compliant.
 *   4. Maya: 360 credited, reversed with a reason, then 300 → 300 minutes.
 *   5. Arif: 600 minutes this year and a confirmed December batch of 360 learning minutes → on track.
 */
export async function seedComplianceExamples(agencyId: string, admin: Viewer) {
  const people = await createPeople(agencyId);
  await db.inactivityPeriod.create({
    data: { agencyId, employeeId: people.studyLeave, kind: "STUDY_ASSIGNMENT", startDate: day("2025-02-01"), endDate: day("2025-05-31"), note: "Tugas belajar S2" },
  });
  const program = async (title: string) => (await db.program.findFirstOrThrow({ where: { agencyId, title } })).id;
  const security = await program("Kursus Keamanan Informasi dan Penanganan Insiden Siber");
  const data = await program("Pelatihan Dasar Analisis Data dengan Spreadsheet");

  await attendAndClose(admin, await plannedBatch(admin, security, 11, "2025-06-12", 510), [people.fullYear]);
  await attendAndClose(admin, await plannedBatch(admin, data, 11, "2025-10-14", 390), [people.lateStart]);
  await attendAndClose(admin, await plannedBatch(admin, data, 12, "2025-09-09", 600), [people.studyLeave]);

  const wrong = await plannedBatch(admin, security, 12, "2025-03-04", 360);
  await attendAndClose(admin, wrong, [people.correction]);
  await executeCommand(reopenBatch, admin, { batchId: wrong, reason: "Presensi tercatat pada peserta yang salah" });
  await mark(admin, wrong, [], [people.correction]);
  await executeCommand(completeBatch, admin, { batchId: wrong, reason: "" });
  await attendAndClose(admin, await plannedBatch(admin, data, 13, "2025-04-15", 300), [people.correction]);

  const today = calendarToday();
  const year = today.getUTCFullYear();
  await attendAndClose(admin, await plannedBatch(admin, data, 14, `${year}-02-10`, 600), [people.onTrack]);
  const december = new Date(Math.max(Date.UTC(year, 11, 8), today.getTime() + 86_400_000));
  const upcoming = await plannedBatch(admin, security, 13, iso(december.getUTCFullYear() === year ? december : today), 360);
  await executeCommand(enrolDirectly, admin, { batchId: upcoming, employeeId: people.onTrack });
  return people;
}
