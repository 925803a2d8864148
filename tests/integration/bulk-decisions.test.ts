// Bulk decisions (issue 12): ticked registrations approved or rejected at once, ticked external submissions
// verified at once. Each item runs the single command in its own transaction: a refused item comes back with
// its reason and undoes nothing else, and every decided item has its own audit row.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executeCommand, executeForEach } from "@/lib/action";
import { db } from "@/lib/db";
import { decideAsAgency, decideAsSupervisor, registerSelf } from "@/lib/enrolment/commands";
import { rejectExternalTraining, submitExternalTraining, verifyExternalTraining } from "@/lib/external/commands";
import { getExternalTraining } from "@/lib/external/queries";
import { id as messages } from "@/lib/i18n/messages/id";
import { createUser } from "../factories/db";
import { openBatch } from "./training-world";
import { buildWorld, type World } from "./world";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

const auditOf = (entityIds: string[]) =>
  db.auditLog.findMany({ where: { entityId: { in: entityIds } }, select: { entityId: true, action: true, actorUserId: true } });

/** The outcomes as [id, status or refusal] pairs, in the order asked. */
const outcomesOf = (outcomes: Awaited<ReturnType<typeof executeForEach<never, { status: string }>>>) =>
  outcomes.map((o) => [o.id, o.ok ? o.data.status : `refused: ${o.message}`]);

describe("a supervisor's bulk decision", () => {
  it("approves their staff's registrations one by one, and refuses the one outside their team, with its reason", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin);
    const staff2User = await createUser(db, { agencyId: w.agencyA.id, employeeId: w.people.staff2.id, roles: [{ role: "ASN" }] });
    const first = await executeCommand(registerSelf, await w.viewer(w.users.staff1), { batchId });
    const second = await executeCommand(registerSelf, await w.viewer(staff2User), { batchId });
    // The head of Dinas X supervises the Kabid, not these two: the Kabid's registration is out of his team.
    const notMine = await executeCommand(registerSelf, await w.viewer(w.users.kabid), { batchId });
    const selection = [first.enrolmentId, notMine.enrolmentId, second.enrolmentId];
    const auditBefore = await auditOf(selection);

    const kabid = await w.viewer(w.users.kabid);
    const outcomes = await executeForEach(decideAsSupervisor, kabid, selection.map((id) => ({ id, input: { enrolmentId: id, approve: true, note: "" } })), messages);

    expect(outcomesOf(outcomes)).toEqual([
      [first.enrolmentId, "PENDING_AGENCY"],
      [notMine.enrolmentId, `refused: ${messages.common.notFound}`],
      [second.enrolmentId, "PENDING_AGENCY"],
    ]);
    const statuses = await db.enrolment.findMany({ where: { id: { in: selection } }, select: { id: true, status: true } });
    expect(Object.fromEntries(statuses.map((e) => [e.id, e.status]))).toEqual({
      [first.enrolmentId]: "PENDING_AGENCY", [second.enrolmentId]: "PENDING_AGENCY", [notMine.enrolmentId]: "PENDING_SUPERVISOR",
    });
    // One audit row per decided item, by the supervisor; none for the refused one.
    const added = (await auditOf(selection)).filter((a) => a.action.startsWith("supervisor-"));
    expect(auditBefore.filter((a) => a.action.startsWith("supervisor-"))).toEqual([]);
    expect(added.map((a) => [a.entityId, a.action, a.actorUserId]).sort()).toEqual(
      [[first.enrolmentId, "supervisor-approve", w.users.kabid.id], [second.enrolmentId, "supervisor-approve", w.users.kabid.id]].sort(),
    );
  });

  it("rejects with the one reason, and a row decided meanwhile is refused without undoing the others", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin);
    const staff2User = await createUser(db, { agencyId: w.agencyA.id, employeeId: w.people.staff2.id, roles: [{ role: "ASN" }] });
    const first = await executeCommand(registerSelf, await w.viewer(w.users.staff1), { batchId });
    const second = await executeCommand(registerSelf, await w.viewer(staff2User), { batchId });
    const kabid = await w.viewer(w.users.kabid);
    // The first was approved a moment earlier (another tab): the bulk rejection must not touch it.
    await executeCommand(decideAsSupervisor, kabid, { enrolmentId: first.enrolmentId, approve: true, note: "" });

    const note = "Beban kerja akhir tahun";
    const outcomes = await executeForEach(decideAsSupervisor, kabid, [first, second].map((r) => ({ id: r.enrolmentId, input: { enrolmentId: r.enrolmentId, approve: false, note } })), messages);
    expect(outcomesOf(outcomes)).toEqual([
      [first.enrolmentId, `refused: ${messages.enrolment.problem.alreadyDecided}`],
      [second.enrolmentId, "REJECTED"],
    ]);
    expect(await db.enrolment.findUniqueOrThrow({ where: { id: first.enrolmentId }, select: { status: true } })).toEqual({ status: "PENDING_AGENCY" });
    expect(await db.enrolment.findUniqueOrThrow({ where: { id: second.enrolmentId }, select: { status: true, rejectedReason: true } }))
      .toEqual({ status: "REJECTED", rejectedReason: note });
    expect((await auditOf([first.enrolmentId, second.enrolmentId])).map((a) => a.action).sort()).toEqual(["register", "register", "supervisor-approve", "supervisor-reject"]);
  });

  it("refuses every item for a viewer without the permission, before any is tried", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin);
    const first = await executeCommand(registerSelf, await w.viewer(w.users.staff1), { batchId });
    const asn = await w.viewer(w.users.staff1);
    await expect(executeForEach(decideAsSupervisor, asn, [{ id: first.enrolmentId, input: { enrolmentId: first.enrolmentId, approve: true, note: "" } }], messages))
      .rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.enrolment.findUniqueOrThrow({ where: { id: first.enrolmentId }, select: { status: true } })).toEqual({ status: "PENDING_SUPERVISOR" });
  });
});

describe("the agency's bulk decision", () => {
  it("seats in order until the batch is full, waitlists the rest, refuses a decided one; one audit row each", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin, { capacity: 1 });
    // Without a supervisor the registration goes straight to the agency.
    const operator = await executeCommand(registerSelf, await w.viewer(w.users.operatorX), { batchId });
    const staff = await executeCommand(registerSelf, await w.viewer(w.users.staff1), { batchId });
    await executeCommand(decideAsSupervisor, await w.viewer(w.users.kabid), { enrolmentId: staff.enrolmentId, approve: true, note: "" });
    const head = await executeCommand(registerSelf, await w.viewer(w.users.head), { batchId });
    await executeCommand(decideAsAgency, admin, { enrolmentId: head.enrolmentId, approve: false, note: "Kuota OPD penuh" });
    const selection = [operator.enrolmentId, head.enrolmentId, staff.enrolmentId];

    const outcomes = await executeForEach(decideAsAgency, admin, selection.map((id) => ({ id, input: { enrolmentId: id, approve: true, note: "" } })), messages);
    expect(outcomesOf(outcomes)).toEqual([
      [operator.enrolmentId, "CONFIRMED"],
      [head.enrolmentId, `refused: ${messages.enrolment.problem.alreadyDecided}`],
      [staff.enrolmentId, "WAITLISTED"],
    ]);
    expect((await db.batch.findUniqueOrThrow({ where: { id: batchId } })).confirmedCount).toBe(1);
    const agencyAudit = (await auditOf(selection)).filter((a) => a.action.startsWith("agency-"));
    expect(agencyAudit.map((a) => [a.entityId, a.action]).sort()).toEqual(
      [[operator.enrolmentId, "agency-confirmed"], [staff.enrolmentId, "agency-waitlisted"], [head.enrolmentId, "agency-rejected"]].sort(),
    );
  });
});

describe("bulk verification of external training", () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bangkom-bulk-files-"));
    process.env.BANGKOM_DATA_DIR = dataDir;
  });
  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    delete process.env.BANGKOM_DATA_DIR;
  });

  const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
  let n = 0;
  const submission = () => {
    n += 1;
    return {
      title: `Webinar Manajemen Risiko ${n}`, organiser: "BPKP", routeCode: "KL10", startDate: "2025-05-05", endDate: "2025-05-05",
      minutes: "180", certificateNumber: `BPKP/2025/${n}`, file: new File([PDF as Uint8Array<ArrayBuffer>], "sertifikat.pdf", { type: "application/pdf" }),
    };
  };

  it("credits each verified one exactly once; a decided one and another unit's are refused with their reasons", async () => {
    const asn = await w.viewer(w.users.staff1);
    const operatorX = await w.viewer(w.users.operatorX); // operator of Dinas X (staff1's OPD)
    const a = await executeCommand(submitExternalTraining, asn, submission());
    const b = await executeCommand(submitExternalTraining, asn, submission());
    const decided = await executeCommand(submitExternalTraining, asn, submission());
    await executeCommand(rejectExternalTraining, await w.viewer(w.users.admin), { id: decided.id, reason: "Sertifikat tidak terbaca" });
    // The operator's own submission (he is an employee of Dinas Y): outside his unit, so not found for him.
    const own = await executeCommand(submitExternalTraining, operatorX, submission());
    const selection = [a.id, decided.id, own.id, b.id];

    const outcomes = await executeForEach(verifyExternalTraining, operatorX, selection.map((id) => ({ id, input: { id, reason: "" } })), messages);
    expect(outcomes.map((o) => [o.id, o.ok ? o.data.minutes : o.message])).toEqual([
      [a.id, 180],
      [decided.id, messages.external.errors.alreadyDecided],
      [own.id, messages.common.notFound],
      [b.id, 180],
    ]);
    const ledger = await db.ledgerEntry.findMany({ where: { externalTrainingId: { in: selection } }, select: { externalTrainingId: true, minutes: true } });
    expect(ledger.map((l) => [l.externalTrainingId, l.minutes]).sort()).toEqual([[a.id, 180], [b.id, 180]].sort());
    const verifyAudit = (await auditOf(selection)).filter((x) => x.action === "verify");
    expect(verifyAudit.map((x) => [x.entityId, x.actorUserId]).sort()).toEqual([[a.id, w.users.operatorX.id], [b.id, w.users.operatorX.id]].sort());
    expect((await db.externalTraining.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("SUBMITTED");
  });

  it("the submission page's query finds only the viewer's own, even for one who may verify it", async () => {
    const asn = await w.viewer(w.users.staff1);
    const { id } = await executeCommand(submitExternalTraining, asn, submission());
    expect((await getExternalTraining(asn, id, "read:external-training", { ownOnly: true }))?.id).toBe(id);
    const operatorX = await w.viewer(w.users.operatorX);
    expect((await getExternalTraining(operatorX, id, "read:external-training"))?.id).toBe(id);
    expect(await getExternalTraining(operatorX, id, "read:external-training", { ownOnly: true })).toBeNull();
    expect(await getExternalTraining(await w.viewer(w.users.admin), id, "read:external-training", { ownOnly: true })).toBeNull();
  });
});
