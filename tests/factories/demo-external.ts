// Demo external training, written through the app's own commands (so files, ledger, audit rows and inbox
// messages are real): the demo ASN (Rina) has one submission waiting, one verified by her OPD operator and
// one rejected by the admin; an ASN of BKPP has one waiting for the admin. Dates are relative to the seed day.
// Also the tiny, valid PDF and PNG files the tests and the seed upload.
import { deflateSync, crc32 } from "node:zlib";
import { executeCommand } from "@/lib/action";
import { loadViewer, type Viewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { rejectExternalTraining, submitExternalTraining, verifyExternalTraining } from "@/lib/external/commands";
import { calendarToday } from "@/lib/time";
import demoAccounts from "@/prisma/demo-accounts.json";

/** A small but real one-page PDF (header, objects, cross-reference table, trailer) showing `text`. */
export function tinyPdf(text = "Sertifikat"): Uint8Array<ArrayBuffer> {
  const safe = text.replace(/[()\\]/g, "");
  const content = `BT /F1 12 Tf 10 50 Td (${safe}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, "latin1"));
}

/** A valid 1×1 PNG of one grey pixel. */
export function tinyPng(): Uint8Array<ArrayBuffer> {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, "latin1"), data])));
    return Buffer.concat([length, Buffer.from(type, "latin1"), data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0); // width
  header.writeUInt32BE(1, 4); // height
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.from([0, 0xc0]))), // filter byte + one pixel
    chunk("IEND", Buffer.alloc(0)),
  ]);
  return new Uint8Array(png);
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const daysAgo = (n: number) => iso(new Date(calendarToday().getTime() - n * 86_400_000));

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
    routeCode: "KL03", startDate: daysAgo(75), endDate: daysAgo(74), minutes: "540", certificateNumber: "BSSN/PKI/0412",
  }, "sertifikat-bssn.pdf", tinyPdf("Sertifikat BSSN/PKI/0412"), "application/pdf");
  await executeCommand(verifyExternalTraining, dewi, { id: verified.id });

  const rejected = await submit(rina, {
    title: "Webinar Transformasi Digital Pemerintah Daerah", organiser: "Kementerian Kominfo", location: "daring",
    routeCode: "KL06", startDate: daysAgo(40), endDate: daysAgo(40), jp: "2", certificateNumber: "KOMINFO/WBN/2231",
  }, "foto-sertifikat.png", tinyPng(), "image/png");
  await executeCommand(rejectExternalTraining, admin, { id: rejected.id, reason: "Sertifikat tidak mencantumkan jumlah jam pelajaran." });

  await submit(rina, {
    title: "Kursus Analisis Data dengan Python", organiser: "Digital Talent Scholarship", location: "daring",
    routeCode: "NKL03", startDate: daysAgo(20), endDate: daysAgo(6), jp: "12", certificateNumber: "DTS/2025/PY-7781",
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
      routeCode: "KL10", startDate: daysAgo(30), endDate: daysAgo(28), minutes: "1080", certificateNumber: "PANRB/ANJAB/0098",
    }, "sertifikat-anjab.pdf", tinyPdf("Sertifikat PANRB/ANJAB/0098"), "application/pdf");
  }
  return { submissions: bkppStaff ? 4 : 3 };
}
