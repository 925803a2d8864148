// Demo external training, written through the app's own commands (so files, ledger, audit rows and inbox
// messages are real): the demo ASN (Rina) has one submission waiting, one verified by her OPD operator and
// one rejected by the admin; an ASN of BKPP has one waiting for the admin. Dates are relative to the seed day.
import { executeCommand } from "@/lib/action";
import { loadViewer, type Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { rejectExternalTraining, submitExternalTraining, verifyExternalTraining } from "@/lib/external/commands";
import { calendarToday } from "@/lib/time";
import demoAccounts from "@/prisma/demo-accounts.json";
import { weekdayOnOrBefore, weekdayRunStart } from "./demo-rules";
import { tinyPdf, tinyPng } from "./files";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const ago = (n: number) => new Date(calendarToday().getTime() - n * 86_400_000);
/** A course of `days` consecutive weekdays that began about `n` days ago (demo training is on weekdays). */
const course = (n: number, days: number) => {
  const start = weekdayRunStart(ago(n), days, "earlier");
  return { startDate: iso(start), endDate: iso(new Date(start.getTime() + (days - 1) * 86_400_000)) };
};

async function viewerOfNip(nip: string): Promise<Viewer> {
  const user = await db.user.findFirstOrThrow({ where: { employee: { nip } }, select: { id: true } });
  return (await loadViewer(user.id))!;
}

export async function seedExternalTraining(agencyId: string) {
  const login = (role: string) => demoAccounts.accounts.find((a) => a.role === role)!.login;
  const rina = await viewerOfNip(login("ASN"));
  const dewi = await viewerOfNip(login("OPERATOR"));
  const adminUser = await db.user.findFirstOrThrow({ where: { agencyId, email: { not: null } }, select: { id: true } });
  const admin = (await loadViewer(adminUser.id))!;

  const submit = (viewer: Viewer, input: Record<string, unknown>, fileName: string, bytes: Uint8Array<ArrayBuffer>, type: string) =>
    executeCommand(submitExternalTraining, viewer, { ...input, file: new File([bytes], fileName, { type }) });

  const verified = await submit(rina, {
    title: "Pelatihan Keamanan Informasi untuk Pengelola Aplikasi", organiser: "Badan Siber dan Sandi Negara", location: "Jakarta",
    routeCode: "KL03", ...course(75, 2), minutes: "540", certificateNumber: "BSSN/PKI/0412",
  }, "sertifikat-bssn.pdf", tinyPdf("Sertifikat BSSN/PKI/0412"), "application/pdf");
  await executeCommand(verifyExternalTraining, dewi, { id: verified.id });

  const rejected = await submit(rina, {
    title: "Webinar Transformasi Digital Pemerintah Daerah", organiser: "Kementerian Kominfo", location: "daring",
    routeCode: "KL06", ...course(40, 1), jp: "2", certificateNumber: "KOMINFO/WBN/2231",
  }, "foto-sertifikat.png", tinyPng(), "image/png");
  await executeCommand(rejectExternalTraining, admin, { id: rejected.id, reason: "Sertifikat tidak mencantumkan jumlah jam pelajaran." });

  await submit(rina, {
    title: "Kursus Analisis Data dengan Python", organiser: "Digital Talent Scholarship", location: "daring",
    routeCode: "NKL03", startDate: iso(weekdayOnOrBefore(ago(20))), endDate: iso(weekdayOnOrBefore(ago(6))), jp: "12", certificateNumber: "DTS/2025/PY-7781",
  }, "sertifikat-dts.pdf", tinyPdf("Sertifikat DTS/2025/PY-7781"), "application/pdf");

  // An ASN of BKPP: outside Dewi's Diskominfo, so only the admin's queue has it.
  const bkppStaff = await db.employee.findFirst({
    where: { agencyId, unit: { code: { startsWith: "BKPP-" } }, user: { isNot: null }, nip: { notIn: demoAccounts.accounts.map((a) => a.login) } },
    orderBy: { nip: "asc" },
    select: { nip: true },
  });
  if (bkppStaff) {
    await submit(await viewerOfNip(bkppStaff.nip), {
      title: "Bimbingan Teknis Penyusunan Analisis Jabatan", organiser: "Kementerian PANRB", location: "Yogyakarta",
      routeCode: "KL10", ...course(30, 3), minutes: "1080", certificateNumber: "PANRB/ANJAB/0098",
    }, "sertifikat-anjab.pdf", tinyPdf("Sertifikat PANRB/ANJAB/0098"), "application/pdf");
  }
  return { submissions: bkppStaff ? 4 : 3 };
}
