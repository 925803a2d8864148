// External training (issue 4): submit with a certificate → verify or reject → exactly one ledger entry, scoped
// to the verifier's unit; bad files and values are refused with nothing stored, the row nor the file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { db } from "@/lib/db";
import { rejectExternalTraining, submitExternalTraining, verifyExternalTraining } from "@/lib/external/commands";
import { getExternalTraining, myExternalTrainings, verificationQueue } from "@/lib/external/queries";
import { sniffFileType } from "@/lib/external/rules";
import { fileStorage } from "@/lib/external/storage";
import { createUser } from "../factories/db";
import { buildWorld, refusal, type World } from "./world";
import { inboxOf } from "../support/inbox";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, ...new TextEncoder().encode("This program cannot be run in DOS mode")]);
const HTML = new TextEncoder().encode("<!DOCTYPE html><html><body><script>alert('x')</script></body></html>");

const file = (bytes: Uint8Array, name = "sertifikat.pdf", type = "application/pdf") => new File([bytes as Uint8Array<ArrayBuffer>], name, { type });

let counter = 0;
function submission(patch: Record<string, unknown> = {}) {
  counter += 1;
  return {
    title: `Bimtek Keamanan Informasi ${counter}`,
    organiser: "Badan Siber dan Sandi Negara",
    location: "Jakarta",
    routeCode: "KL10",
    startDate: "2025-03-10",
    endDate: "2025-03-11",
    minutes: "600",
    certificateNumber: `BSSN/2025/${String(counter).padStart(4, "0")}`,
    file: file(PDF),
    ...patch,
  };
}

let dataDir: string;
const filesRoot = () => path.join(dataDir, "files");
/** Every file under the storage folder, temporary ones included. */
function storedFiles(): string[] {
  if (!fs.existsSync(filesRoot())) return [];
  return (fs.readdirSync(filesRoot(), { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bangkom-files-"));
  process.env.BANGKOM_DATA_DIR = dataDir;
});
afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  delete process.env.BANGKOM_DATA_DIR;
});

let w: World;
beforeEach(async () => {
  w = await buildWorld();
  fs.rmSync(filesRoot(), { recursive: true, force: true });
});

/** Each test builds its own agencies in the file's database: count that world's rows only. */
const rowCount = () => db.externalTraining.count({ where: { agencyId: w.agencyA.id } });
const ledgerOf = (externalTrainingId: string) => db.ledgerEntry.findMany({ where: { externalTrainingId } });

describe("submit → verify: the ledger entry, exactly once", () => {
  it("credits the exact minutes on the end date, stores the file, and notifies the ASN", async () => {
    const asn = await w.viewer(w.users.staff1);
    const admin = await w.viewer(w.users.admin);
    const { id } = await executeCommand(submitExternalTraining, asn, submission({ title: "Bimtek  SPBE ", minutes: "", jp: "2,67", endDate: "2025-12-31", startDate: "2025-12-30" }));

    const row = await db.externalTraining.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SUBMITTED", minutes: 120, title: "Bimtek SPBE", fileType: "application/pdf", fileSize: PDF.byteLength, fileName: "sertifikat.pdf" });
    expect(row.fileKey).toMatch(new RegExp(`^external/${w.agencyA.id}/[0-9a-f-]{36}\\.pdf$`));
    expect(await fileStorage().get(row.fileKey)).toEqual(PDF);
    expect(await ledgerOf(id)).toHaveLength(0); // nothing counts before verification

    const result = await executeCommand(verifyExternalTraining, admin, { id });
    expect(result).toMatchObject({ minutes: 120, year: 2025 });
    const entries = await ledgerOf(id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      source: "EXTERNAL", minutes: 120, year: 2025, date: new Date("2025-12-31T00:00:00Z"), routeCode: "KL10",
      title: "Bimtek SPBE", employeeId: w.people.staff1.id, agencyId: w.agencyA.id, createdById: w.users.admin.id, reason: null,
    });
    expect(await db.externalTraining.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "VERIFIED", decidedById: w.users.admin.id });
    const inbox = await inboxOf(w.users.staff1.id);
    expect(inbox.map((n) => n.title)).toEqual(["Pelatihan eksternal Anda diverifikasi"]);
    expect(inbox[0]!.body).toContain("120 menit (2,67 JP)");
    expect(await db.auditLog.count({ where: { entity: "ExternalTraining", entityId: id } })).toBe(2);

    // Decided is final: verifying again, or rejecting now, is a CONFLICT and adds nothing.
    expect((await refusal(executeCommand(verifyExternalTraining, admin, { id }))).code).toBe("CONFLICT");
    expect((await refusal(executeCommand(rejectExternalTraining, admin, { id, reason: "Berubah pikiran" }))).code).toBe("CONFLICT");
    expect(await ledgerOf(id)).toHaveLength(1);
  });

  it("lets two verifiers race and still credits once", async () => {
    const { id } = await executeCommand(submitExternalTraining, await w.viewer(w.users.staff1), submission());
    const [admin, operator] = [await w.viewer(w.users.admin), await w.viewer(w.users.operatorX)];
    const results = await Promise.allSettled([executeCommand(verifyExternalTraining, admin, { id }), executeCommand(verifyExternalTraining, operator, { id })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await ledgerOf(id)).toHaveLength(1);
  });

  it("takes a real form submission (FormData with a File), like the browser sends it", async () => {
    const form = new FormData();
    for (const [key, value] of Object.entries(submission({ location: "", file: file(PNG, "foto sertifikat.png", "image/png") }))) form.append(key, value as string | Blob);
    const { id } = await executeCommand(submitExternalTraining, await w.viewer(w.users.staff1), form);
    expect(await db.externalTraining.findUniqueOrThrow({ where: { id } })).toMatchObject({ fileType: "image/png", fileName: "foto sertifikat.png", minutes: 600, location: null });
  });
});

describe("reject", () => {
  it("needs a reason, records it, notifies the ASN and credits nothing", async () => {
    const { id } = await executeCommand(submitExternalTraining, await w.viewer(w.users.staff1), submission());
    const operator = await w.viewer(w.users.operatorX);
    const noReason = await refusal(executeCommand(rejectExternalTraining, operator, { id, reason: " " }));
    expect(noReason.fieldErrors?.reason).toEqual(["external.errors.rejectReason"]);
    await executeCommand(rejectExternalTraining, operator, { id, reason: "Sertifikat tidak terbaca" });
    expect(await db.externalTraining.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "REJECTED", decisionReason: "Sertifikat tidak terbaca", decidedById: w.users.operatorX.id });
    expect(await ledgerOf(id)).toHaveLength(0);
    const inbox = await inboxOf(w.users.staff1.id);
    expect(inbox.map((n) => n.body)).toEqual([expect.stringContaining("Alasan: Sertifikat tidak terbaca")]);
    expect((await refusal(executeCommand(verifyExternalTraining, operator, { id }))).code).toBe("CONFLICT");
    expect((await refusal(executeCommand(rejectExternalTraining, operator, { id, reason: "Sekali lagi" }))).code).toBe("CONFLICT");
  });
});

describe("who may verify", () => {
  it("an operator of another unit, or another agency's admin, finds nothing, through the command and the queries", async () => {
    const { id } = await executeCommand(submitExternalTraining, await w.viewer(w.users.staff1), submission());
    for (const user of [w.users.operatorY, w.users.adminB]) {
      const outsider = await w.viewer(user);
      expect((await refusal(executeCommand(verifyExternalTraining, outsider, { id }))).code).toBe("NOT_FOUND");
      expect((await refusal(executeCommand(rejectExternalTraining, outsider, { id, reason: "Bukan wewenang saya" }))).code).toBe("NOT_FOUND");
      expect(await getExternalTraining(outsider, id, "verify:external-training")).toBeNull();
      expect(await getExternalTraining(outsider, id)).toBeNull();
      expect((await verificationQueue(outsider, { status: "ALL" })).page.total).toBe(0);
    }
    expect(await ledgerOf(id)).toHaveLength(0);
    expect((await db.externalTraining.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");

    // The operator of the ASN's unit (a parent of their bidang) sees it and may verify it.
    const operatorX = await w.viewer(w.users.operatorX);
    expect((await verificationQueue(operatorX, {})).page.rows.map((r) => r.id)).toEqual([id]);
    expect(await getExternalTraining(operatorX, id, "verify:external-training")).not.toBeNull();
    await executeCommand(verifyExternalTraining, operatorX, { id });
    expect(await ledgerOf(id)).toHaveLength(1);
  });

  it("an ASN or a supervisor may not verify at all, and nobody verifies their own submission", async () => {
    const { id } = await executeCommand(submitExternalTraining, await w.viewer(w.users.staff1), submission());
    expect((await refusal(executeCommand(verifyExternalTraining, await w.viewer(w.users.staff1), { id }))).code).toBe("FORBIDDEN");
    expect((await refusal(executeCommand(verifyExternalTraining, await w.viewer(w.users.kabid), { id }))).code).toBe("FORBIDDEN");
    // The supervisor may read it (their team), not decide it.
    expect(await getExternalTraining(await w.viewer(w.users.kabid), id)).not.toBeNull();
    expect(await getExternalTraining(await w.viewer(w.users.kabid), id, "verify:external-training")).toBeNull();

    // staff2 is an operator of the unit that contains their own bidang.
    const staff2Operator = await createUser(db, { agencyId: w.agencyA.id, employeeId: w.people.staff2.id, roles: [{ role: "ASN" }, { role: "OPERATOR", unitId: w.units.dinasX.id }] });
    const self = await w.viewer(staff2Operator);
    const own = await executeCommand(submitExternalTraining, self, submission());
    const refused = await refusal(executeCommand(verifyExternalTraining, self, { id: own.id }));
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toBe("external.errors.ownSubmission");
    expect(await ledgerOf(own.id)).toHaveLength(0);
  });

  it("the ASN's own list shows only their submissions", async () => {
    await executeCommand(submitExternalTraining, await w.viewer(w.users.staff1), submission({ title: "Punya staf satu" }));
    await executeCommand(submitExternalTraining, await w.viewer(w.users.operatorX), submission({ title: "Punya pegawai Dinas Y" }));
    expect((await myExternalTrainings(await w.viewer(w.users.staff1))).map((r) => r.title)).toEqual(["Punya staf satu"]);
  });
});

describe("bad input is refused, and nothing is stored", () => {
  it.each([
    ["a renamed .exe", { file: file(EXE, "sertifikat.pdf") }, "file", "external.errors.file.type"],
    ["an .html page called .pdf", { file: file(HTML, "sertifikat.pdf", "application/pdf") }, "file", "external.errors.file.type"],
    ["a 6 MB file", { file: file(new Uint8Array(6 * 1024 * 1024).fill(0x25), "besar.pdf") }, "file", "external.errors.file.tooBig"],
    ["an empty file", { file: file(new Uint8Array(), "kosong.pdf") }, "file", "external.errors.file.required"],
    ["no file", { file: undefined }, "file", "external.errors.file.required"],
    ["an end date before the start", { startDate: "2025-03-10", endDate: "2025-03-09" }, "endDate", "external.errors.endBeforeStart"],
    ["negative minutes", { minutes: "-30" }, "minutes", "external.errors.duration.positive"],
    ["zero minutes", { minutes: "0" }, "minutes", "external.errors.duration.positive"],
    ["zero JP", { minutes: "", jp: "0" }, "jp", "external.errors.duration.positive"],
  ])("%s", async (_label, patch, field, message) => {
    const error = await refusal(executeCommand(submitExternalTraining, await w.viewer(w.users.staff1), submission(patch)));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.[field]).toEqual([message]);
    expect(await rowCount()).toBe(0);
    expect(await db.auditLog.count({ where: { agencyId: w.agencyA.id, entity: "ExternalTraining" } })).toBe(0);
    expect(storedFiles()).toEqual([]);
  });

  it("leaves no file when the database refuses the row", async () => {
    await db.$executeRawUnsafe(`
      CREATE FUNCTION test_refuse_external() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused for the test'; END; $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_refuse BEFORE INSERT ON "ExternalTraining" FOR EACH ROW EXECUTE FUNCTION test_refuse_external()`);
    try {
      const error = await executeCommand(submitExternalTraining, await w.viewer(w.users.staff1), submission()).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(await rowCount()).toBe(0);
      expect(storedFiles()).toEqual([]);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_refuse ON "ExternalTraining"`);
      await db.$executeRawUnsafe(`DROP FUNCTION test_refuse_external()`);
    }
  });

  it("leaves no row (and no partial file) when the file cannot be written", async () => {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(filesRoot(), "not a folder"); // the storage folder cannot be created
    try {
      const error = await executeCommand(submitExternalTraining, await w.viewer(w.users.staff1), submission()).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(await rowCount()).toBe(0);
      expect(await db.auditLog.count({ where: { agencyId: w.agencyA.id, entity: "ExternalTraining" } })).toBe(0);
    } finally {
      fs.rmSync(filesRoot(), { force: true });
    }
    expect(storedFiles()).toEqual([]);
  });
});

describe("likely duplicates are warned about, then may be submitted anyway", () => {
  it("warns about the same certificate number in the agency (case and spaces aside)", async () => {
    await executeCommand(submitExternalTraining, await w.viewer(w.users.staff1), submission({ certificateNumber: "BSSN/2025/ABC 01" }));
    const other = await w.viewer(w.users.operatorX); // another employee of the same agency
    const warning = await refusal(executeCommand(submitExternalTraining, other, submission({ certificateNumber: " bssn/2025/abc01 " })));
    expect(warning.code).toBe("CONFLICT");
    expect(warning.message).toBe("external.duplicate.warning");
    expect(warning.fieldErrors?.confirmDuplicate).toEqual(["external.duplicate.certificate"]);
    expect(await rowCount()).toBe(1);
    expect(storedFiles()).toHaveLength(1);

    await executeCommand(submitExternalTraining, other, submission({ certificateNumber: " bssn/2025/abc01 ", confirmDuplicate: "on" }));
    expect(await rowCount()).toBe(2);
    expect(storedFiles()).toHaveLength(2);
  });

  it("warns about the same employee, title (case and spaces aside) and dates", async () => {
    const asn = await w.viewer(w.users.staff1);
    await executeCommand(submitExternalTraining, asn, submission({ title: "Pelatihan Data Science" }));
    const warning = await refusal(executeCommand(submitExternalTraining, asn, submission({ title: "pelatihan  data science" })));
    expect(warning.fieldErrors?.confirmDuplicate).toEqual(["external.duplicate.sameTraining"]);
    // Other dates, or another employee: no warning.
    await executeCommand(submitExternalTraining, asn, submission({ title: "Pelatihan Data Science", startDate: "2025-04-10", endDate: "2025-04-11" }));
    await executeCommand(submitExternalTraining, await w.viewer(w.users.operatorX), submission({ title: "Pelatihan Data Science" }));
  });

  it("ignores rejected submissions, so a corrected one can be sent again", async () => {
    const asn = await w.viewer(w.users.staff1);
    const first = await executeCommand(submitExternalTraining, asn, submission({ title: "Kursus GIS", certificateNumber: "GIS-1" }));
    await executeCommand(rejectExternalTraining, await w.viewer(w.users.admin), { id: first.id, reason: "Berkas buram" });
    await executeCommand(submitExternalTraining, asn, submission({ title: "Kursus GIS", certificateNumber: "GIS-1" }));
  });
});

describe("a closed year", () => {
  async function closeYear(year: number) {
    await db.yearClose.create({
      data: { agencyId: w.agencyA.id, year, closedById: w.users.admin.id, evaluatedOn: new Date(`${year + 1}-01-05T00:00:00Z`), employeeCount: 6, contentHash: "test" },
    });
  }

  it("needs a reason to verify into it, named on its field; with one, the entry carries it", async () => {
    const { id } = await executeCommand(submitExternalTraining, await w.viewer(w.users.staff1), submission({ startDate: "2024-11-01", endDate: "2024-11-02" }));
    await closeYear(2024);
    const admin = await w.viewer(w.users.admin);
    const refused = await refusal(executeCommand(verifyExternalTraining, admin, { id }));
    expect(refused.code).toBe("VALIDATION");
    expect(refused.message).toBe("external.errors.closedYear");
    expect(refused.fieldErrors?.reason).toEqual(["external.errors.reasonClosedYear"]);
    expect(refused.values).toEqual({ year: 2024 });
    expect(await ledgerOf(id)).toHaveLength(0);
    expect((await db.externalTraining.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");

    await executeCommand(verifyExternalTraining, admin, { id, reason: "Sertifikat baru diterima Januari" });
    const [entry] = await ledgerOf(id);
    expect(entry).toMatchObject({ year: 2024, reason: "Sertifikat baru diterima Januari" });
    expect((await db.externalTraining.findUniqueOrThrow({ where: { id } })).decisionReason).toBe("Sertifikat baru diterima Januari");
  });

  it("does not need a reason for an open year", async () => {
    await closeYear(2024);
    const { id } = await executeCommand(submitExternalTraining, await w.viewer(w.users.staff1), submission());
    await executeCommand(verifyExternalTraining, await w.viewer(w.users.admin), { id });
    expect(await ledgerOf(id)).toHaveLength(1);
  });
});

describe("the verification queue", () => {
  it("filters by status, searches by name, NIP and title, and counts each status", async () => {
    const asn = await w.viewer(w.users.staff1);
    const admin = await w.viewer(w.users.admin);
    const a = await executeCommand(submitExternalTraining, asn, submission({ title: "Workshop Arsitektur SPBE" }));
    const b = await executeCommand(submitExternalTraining, asn, submission({ title: "Kursus Bahasa Inggris" }));
    await executeCommand(submitExternalTraining, await w.viewer(w.users.operatorX), submission({ title: "Seminar Smart City" }));
    await executeCommand(verifyExternalTraining, admin, { id: b.id });

    const waiting = await verificationQueue(admin, {});
    expect(waiting.page.rows.map((r) => r.title)).toEqual(["Workshop Arsitektur SPBE", "Seminar Smart City"]); // oldest first
    expect(waiting.counts).toEqual({ SUBMITTED: 2, VERIFIED: 1, REJECTED: 0 });
    expect((await verificationQueue(admin, { status: "VERIFIED" })).page.rows.map((r) => r.id)).toEqual([b.id]);
    expect((await verificationQueue(admin, { status: "ALL" })).page.total).toBe(3);
    expect((await verificationQueue(admin, { q: "arsitektur" })).page.rows.map((r) => r.id)).toEqual([a.id]);
    expect((await verificationQueue(admin, { q: "staf satu", status: "ALL" })).page.total).toBe(2);
    const nip = w.people.staff1.nip;
    expect((await verificationQueue(admin, { q: `${nip.slice(0, 8)} ${nip.slice(8, 14)}`, status: "ALL" })).page.total).toBe(2);
  });

  it("pages through 300 submissions", async () => {
    const rows = Array.from({ length: 300 }, (_, i) => ({
      agencyId: w.agencyA.id, employeeId: w.people.staff1.id, title: `Pelatihan ${i}`, organiser: "Uji", routeCode: "KL08" as const,
      startDate: new Date("2025-01-01"), endDate: new Date("2025-01-01"), minutes: 90, certificateNumber: `N-${i}`,
      fileKey: `external/${w.agencyA.id}/x-${i}.pdf`, fileName: "x.pdf", fileType: "application/pdf", fileSize: 10, fileSha256: "0".repeat(64),
      submittedAt: new Date(Date.UTC(2025, 0, 1, 0, i)),
    }));
    await db.externalTraining.createMany({ data: rows });
    const operator = await w.viewer(w.users.operatorX);
    const last = await verificationQueue(operator, { page: 12 });
    expect(last.page).toMatchObject({ total: 300, pages: 12, page: 12, from: 276, to: 300 });
    expect(last.page.rows.at(-1)?.title).toBe("Pelatihan 299");
    expect((await verificationQueue(operator, { page: 99 })).page.page).toBe(12);
  });
});

describe("the demo submissions", () => {
  it("go through the real commands: one waiting, one verified, one rejected for Rina, one waiting elsewhere", async () => {
    const { seedDemo } = await import("../factories/demo");
    const { seedExternalTraining } = await import("../factories/demo-external");
    const { tinyPdf, tinyPng } = await import("../factories/files");
    expect(sniffFileType(tinyPdf())).toBe("application/pdf");
    expect(sniffFileType(tinyPng())).toBe("image/png");
    const { agencyId } = await seedDemo(db);
    expect(await seedExternalTraining(agencyId)).toEqual({ submissions: 4 });
    const rows = await db.externalTraining.findMany({ where: { agencyId }, select: { status: true, employee: { select: { nip: true } } } });
    expect(rows.filter((r) => r.employee.nip === "199203152019032001").map((r) => r.status).sort()).toEqual(["REJECTED", "SUBMITTED", "VERIFIED"]);
    expect(await db.ledgerEntry.count({ where: { agencyId, source: "EXTERNAL" } })).toBe(1);
    expect(storedFiles()).toHaveLength(4);
  });
});
