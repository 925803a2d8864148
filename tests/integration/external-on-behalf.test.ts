// External training recorded on an ASN's behalf (issue 13, decision 0027): an admin for anyone of the agency, an
// operator for their unit subtree only (data layer), never for oneself; written VERIFIED at once, decided by the
// recorder, with exactly one ledger entry and its file; the ASN's own submission checks still apply.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { db } from "@/lib/db";
import { ledgerOfYear } from "@/lib/enrolment/queries";
import { recordExternalTrainingOnBehalf } from "@/lib/external/on-behalf";
import { fileStorage } from "@/lib/external/storage";
import { ledgerPerson } from "@/lib/ledger/queries";
import { buildWorld, refusal, type World } from "./world";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const HTML = new TextEncoder().encode("<!DOCTYPE html><html><body>not a certificate</body></html>");
const file = (bytes: Uint8Array, name = "sertifikat.pdf") => new File([bytes as Uint8Array<ArrayBuffer>], name, { type: "application/pdf" });

let dataDir: string;
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
});

let counter = 0;
function entry(employeeId: string, patch: Record<string, unknown> = {}) {
  counter += 1;
  return {
    employeeId, title: `Pelatihan Pengadaan Barang/Jasa ${counter}`, organiser: "LKPP", location: "Jakarta", routeCode: "KL03",
    startDate: "2025-08-04", endDate: "2025-08-06", minutes: "", jp: "12", certificateNumber: `LKPP/2025/${counter}`, file: file(PDF), ...patch,
  };
}
const jpOf = (employeeId: string, year = 2025) => ledgerOfYear(db, { agencyId: w.agencyA.id, employeeId }, year);

describe("an admin records on an ASN's behalf", () => {
  it("writes it VERIFIED at once, decided and recorded by the admin, with one ledger entry, its file, an audit row and a notice", async () => {
    const admin = await w.viewer(w.users.admin);
    const result = await executeCommand(recordExternalTrainingOnBehalf, admin, entry(w.people.staff1.id));
    expect(result).toMatchObject({ minutes: 540, year: 2025 });
    const row = await db.externalTraining.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ employeeId: w.people.staff1.id, status: "VERIFIED", decidedById: w.users.admin.id, recordedById: w.users.admin.id, minutes: 540, fileType: "application/pdf" });
    expect(row.decidedAt).not.toBeNull();
    expect(await fileStorage().get(row.fileKey)).toEqual(PDF);
    const ledger = await jpOf(w.people.staff1.id);
    expect(ledger.totalMinutes).toBe(540);
    expect(ledger.entries).toEqual([expect.objectContaining({ source: "EXTERNAL", minutes: 540, externalTraining: expect.objectContaining({ id: row.id }) })]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entity: "ExternalTraining", entityId: row.id }, select: { action: true, actorUserId: true, after: true } });
    expect(audit).toMatchObject({ action: "recordOnBehalf", actorUserId: w.users.admin.id, after: { status: "VERIFIED", minutes: 540, ledgerEntryId: result.ledgerEntryId } });
    expect(await db.notification.count({ where: { user: { employeeId: w.people.staff1.id }, kind: "externalVerified" } })).toBe(1);
  });

  it("keeps the ASN submission's checks: the file by content, likely duplicates, a closed year's reason; nothing is written when refused", async () => {
    const admin = await w.viewer(w.users.admin);
    const bad = await refusal(executeCommand(recordExternalTrainingOnBehalf, admin, entry(w.people.staff1.id, { file: file(HTML) })));
    expect(bad.fieldErrors).toMatchObject({ file: ["external.errors.file.type"] });
    const noFile = await refusal(executeCommand(recordExternalTrainingOnBehalf, admin, { ...entry(w.people.staff1.id), file: undefined }));
    expect(noFile.fieldErrors).toMatchObject({ file: ["external.errors.file.required"] });

    await executeCommand(recordExternalTrainingOnBehalf, admin, entry(w.people.staff1.id, { certificateNumber: "LKPP/2025/SAMA" }));
    const twice = await refusal(executeCommand(recordExternalTrainingOnBehalf, admin, entry(w.people.staff1.id, { certificateNumber: "lkpp/2025/sama" })));
    expect(twice.message).toBe("external.duplicate.warning");

    await db.yearClose.create({ data: { agencyId: w.agencyA.id, year: 2024, closedById: w.users.admin.id, evaluatedOn: new Date("2024-12-31"), employeeCount: 0, contentHash: "x" } });
    const closed = await refusal(executeCommand(recordExternalTrainingOnBehalf, admin, entry(w.people.staff1.id, { startDate: "2024-05-01", endDate: "2024-05-02" })));
    expect(closed.fieldErrors).toMatchObject({ reason: ["external.errors.reasonClosedYear"] });
    await executeCommand(recordExternalTrainingOnBehalf, admin, entry(w.people.staff1.id, { startDate: "2024-05-01", endDate: "2024-05-02", reason: "Sertifikat baru diterima" }));
    expect((await jpOf(w.people.staff1.id, 2024)).totalMinutes).toBe(540);
    expect(await db.externalTraining.count({ where: { employeeId: w.people.staff1.id } })).toBe(2);
  });
});

describe("who may record for whom", () => {
  it("lets an operator record for their unit subtree only, never for another unit or for themselves", async () => {
    const operatorX = await w.viewer(w.users.operatorX); // operator of Dinas X, employed (as "other") in Dinas Y
    await executeCommand(recordExternalTrainingOnBehalf, operatorX, entry(w.people.staff2.id)); // Bidang X1, under Dinas X
    expect((await jpOf(w.people.staff2.id)).totalMinutes).toBe(540);

    const outside = await refusal(executeCommand(recordExternalTrainingOnBehalf, await w.viewer(w.users.operatorY), entry(w.people.staff1.id)));
    expect(outside.code).toBe("NOT_FOUND");
    const otherAgency = await refusal(executeCommand(recordExternalTrainingOnBehalf, await w.viewer(w.users.admin), entry(w.people.outsider.id)));
    expect(otherAgency.code).toBe("NOT_FOUND");

    // The admin's own record is refused too: an admin who is also an ASN submits from "JP saya".
    await db.userRole.create({ data: { agencyId: w.agencyA.id, userId: w.users.operatorX.id, role: "OPERATOR", unitId: w.units.dinasY.id } });
    const self = await refusal(executeCommand(recordExternalTrainingOnBehalf, await w.viewer(w.users.operatorX), entry(w.people.other.id)));
    expect(self).toMatchObject({ code: "FORBIDDEN", message: "ledgerAdmin.errors.ownRecord" });

    for (const user of [w.users.kabid, w.users.staff1]) {
      expect((await refusal(executeCommand(recordExternalTrainingOnBehalf, await w.viewer(user), entry(w.people.staff1.id)))).code).toBe("FORBIDDEN");
    }
    expect(await db.externalTraining.count({ where: { employeeId: { in: [w.people.staff1.id, w.people.other.id] } } })).toBe(0);

    // The page's query follows the same scope.
    expect(await ledgerPerson(await w.viewer(w.users.operatorY), w.people.staff1.id, "record:external-training-on-behalf")).toBeNull();
    expect((await ledgerPerson(await w.viewer(w.users.operatorY), w.people.other.id, "record:external-training-on-behalf"))?.id).toBe(w.people.other.id);
  });
});
