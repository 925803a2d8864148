// The agency admin's training management reads (lib/catalog/admin-queries.ts) and the enrol-by-NIP command,
// against real PostgreSQL: figures, filters, queue positions, and tenant isolation.
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { batchFormData, competencyOptions, getBatch, getProgram, listBatchEnrolments, listPrograms } from "@/lib/catalog/admin-queries";
import { changeSession, createProgram } from "@/lib/catalog/commands";
import { createBatch } from "@/lib/batch/lifecycle";
import { db } from "@/lib/db";
import { enrolByNip } from "@/lib/enrolment/admin-commands";
import { decideAsAgency, registerSelf } from "@/lib/enrolment/commands";
import { formatNip } from "@/lib/people/nip";
import { createCompetencyCatalog } from "../factories/db";
import { openBatch } from "./training-world";
import { buildWorld, refusal, type World } from "./world";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});


const at = (h: number, m = 0) => h * 60 + m;

/** A program with two competencies, two budget lines (one taxed) and one batch with a mixed rundown. */
async function richProgram() {
  const admin = await w.viewer(w.users.admin);
  const competencies = await createCompetencyCatalog(db, w.agencyA.id);
  const { programId } = await executeCommand(createProgram, admin, {
    title: "Capacity Building Camat dan Lurah",
    description: "Penguatan peran camat dan lurah.",
    objectives: "Memahami pelayanan publik.\nMemperkuat koordinasi.",
    routeCode: "KL12",
    organiser: "BKPP Kota Uji",
    isLeadership: false,
    eligibleTypes: ["ADMINISTRATOR", "PENGAWAS"],
    competencies: [
      { competencyId: competencies.get("M.05")!, targetLevel: 3 },
      { competencyId: competencies.get("M.02")!, targetLevel: 2 },
    ],
    budgetLines: [
      { item: "Paket fullboard", volume: 210, unit: "OH", unitPrice: 143000, fundSource: "PAD" },
      { item: "Honor narasumber", volume: 2, unit: "JP", unitPrice: 100000, taxBasisPoints: 1100, fundSource: "PAD" },
    ],
  });
  const d1 = "2030-06-03";
  const { batchId } = await executeCommand(createBatch, admin, {
    programId,
    number: 1,
    startDate: d1,
    endDate: "2030-06-04",
    venue: "Hotel Uji",
    capacity: 2,
    registrationOpensAt: new Date(Date.now() - 86_400_000).toISOString(),
    registrationClosesAt: new Date(Date.now() + 86_400_000).toISOString(),
    quotas: [{ unitId: w.units.dinasX.id, seats: 1 }, { unitId: w.units.dinasY.id, seats: 1 }],
    sessions: [
      { date: d1, startMinute: at(8), endMinute: at(8, 5), title: "Pembukaan", kind: "OPENING_CLOSING" },
      { date: d1, startMinute: at(9), endMinute: at(11), title: "Penyampaian materi", kind: "LEARNING" },
      { date: d1, startMinute: at(12), endMinute: at(13), title: "Makan siang", kind: "MEAL" },
      { date: d1, startMinute: at(13), endMinute: at(15), title: "Outbound", kind: "OUTBOUND" },
    ],
  });
  return { admin, programId, batchId, competencies };
}

describe("listPrograms", () => {
  it("lists the agency's programs with batch count and budget total, searchable and filterable", async () => {
    const { admin } = await richProgram();
    await openBatch(admin); // "Bimbingan Teknis Tata Kelola Data", KL10, 210 × Rp143.000

    const all = await listPrograms(admin, {});
    expect(all.total).toBe(2);
    const rich = all.rows.find((r) => r.title.startsWith("Capacity"))!;
    expect(rich).toMatchObject({ routeCode: "KL12", organiser: "BKPP Kota Uji", batchCount: 1, budgetTotal: 30_030_000 + 222_000 });

    const search = await listPrograms(admin, { q: "  tata KELOLA " });
    expect(search.rows.map((r) => r.title)).toEqual(["Bimbingan Teknis Tata Kelola Data"]);
    expect((await listPrograms(admin, { routeCode: "KL12" })).rows.map((r) => r.routeCode)).toEqual(["KL12"]);
    expect((await listPrograms(admin, { routeCode: "KL01" })).total).toBe(0);
    expect((await listPrograms(admin, { q: "tidak ada judul seperti ini" })).rows).toEqual([]);
  });

  it("pages by 25, newest first, and clamps a page past the end", async () => {
    const admin = await w.viewer(w.users.admin);
    await db.program.createMany({
      data: Array.from({ length: 27 }, (_, i) => ({
        agencyId: w.agencyA.id, title: `Program ${String(i).padStart(2, "0")}`, description: "", objectives: "", routeCode: "KL03" as const, organiser: "BKPP",
        createdAt: new Date(Date.UTC(2030, 0, 1, 0, i)),
      })),
    });
    const first = await listPrograms(admin, { page: 1 });
    expect(first).toMatchObject({ total: 27, pages: 2, from: 1, to: 25 });
    expect(first.rows[0]!.title).toBe("Program 26");
    const last = await listPrograms(admin, { page: 9 });
    expect(last).toMatchObject({ page: 2, from: 26, to: 27 });
    expect(last.rows.map((r) => r.budgetTotal)).toEqual([0, 0]);
  });

  it("refuses anyone without manage:program, and shows another agency's admin nothing", async () => {
    await richProgram();
    for (const user of [w.users.staff1, w.users.kabid, w.users.operatorY]) {
      expect((await refusal(listPrograms(await w.viewer(user), {}))).code).toBe("FORBIDDEN");
    }
    expect((await listPrograms(await w.viewer(w.users.adminB), {})).total).toBe(0);
  });
});

describe("getProgram and competencyOptions", () => {
  it("returns competencies, budget lines with their totals, and batches with planned JP", async () => {
    const { admin, programId } = await richProgram();
    const program = (await getProgram(admin, programId))!;
    expect(program.competencies.map((c) => [c.code, c.targetLevel])).toEqual([["M.02", 2], ["M.05", 3]]);
    expect(program.eligibleTypes).toEqual(["ADMINISTRATOR", "PENGAWAS"]);
    expect(program.budgetLines.map((l) => [l.item, l.total])).toEqual([["Paket fullboard", 30_030_000], ["Honor narasumber", 222_000]]);
    expect(program.budgetTotal).toBe(30_252_000);
    expect(program.batches).toHaveLength(1);
    expect(program.batches[0]).toMatchObject({ number: 1, status: "DRAFT", capacity: 2, confirmedCount: 0, plannedMinutes: 120 });
  });

  it("counts the session kinds of the agency's policy for the batch's year", async () => {
    const { admin, programId } = await richProgram();
    await db.agencyPolicy.create({ data: { agencyId: w.agencyA.id, year: 2030, countedRouteCodes: [], jpSessionKinds: ["LEARNING", "OUTBOUND"] } });
    expect((await getProgram(admin, programId))!.batches[0]!.plannedMinutes).toBe(240);
  });

  it("finds nothing for another agency, a malformed id or a forbidden viewer", async () => {
    const { programId } = await richProgram();
    expect(await getProgram(await w.viewer(w.users.adminB), programId)).toBeNull();
    expect(await getProgram(await w.viewer(w.users.admin), "not-a-uuid")).toBeNull();
    expect((await refusal(getProgram(await w.viewer(w.users.staff1), programId))).code).toBe("FORBIDDEN");
    expect(await competencyOptions(await w.viewer(w.users.adminB))).toEqual([]);
    expect((await competencyOptions(await w.viewer(w.users.admin))).length).toBeGreaterThan(8);
  });
});

describe("batchFormData", () => {
  it("offers the next free number, the agency's units and the JP session kinds", async () => {
    const { admin, programId } = await richProgram();
    const data = (await batchFormData(admin, programId))!;
    expect(data.program.id).toBe(programId);
    expect(data.nextNumber).toBe(2);
    expect(data.units.map((u) => u.name).sort()).toEqual(["Bidang X1", "Dinas X", "Dinas Y"]);
    expect(data.countedKinds).toEqual(["LEARNING"]);
    expect(await batchFormData(await w.viewer(w.users.adminB), programId)).toBeNull();
    expect((await refusal(batchFormData(await w.viewer(w.users.staff1), programId))).code).toBe("FORBIDDEN");
  });
});

describe("getBatch", () => {
  it("shows planned against held JP after a session is shortened, quotas with unit names, and counts", async () => {
    const { admin, batchId } = await richProgram();
    const learning = await db.rundownSession.findFirstOrThrow({ where: { batchId, kind: "LEARNING" } });
    await executeCommand(changeSession, admin, { sessionId: learning.id, endMinute: at(10), reason: "Dipotong untuk agenda pimpinan" });

    const batch = (await getBatch(admin, batchId))!;
    expect(batch.program.title).toBe("Capacity Building Camat dan Lurah");
    expect(batch.plannedMinutes).toBe(120);
    expect(batch.heldMinutes).toBe(60);
    expect(batch.sessions.map((s) => s.title)).toEqual(["Pembukaan", "Penyampaian materi", "Makan siang", "Outbound"]);
    expect(batch.sessions[1]).toMatchObject({ changeReason: "Dipotong untuk agenda pimpinan", plannedMinutes: 120, endMinute: at(10) });
    expect(batch.quotas.map((q) => [q.unitName, q.seats]).sort()).toEqual([["Dinas X", 1], ["Dinas Y", 1]]);
    expect(batch.statusCounts).toEqual({});

    expect(await getBatch(await w.viewer(w.users.adminB), batchId)).toBeNull();
    expect(await getBatch(admin, "1234")).toBeNull();
    expect((await refusal(getBatch(await w.viewer(w.users.staff1), batchId))).code).toBe("FORBIDDEN");
  });
});

describe("listBatchEnrolments", () => {
  it("orders registrations, numbers the queue and the waiting list, and filters by status, name and NIP", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin, { capacity: 1 });
    const a = await executeCommand(registerSelf, await w.viewer(w.users.operatorX), { batchId }); // "other": no supervisor
    const b = await executeCommand(registerSelf, await w.viewer(w.users.head), { batchId }); // no supervisor either
    const c = await executeCommand(registerSelf, await w.viewer(w.users.staff1), { batchId }); // waits for kabid
    await executeCommand(decideAsAgency, admin, { enrolmentId: a.enrolmentId, approve: true, note: "" });
    await executeCommand(decideAsAgency, admin, { enrolmentId: b.enrolmentId, approve: true, note: "" });

    const page = (await listBatchEnrolments(admin, batchId))!;
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => [r.id, r.status, r.queuePosition, r.waitlistPosition])).toEqual([
      [c.enrolmentId, "PENDING_SUPERVISOR", null, null],
      [a.enrolmentId, "CONFIRMED", 1, null],
      [b.enrolmentId, "WAITLISTED", 2, 1],
    ]);
    expect(page.rows[1]!.employee).toMatchObject({ name: "Pegawai Dinas Y", unit: { name: "Dinas Y" } });

    expect((await listBatchEnrolments(admin, batchId, { status: "WAITLISTED" }))!.rows.map((r) => r.id)).toEqual([b.enrolmentId]);
    expect((await listBatchEnrolments(admin, batchId, { q: "staf" }))!.rows.map((r) => r.id)).toEqual([c.enrolmentId]);
    const nip = formatNip(w.people.head.nip).slice(0, 15); // typed with spaces, a prefix
    expect((await listBatchEnrolments(admin, batchId, { q: nip }))!.rows.map((r) => r.id)).toEqual([b.enrolmentId]);

    expect(await listBatchEnrolments(await w.viewer(w.users.adminB), batchId)).toBeNull();
    expect((await refusal(listBatchEnrolments(await w.viewer(w.users.kabid), batchId))).code).toBe("FORBIDDEN");
  });
});

describe("enrolByNip", () => {
  it("enrols an employee of the agency by NIP (as typed, with spaces), through enrolDirectly", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin, { capacity: 1 });
    const first = await executeCommand(enrolByNip, admin, { batchId, nip: formatNip(w.people.staff2.nip) });
    expect(first.status).toBe("CONFIRMED");
    const second = await executeCommand(enrolByNip, admin, { batchId, nip: w.people.kabid.nip });
    expect(second.status).toBe("WAITLISTED");

    const enrolment = await db.enrolment.findUniqueOrThrow({ where: { id: first.enrolmentId } });
    expect(enrolment).toMatchObject({ employeeId: w.people.staff2.id, origin: "ADMIN", status: "CONFIRMED" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entity: "Enrolment", entityId: first.enrolmentId } });
    expect(audit).toMatchObject({ action: "enrol-directly", actorUserId: w.users.admin.id });
  });

  it("refuses another agency's NIP, a malformed NIP, and a viewer who may not decide", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin);
    const outsider = await refusal(executeCommand(enrolByNip, admin, { batchId, nip: w.people.outsider.nip }));
    expect(outsider.fieldErrors).toEqual({ nip: ["trainingAdmin.enrol.nipNotFound"] });
    const malformed = await refusal(executeCommand(enrolByNip, admin, { batchId, nip: "1980 01" }));
    expect(malformed.fieldErrors).toEqual({ nip: ["nip.length"] });
    const asn = await refusal(executeCommand(enrolByNip, await w.viewer(w.users.staff1), { batchId, nip: w.people.staff2.nip }));
    expect(asn.code).toBe("FORBIDDEN");
    const otherAdmin = await refusal(executeCommand(enrolByNip, await w.viewer(w.users.adminB), { batchId, nip: w.people.outsider.nip }));
    expect(otherAdmin.code).toBe("NOT_FOUND");
    expect(await db.enrolment.count({ where: { batchId } })).toBe(0);
  });
});
