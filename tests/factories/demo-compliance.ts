// Demo ASN built to match issue 4's worked examples, so the figures can be seen in the app (README lists
// them). Their training goes through the app's own commands: batches are created, attended and closed.
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { submitExternalTraining, verifyExternalTraining } from "@/lib/external/commands";
import { loadViewer } from "@/lib/auth/load-viewer";
import { calendarToday } from "@/lib/time";
import { enrolDirectly } from "@/lib/enrolment/commands";
import { completeBatch, reopenBatch } from "@/lib/batch/completion";
import { GOLONGAN_BY_TYPE } from "./data/positions";
import { passwordHash } from "./db";
import { entryGolongan, golonganIn, plausibleGolongan, pnsRank, weekdayOnOrAfter, weekdayOnOrBefore, yearsOfService } from "./demo-rules";
import { attendAndClose, markAttendance, plannedBatch } from "./demo-batches";
import { tinyPdf } from "./files";

/** The example people: fixed NIPs, all in Bidang Aplikasi Informatika under the demo supervisor. */
export const COMPLIANCE_EXAMPLES = [
  { key: "fullYear", nip: "199001122016031005", name: "Hendra Gunawan", backTitle: "S.Kom.", gender: "M", start: "2016-03-01", position: "Pranata Komputer Ahli Muda", type: "FUNGSIONAL_AHLI_MUDA" },
  { key: "lateStart", nip: "199607202025072001", name: "Fitri Handayani", backTitle: "S.T.", gender: "F", start: "2025-07-20", position: "Pranata Komputer Ahli Pertama", type: "FUNGSIONAL_AHLI_PERTAMA" },
  { key: "studyLeave", nip: "198805052014021003", name: "Yusuf Hidayat", backTitle: "S.Si.", gender: "M", start: "2014-02-01", position: "Pranata Komputer Ahli Muda", type: "FUNGSIONAL_AHLI_MUDA" },
  { key: "correction", nip: "199303032018012002", name: "Maya Anggraini", backTitle: "A.Md.Kom.", gender: "F", start: "2018-01-01", position: "Pranata Komputer Mahir", type: "FUNGSIONAL_MAHIR" },
  { key: "onTrack", nip: "199109092017011004", name: "Arif Rahman", backTitle: "S.Kom.", gender: "M", start: "2017-01-01", position: "Pranata Komputer Ahli Muda", type: "FUNGSIONAL_AHLI_MUDA" },
] as const;

type Key = (typeof COMPLIANCE_EXAMPLES)[number]["key"];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

async function createPeople(agencyId: string): Promise<Record<Key, string>> {
  const supervisor = await db.employee.findUniqueOrThrow({ where: { nip: "197808222005011003" }, select: { id: true, unitId: true } });
  const positions = new Map<string, string>();
  for (const p of COMPLIANCE_EXAMPLES) {
    if (!positions.has(p.position)) positions.set(p.position, (await db.position.create({ data: { agencyId, unitId: supervisor.unitId, name: p.position, type: p.type } })).id);
  }
  const hash = await passwordHash("Bangkom#2026");
  const ids = {} as Record<Key, string>;
  const today = calendarToday();
  for (const p of COMPLIANCE_EXAMPLES) {
    // The lowest golongan their grade allows that fits their years of service today (demo-rules.ts).
    const service = plausibleGolongan(entryGolongan({ frontTitle: null, backTitle: p.backTitle }), yearsOfService(p.nip, today) ?? 0);
    const golongan = golonganIn(GOLONGAN_BY_TYPE[p.type], service)[0] ?? GOLONGAN_BY_TYPE[p.type][0]!;
    const birth = `${p.nip.slice(0, 4)}-${p.nip.slice(4, 6)}-${p.nip.slice(6, 8)}`;
    const employee = await db.employee.create({
      data: {
        agencyId, nip: p.nip, name: p.name, backTitle: p.backTitle, kind: "PNS", gender: p.gender, birthDate: day(birth), rank: pnsRank(golongan),
        unitId: supervisor.unitId, positionId: positions.get(p.position)!, supervisorId: supervisor.id, serviceStartDate: day(p.start),
      },
    });
    await db.user.create({
      data: { agencyId, employeeId: employee.id, name: `${p.name}, ${p.backTitle}`, passwordHash: hash, roles: { create: [{ role: "ASN" }] } },
    });
    ids[p.key] = employee.id;
  }
  return ids;
}

/**
 * Examples 1–4 in 2025 and example 5 in the current year:
 *   1. Hendra: 510 internal, 180 external verified by the Diskominfo operator, 450 external still waiting → 2025 short.
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
  await externalOf(people.fullYear, agencyId);
  await attendAndClose(admin, await plannedBatch(admin, data, 11, "2025-10-14", 390), [people.lateStart]);
  await attendAndClose(admin, await plannedBatch(admin, data, 12, "2025-09-09", 600), [people.studyLeave]);

  const wrong = await plannedBatch(admin, security, 12, "2025-03-04", 360);
  await attendAndClose(admin, wrong, [people.correction]);
  await executeCommand(reopenBatch, admin, { batchId: wrong, reason: "Presensi tercatat pada peserta yang salah" });
  await markAttendance(admin, wrong, [people.correction]);
  await executeCommand(completeBatch, admin, { batchId: wrong, reason: "" });
  await attendAndClose(admin, await plannedBatch(admin, data, 13, "2025-04-15", 300), [people.correction]);

  const today = calendarToday();
  const year = today.getUTCFullYear();
  // A batch that has already run this year: 10 February, or the last weekday before today early in the year.
  const held = earlierThisYear(`${year}-02-10`, today);
  if (held) await attendAndClose(admin, await plannedBatch(admin, data, 14, held, 600), [people.onTrack]);
  // A batch still to come this year: 8 December or the next weekday, else (at the very end of the year) the last one.
  const december = weekdayOnOrAfter(new Date(Math.max(Date.UTC(year, 11, 8), today.getTime() + 86_400_000)));
  const upcoming = await plannedBatch(admin, security, 13, iso(december.getUTCFullYear() === year ? december : weekdayOnOrBefore(today)), 360);
  await executeCommand(enrolDirectly, admin, { batchId: upcoming, employeeId: people.onTrack });
  return people;
}

/**
 * `preferred` (or the Friday before, if it is a weekend) once that has passed, else the last weekday before
 * today while that is still this year and not New Year's Day (a holiday), else null.
 */
export function earlierThisYear(preferred: string, today: Date): string | null {
  const wanted = weekdayOnOrBefore(day(preferred));
  if (wanted < today) return iso(wanted);
  const before = weekdayOnOrBefore(new Date(today.getTime() - 86_400_000));
  const newYear = Date.UTC(today.getUTCFullYear(), 0, 1);
  return before.getTime() > newYear ? iso(before) : null;
}

/** Example 1's external training: 180 minutes verified by the unit's operator, 450 still waiting. */
async function externalOf(employeeId: string, agencyId: string) {
  const viewerOf = async (where: object) => (await loadViewer((await db.user.findFirstOrThrow({ where: { agencyId, ...where }, select: { id: true } })).id))!;
  const hendra = await viewerOf({ employeeId });
  const operator = await viewerOf({ employee: { nip: "199011042015032002" } });
  const submit = (input: Record<string, string>) =>
    executeCommand(submitExternalTraining, hendra, { ...input, file: new File([tinyPdf(`Sertifikat ${input.certificateNumber}`)], "sertifikat.pdf", { type: "application/pdf" }) });
  const webinar = await submit({
    title: "Webinar Transformasi Digital Pemerintah Daerah", organiser: "Kementerian Komunikasi dan Digital", location: "Daring",
    routeCode: "KL06", startDate: "2025-08-20", endDate: "2025-08-20", minutes: "180", certificateNumber: "KOMDIGI/WTD/2025/0913",
  });
  await executeCommand(verifyExternalTraining, operator, { id: webinar.id });
  await submit({
    title: "Pelatihan Data Science untuk ASN", organiser: "Digital Talent Scholarship", location: "Daring",
    routeCode: "NKL03", startDate: "2025-11-03", endDate: "2025-11-05", minutes: "450", certificateNumber: "DTS/GOV/2025/44781",
  });
}
