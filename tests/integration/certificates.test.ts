// Certificates (STTPP): issued when a batch closes, numbered per agency and year, a PDF whose text and QR code
// are read back, public verification (valid → revoked), its rate limit, and who may revoke or download.
import { inflateSync } from "node:zlib";
import jsQR from "jsqr";
import { PDFDocument, PDFName, PDFNumber, PDFRawStream } from "pdf-lib";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { recordAttendance } from "@/lib/attendance/commands";
import { setBatchStatus } from "@/lib/batch/lifecycle";
import { revokeCertificate, updateCertificateSettings } from "@/lib/certificate/commands";
import { certificatePdf } from "@/lib/certificate/pdf";
import { certificateForDownload, myCertificates } from "@/lib/certificate/queries";
import { CODE_ALPHABET, CODE_LENGTH, verificationUrl } from "@/lib/certificate/rules";
import { verifyCertificate } from "@/lib/certificate/verify";
import { db } from "@/lib/db";
import { enrolDirectly } from "@/lib/enrolment/commands";
import { completeBatch, reopenBatch } from "@/lib/batch/completion";
import { fullName } from "@/lib/people/rules";
import { openBatch } from "./training-world";
import { buildWorld, refusal, type World } from "./world";
import { inboxOf } from "../support/inbox";

const ORIGIN = "https://bangkom.uji.go.id";
let w: World;
let admin: Viewer;
beforeEach(async () => {
  w = await buildWorld();
  admin = await w.viewer(w.users.admin);
});

/** A batch ending `end`, its participants enrolled by the admin, everyone present but `absent`, then closed. */
async function closedBatch(end: string, present: string[], absent: string[] = []) {
  const { batchId } = await openBatch(admin, { startDate: end, endDate: end });
  const enrolments = new Map<string, string>();
  for (const employeeId of [...present, ...absent]) enrolments.set(employeeId, (await executeCommand(enrolDirectly, admin, { batchId, employeeId })).enrolmentId);
  await executeCommand(setBatchStatus, admin, { batchId, status: "CLOSED" });
  await executeCommand(setBatchStatus, admin, { batchId, status: "RUNNING" });
  const sessions = await db.rundownSession.findMany({ where: { batchId } });
  const marks = [...enrolments].flatMap(([employeeId, enrolmentId]) =>
    sessions.map((s) => ({ sessionId: s.id, enrolmentId, status: absent.includes(employeeId) ? ("ABSENT" as const) : ("PRESENT" as const) })));
  await executeCommand(recordAttendance, admin, { batchId, marks });
  await executeCommand(completeBatch, admin, { batchId, reason: "" });
  return batchId;
}

const certificatesOf = (batchId: string) =>
  db.certificate.findMany({ where: { enrolment: { batchId } }, orderBy: { seq: "asc" } });

/** The QR image pdf-lib embedded: Flate-compressed raw RGB pixels (its alpha, if any, is a separate SMask). */
async function qrTextOf(bytes: Uint8Array): Promise<string | null> {
  const pdf = await PDFDocument.load(bytes);
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const dict = object.dict;
    if (dict.get(PDFName.of("Subtype")) !== PDFName.of("Image") || dict.get(PDFName.of("ColorSpace")) !== PDFName.of("DeviceRGB")) continue;
    const width = (dict.get(PDFName.of("Width")) as PDFNumber).asNumber();
    const height = (dict.get(PDFName.of("Height")) as PDFNumber).asNumber();
    const rgb = inflateSync(object.contents);
    expect(rgb.length).toBe(width * height * 3);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      rgba.set([rgb[i * 3]!, rgb[i * 3 + 1]!, rgb[i * 3 + 2]!, 255], i * 4);
    }
    return jsQR(rgba, width, height)?.data ?? null;
  }
  return null;
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text;
}

describe("issuing certificates when a batch closes", () => {
  it("gives one to each participant who completed, none below the threshold, none twice, numbered per year", async () => {
    const { other, head, staff1, staff2 } = w.people;
    const batchId = await closedBatch("2030-03-02", [other.id, head.id, staff1.id], [staff2.id]);
    const issued = await certificatesOf(batchId);
    expect(issued.map((c) => c.employeeId).sort()).toEqual([other.id, head.id, staff1.id].sort());
    expect(issued.map((c) => [c.year, c.seq])).toEqual([[2030, 1], [2030, 2], [2030, 3]]);
    expect(issued.map((c) => c.number)).toEqual(["0001/STTPP/BKPP/2030", "0002/STTPP/BKPP/2030", "0003/STTPP/BKPP/2030"]);
    for (const c of issued) {
      expect(c.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`));
      expect(c).toMatchObject({ agencyId: w.agencyA.id, programTitle: "Bimbingan Teknis Tata Kelola Data", batchNumber: 1, minutes: 120, revokedAt: null });
      expect(c.endDate.toISOString().slice(0, 10)).toBe("2030-03-02");
      // No signatory set: "Kepala BKPP" signs for the agency.
      expect(c).toMatchObject({ signatoryName: "Kepala BKPP", signatoryPosition: w.agencyA.name });
    }
    const headCertificate = issued.find((c) => c.employeeId === head.id)!;
    expect(headCertificate.holderName).toBe(fullName(await db.employee.findUniqueOrThrow({ where: { id: head.id } })));
    expect(new Set(issued.map((c) => c.code)).size).toBe(3);
    const audit = await db.auditLog.findMany({ where: { action: "certificate.issue", entityId: batchId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ count: 3, year: 2030, first: "0001/STTPP/BKPP/2030", last: "0003/STTPP/BKPP/2030" });

    // Closing again, and reopening then closing again, issues nothing new: everyone keeps theirs.
    await executeCommand(completeBatch, admin, { batchId, reason: "" });
    await executeCommand(reopenBatch, admin, { batchId, reason: "Presensi diperiksa ulang" });
    expect(await db.certificate.count({ where: { enrolment: { batchId } } })).toBe(3);
    await executeCommand(completeBatch, admin, { batchId, reason: "" });
    expect((await certificatesOf(batchId)).map((c) => c.code)).toEqual(issued.map((c) => c.code));
    expect(await db.auditLog.count({ where: { action: "certificate.issue", entityId: batchId } })).toBe(1);

    // The sequence continues within the year, restarts in another, and follows a changed format.
    await executeCommand(updateCertificateSettings, admin, { format: "800/{seq}/BKPP/{month}/{year}", signatoryName: "Drs. Budi Santoso, M.Si.", signatoryPosition: "Kepala BKPP Kota Uji" });
    const [later] = await certificatesOf(await closedBatch("2030-11-20", [staff2.id]));
    expect(later).toMatchObject({ year: 2030, seq: 4, number: "800/0004/BKPP/XI/2030", signatoryName: "Drs. Budi Santoso, M.Si.", signatoryPosition: "Kepala BKPP Kota Uji" });
    const [nextYear] = await certificatesOf(await closedBatch("2031-01-15", [staff1.id]));
    expect(nextYear).toMatchObject({ year: 2031, seq: 1, number: "800/0001/BKPP/I/2031" });
    // Another agency's numbering is its own.
    expect(await db.certificate.count({ where: { agencyId: w.agencyB.id } })).toBe(0);
  });

  it("validates and audits the number format and signatory; only admins may change them", async () => {
    const bad = await refusal(executeCommand(updateCertificateSettings, admin, { format: "STTPP/{year}", signatoryName: "", signatoryPosition: "" }));
    expect(bad.fieldErrors?.format).toEqual(["certificate.errors.format.missingSeq"]);
    const asn = await refusal(executeCommand(updateCertificateSettings, await w.viewer(w.users.staff1), { format: "{seq}/{year}", signatoryName: "", signatoryPosition: "" }));
    expect(asn.code).toBe("FORBIDDEN");
    await executeCommand(updateCertificateSettings, admin, { format: "{seq}/X/{year}", signatoryName: " ", signatoryPosition: "Kepala BKPP" });
    expect(await db.agency.findUniqueOrThrow({ where: { id: w.agencyA.id } })).toMatchObject({ certificateFormat: "{seq}/X/{year}", signatoryName: null, signatoryPosition: "Kepala BKPP" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entity: "Agency.certificate", entityId: w.agencyA.id } });
    expect(audit.before).toMatchObject({ certificateFormat: "{seq}/STTPP/BKPP/{year}" });
  });
});

describe("the certificate PDF, its QR code and the public verification", () => {
  it("opens, names the holder and number, encodes the verification URL, and verifies valid then revoked", async () => {
    const batchId = await closedBatch("2030-03-02", [w.people.other.id, w.people.head.id]);
    const certificate = (await certificatesOf(batchId)).find((c) => c.employeeId === w.people.other.id)!;
    const holder = await w.viewer(w.users.operatorX); // "other" signs in with this account (ASN + OPERATOR)

    // The holder and an admin get the PDF; another ASN, and another agency's admin, do not.
    const own = await certificatePdf(holder, certificate.id, ORIGIN);
    expect(own?.fileName).toBe(`sertifikat-${certificate.number.replaceAll("/", "-")}.pdf`);
    expect(await certificatePdf(await w.viewer(w.users.head), certificate.id, ORIGIN)).toBeNull();
    expect(await certificateForDownload(await w.viewer(w.users.staff1), certificate.id)).toBeNull();
    expect(await certificateForDownload(await w.viewer(w.users.adminB), certificate.id)).toBeNull();
    expect((await myCertificates(holder)).map((c) => c.id)).toEqual([certificate.id]);
    expect((await myCertificates(await w.viewer(w.users.head))).map((c) => c.id)).not.toContain(certificate.id);
    const file = (await certificatePdf(admin, certificate.id, ORIGIN))!;

    const bytes = file.bytes;
    expect(Buffer.from(bytes.slice(0, 5)).toString("latin1")).toBe("%PDF-");
    const text = await pdfText(bytes);
    expect(text).toContain(certificate.holderName);
    expect(text).toContain(certificate.number);
    expect(text).toContain("SERTIFIKAT");
    expect(text).toContain("2,67 JP (120 menit)");
    expect(text).not.toContain("DICABUT");
    const meta = await PDFDocument.load(bytes);
    expect(meta.getSubject()).toBe(certificate.number);
    expect(meta.getAuthor()).toBe(w.agencyA.name);
    expect(meta.getPageCount()).toBe(1);
    expect(meta.getPage(0).getWidth()).toBeGreaterThan(meta.getPage(0).getHeight()); // landscape

    const url = verificationUrl(ORIGIN, certificate.code);
    expect(await qrTextOf(bytes)).toBe(`${ORIGIN}/verifikasi/${certificate.code}`);
    expect(url).toBe(`${ORIGIN}/verifikasi/${certificate.code}`);

    const code = url.split("/").at(-1)!;
    const valid = await verifyCertificate(code, "203.0.113.10");
    expect(valid).toMatchObject({ kind: "found", certificate: { status: "valid", holderName: certificate.holderName, programTitle: certificate.programTitle, batchNumber: 1, minutes: 120, revokedAt: null } });
    const nip = (await db.employee.findUniqueOrThrow({ where: { id: w.people.other.id } })).nip;
    expect(JSON.stringify(valid)).not.toContain(nip);
    expect(valid.kind === "found" && valid.certificate.maskedNip).toBe(`${nip.slice(0, 4)}**** ****** * ${nip.slice(15)}`);
    expect(JSON.stringify(valid)).not.toContain(certificate.number);
    // Typed from paper: lower case with dashes.
    expect((await verifyCertificate(code.toLowerCase().replace(/(.{4})(?!$)/g, "$1-"), "203.0.113.10")).kind).toBe("found");

    // Revocation: ASN refused, a reason required, another agency's admin finds nothing; then audited and notified.
    expect((await refusal(executeCommand(revokeCertificate, holder, { certificateId: certificate.id, reason: "Saya ingin mencabutnya" }))).code).toBe("FORBIDDEN");
    const noReason = await refusal(executeCommand(revokeCertificate, admin, { certificateId: certificate.id, reason: "  ok " }));
    expect(noReason.fieldErrors?.reason).toEqual(["certificate.errors.reasonRequired"]);
    expect((await refusal(executeCommand(revokeCertificate, await w.viewer(w.users.adminB), { certificateId: certificate.id, reason: "Bukan instansi kami" }))).code).toBe("NOT_FOUND");
    expect((await db.certificate.findUniqueOrThrow({ where: { id: certificate.id } })).revokedAt).toBeNull();

    await executeCommand(revokeCertificate, admin, { certificateId: certificate.id, reason: "Presensi peserta tidak sah" });
    const revoked = await db.certificate.findUniqueOrThrow({ where: { id: certificate.id } });
    expect(revoked).toMatchObject({ revokedById: w.users.admin.id, revokedReason: "Presensi peserta tidak sah" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "certificate.revoke", entityId: certificate.id } });
    expect(audit).toMatchObject({ actorUserId: w.users.admin.id, agencyId: w.agencyA.id });
    expect(audit.after).toMatchObject({ number: certificate.number, reason: "Presensi peserta tidak sah" });
    const [notice] = (await inboxOf(w.users.operatorX.id)).filter((n) => n.kind === "certificateRevoked");
    expect(notice!.title).toBe("Sertifikat Anda dicabut");
    expect(notice!.body).toBe(`Sertifikat nomor ${certificate.number} (${certificate.programTitle}) dicabut. Alasan: Presensi peserta tidak sah`);
    expect((await refusal(executeCommand(revokeCertificate, admin, { certificateId: certificate.id, reason: "Sekali lagi" }))).code).toBe("CONFLICT");

    const after = await verifyCertificate(code, "203.0.113.10");
    expect(after).toMatchObject({ kind: "found", certificate: { status: "revoked", revokedAt: revoked.revokedAt } });
    expect(JSON.stringify(after)).not.toContain("Presensi peserta tidak sah");
    // The revoked certificate still downloads, marked DICABUT; its QR is unchanged.
    const marked = (await certificatePdf(holder, certificate.id, ORIGIN))!;
    expect(await pdfText(marked.bytes)).toContain("DICABUT");
    expect(await qrTextOf(marked.bytes)).toBe(url);
    // The other participant's certificate is untouched.
    const [stillValid] = (await certificatesOf(batchId)).filter((c) => c.id !== certificate.id);
    expect((await verifyCertificate(stillValid!.code, "203.0.113.10")).kind === "found").toBe(true);
  });

  it("answers not found for an unknown or forged code", async () => {
    const batchId = await closedBatch("2030-03-02", [w.people.other.id]);
    const [real] = await certificatesOf(batchId);
    const flipped = real!.code.slice(0, -1) + (real!.code.endsWith("A") ? "B" : "A");
    for (const code of [flipped, "ABCDEFGHJKLMNPQRSTUV", "not-a-code", "", "0".repeat(20), `${real!.code}A`, "' OR 1=1 --"]) {
      expect(await verifyCertificate(code, "198.51.100.99"), code).toEqual({ kind: "notFound" });
    }
  });

  it("refuses the 31st lookup of one client in ten minutes, not another client's, and forgets old hits", async () => {
    const now = new Date();
    for (let i = 0; i < 30; i++) expect((await verifyCertificate("ABCDEFGHJKLMNPQRSTUV", "192.0.2.1", now)).kind).toBe("notFound");
    expect(await verifyCertificate("ABCDEFGHJKLMNPQRSTUV", "192.0.2.1", now)).toEqual({ kind: "rateLimited" });
    expect((await verifyCertificate("ABCDEFGHJKLMNPQRSTUV", "192.0.2.2", now)).kind).toBe("notFound");
    const rows = await db.rateLimitHit.findMany({ where: { bucket: "verify-certificate", createdAt: now } });
    expect(rows).toHaveLength(31); // the refused lookup is not counted
    expect(rows.some((r) => r.key.includes("192.0.2"))).toBe(false); // keys are stored hashed
    const later = new Date(now.getTime() + 10 * 60_000 + 1000);
    expect((await verifyCertificate("ABCDEFGHJKLMNPQRSTUV", "192.0.2.1", later)).kind).toBe("notFound");
    // The first client's old hits are pruned (the other client's may be too, by the occasional bucket-wide prune).
    expect(await db.rateLimitHit.count({ where: { bucket: "verify-certificate", createdAt: now } })).toBeLessThanOrEqual(1);
  });
});
