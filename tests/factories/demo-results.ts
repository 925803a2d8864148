// Level 4 (results) in the demo: the finished Capacity Building Camat dan Lurah measures results, and its batch
// has three kecamatan indicators, written through the app's own commands: one measured and improved, one where
// lower is better (days to process a letter), and one not measured yet. Dates are relative to the seed's day.
import { executeCommand } from "@/lib/action";
import { loadViewer } from "@/lib/auth/load-viewer";
import { updateProgramEvaluation } from "@/lib/catalog/commands";
import { db } from "@/lib/db";
import { addIndicator, recordResult } from "@/lib/results/commands";
import { calendarToday } from "@/lib/time";

const PROGRAM = "Capacity Building Camat dan Lurah";
const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function seedResults(agencyId: string) {
  const adminUser = await db.user.findFirstOrThrow({ where: { agencyId, email: { not: null }, roles: { some: { role: "ADMIN" } } }, orderBy: { email: "asc" } });
  const admin = (await loadViewer(adminUser.id))!;
  const program = await db.program.findFirstOrThrow({ where: { agencyId, title: PROGRAM }, select: { id: true, feedbackMonths: true } });
  await executeCommand(updateProgramEvaluation, admin, { programId: program.id, feedbackMonths: program.feedbackMonths, tracksResults: true });
  const batch = await db.batch.findFirstOrThrow({ where: { programId: program.id, status: "DONE" }, select: { id: true, startDate: true, endDate: true } });
  const kecamatan = await db.orgUnit.findMany({ where: { agencyId, kind: "KECAMATAN" }, select: { id: true, name: true }, orderBy: { name: "asc" }, take: 3 });
  const [a, b, c] = kecamatan;
  if (!a || !b || !c) throw new Error("The demo organisation has fewer than three kecamatan");

  const before = iso(new Date(batch.startDate.getTime() - 14 * DAY));
  // A result measured after the batch, but never later than today (the batch ended weeks before the seed runs).
  const after = iso(new Date(Math.min(batch.endDate.getTime() + 60 * DAY, calendarToday().getTime())));

  const onTime = await executeCommand(addIndicator, admin, {
    batchId: batch.id, unitId: a.id, name: "Layanan administrasi kependudukan selesai tepat waktu", measure: "%",
    higherIsBetter: true, baselineValue: "78,5", baselineOn: before, note: "Sumber: rekap layanan PATEN kecamatan.",
  });
  await executeCommand(recordResult, admin, { indicatorId: onTime.indicatorId, resultValue: "86,25", resultOn: after });

  const days = await executeCommand(addIndicator, admin, {
    batchId: batch.id, unitId: b.id, name: "Rata-rata waktu penyelesaian surat keterangan", measure: "hari",
    higherIsBetter: false, baselineValue: "4,5", baselineOn: before,
  });
  await executeCommand(recordResult, admin, { indicatorId: days.indicatorId, resultValue: "3", resultOn: after });

  await executeCommand(addIndicator, admin, {
    batchId: batch.id, unitId: c.id, name: "Indeks kepuasan masyarakat atas layanan kecamatan", measure: "indeks",
    higherIsBetter: true, baselineValue: "82,4", baselineOn: before,
  });
}
