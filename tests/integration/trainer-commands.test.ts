import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { assignTrainer, unassignTrainer } from "@/lib/catalog/trainer-commands";
import { listBatchTrainers } from "@/lib/catalog/trainer-queries";
import { db } from "@/lib/db";
import { formatNip } from "@/lib/people/nip";
import { openBatch } from "./training-world";
import { buildWorld, refusal, type World } from "./world";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

const twoSessions = [
  { date: "2030-03-02", startMinute: 480, endMinute: 600, title: "Kebijakan data", kind: "LEARNING" },
  { date: "2030-03-02", startMinute: 660, endMinute: 780, title: "Praktik tata kelola", kind: "LEARNING" },
];

async function sessionsOf(batchId: string) {
  return db.rundownSession.findMany({ where: { batchId }, orderBy: { startMinute: "asc" } });
}

describe("assigning trainers to a batch", () => {
  it("assigns an internal trainer by NIP, taking the name from the employee, and writes audit rows", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin, { sessions: twoSessions });
    const sessions = await sessionsOf(batchId);
    const result = await executeCommand(assignTrainer, admin, {
      mode: "internal", batchId, kind: "WIDYAISWARA", nip: formatNip(w.people.kabid.nip), sessionIds: sessions.map((s) => s.id),
    });
    expect(result).toMatchObject({ created: true, added: 2 });
    const trainer = await db.trainer.findUniqueOrThrow({ where: { id: result.trainerId } });
    expect(trainer).toMatchObject({ agencyId: w.agencyA.id, employeeId: w.people.kabid.id, name: w.people.kabid.name, kind: "WIDYAISWARA", external: false });
    expect(await db.auditLog.count({ where: { entity: "Trainer", entityId: trainer.id } })).toBe(2);

    // Again by NIP: the same trainer is reused, nothing is duplicated.
    const again = await executeCommand(assignTrainer, admin, { mode: "internal", batchId, kind: "WIDYAISWARA", nip: w.people.kabid.nip, sessionIds: [sessions[0]!.id] });
    expect(again).toMatchObject({ trainerId: trainer.id, created: false, added: 0 });

    const listed = await listBatchTrainers(admin, batchId);
    expect(listed?.trainers.map((t) => [t.name, t.sessions.map((s) => s.title)])).toEqual([[w.people.kabid.name, ["Kebijakan data", "Praktik tata kelola"]]]);
    expect(listed?.trainers[0]?.nip).toBe(w.people.kabid.nip);

    // The ASN now holds the TRAINER role (once), so /mengajar and the attendance grid open for them.
    const roles = await db.userRole.findMany({ where: { userId: w.users.kabid.id, role: "TRAINER" } });
    expect(roles).toHaveLength(1);
  });

  it("refuses a NIP that is not an employee of the agency", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin);
    const [session] = await sessionsOf(batchId);
    const error = await refusal(executeCommand(assignTrainer, admin, { mode: "internal", batchId, kind: "NARASUMBER", nip: w.people.outsider.nip, sessionIds: [session!.id] }));
    expect(error.fieldErrors?.nip).toEqual(["trainingAdmin.trainers.nipNotFound"]);
    const malformed = await refusal(executeCommand(assignTrainer, admin, { mode: "internal", batchId, kind: "NARASUMBER", nip: "123", sessionIds: [session!.id] }));
    expect(malformed.fieldErrors?.nip?.[0]).toMatch(/^nip\./);
  });

  it("assigns an external trainer, then an existing one from the select", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin, { sessions: twoSessions });
    const [first, second] = await sessionsOf(batchId);
    const missing = await refusal(executeCommand(assignTrainer, admin, { mode: "external", batchId, kind: "NARASUMBER", name: "", institution: "", sessionIds: [] }));
    expect(missing.fieldErrors).toMatchObject({
      name: ["trainingAdmin.trainers.nameRequired"], institution: ["trainingAdmin.trainers.institutionRequired"], sessionIds: ["trainingAdmin.trainers.sessionsRequired"],
    });

    const { trainerId } = await executeCommand(assignTrainer, admin, {
      mode: "external", batchId, kind: "NARASUMBER", name: "Dr. Rina Kusuma, M.Si.", institution: "Universitas Uji", sessionIds: [first!.id],
    });
    expect(await db.trainer.findUniqueOrThrow({ where: { id: trainerId } })).toMatchObject({ external: true, employeeId: null, institution: "Universitas Uji", kind: "NARASUMBER" });
    await executeCommand(assignTrainer, admin, { mode: "existing", batchId, trainerId, sessionIds: [second!.id] });
    expect(await db.sessionTrainer.count({ where: { trainerId } })).toBe(2);
  });

  it("unassigns one trainer-session ('lepas') with an audit row", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin, { sessions: twoSessions });
    const [first, second] = await sessionsOf(batchId);
    const { trainerId } = await executeCommand(assignTrainer, admin, {
      mode: "external", batchId, kind: "NARASUMBER", name: "Budi Santoso", institution: "LAN RI", sessionIds: [first!.id, second!.id],
    });
    await executeCommand(unassignTrainer, admin, { batchId, sessionId: first!.id, trainerId });
    expect((await db.sessionTrainer.findMany({ where: { trainerId } })).map((l) => l.sessionId)).toEqual([second!.id]);
    expect(await db.auditLog.count({ where: { entity: "Trainer", entityId: trainerId, action: "unassign" } })).toBe(1);
    expect((await refusal(executeCommand(unassignTrainer, admin, { batchId, sessionId: first!.id, trainerId }))).code).toBe("NOT_FOUND");

    await executeCommand(unassignTrainer, admin, { batchId, sessionId: second!.id, trainerId });
    expect((await listBatchTrainers(admin, batchId))?.trainers).toEqual([]);
  });

  it("refuses a session of another batch, and a cancelled session", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin, { sessions: twoSessions });
    const other = await openBatch(admin);
    const [otherSession] = await sessionsOf(other.batchId);
    const [first, second] = await sessionsOf(batchId);
    const input = { mode: "external", batchId, kind: "NARASUMBER", name: "Budi Santoso", institution: "LAN RI" } as const;
    const foreign = await refusal(executeCommand(assignTrainer, admin, { ...input, sessionIds: [first!.id, otherSession!.id] }));
    expect(foreign.fieldErrors?.sessionIds).toEqual(["trainingAdmin.trainers.sessionInvalid"]);

    await db.rundownSession.update({ where: { id: second!.id }, data: { cancelled: true } });
    const cancelled = await refusal(executeCommand(assignTrainer, admin, { ...input, sessionIds: [second!.id] }));
    expect(cancelled.fieldErrors?.sessionIds).toEqual(["trainingAdmin.trainers.sessionInvalid"]);
    expect(await db.sessionTrainer.count({ where: { session: { batchId } } })).toBe(0);
    expect(await db.trainer.count({ where: { agencyId: w.agencyA.id } })).toBe(0);
  });

  it("refuses an ASN viewer and another agency's admin", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin);
    const [session] = await sessionsOf(batchId);
    const input = { mode: "internal", batchId, kind: "NARASUMBER", nip: w.people.staff1.nip, sessionIds: [session!.id] };
    expect((await refusal(executeCommand(assignTrainer, await w.viewer(w.users.staff1), input))).code).toBe("FORBIDDEN");
    expect((await refusal(executeCommand(assignTrainer, await w.viewer(w.users.adminB), input))).code).toBe("NOT_FOUND");
    await expect(listBatchTrainers(await w.viewer(w.users.staff1), batchId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await listBatchTrainers(await w.viewer(w.users.adminB), batchId)).toBeNull();
    expect(await db.sessionTrainer.count({ where: { session: { batchId } } })).toBe(0);
  });
});
