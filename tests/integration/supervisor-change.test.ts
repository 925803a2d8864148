import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { db } from "@/lib/db";
import { changeSupervisor } from "@/lib/people/commands";
import { buildWorld, refusal, type World } from "./world";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});


const auditRows = (entityId: string) => db.auditLog.findMany({ where: { entityId, entity: "Employee.supervisor" } });

describe("changing a direct supervisor", () => {
  it("lets an admin move a staff member to another supervisor and records before and after", async () => {
    const admin = await w.viewer(w.users.admin);
    await executeCommand(changeSupervisor, admin, { employeeId: w.people.staff1.id, supervisorNip: w.people.head.nip });

    const staff = await db.employee.findUniqueOrThrow({ where: { id: w.people.staff1.id } });
    expect(staff.supervisorId).toBe(w.people.head.id);
    const [audit, ...more] = await auditRows(w.people.staff1.id);
    expect(more).toHaveLength(0);
    expect(audit).toMatchObject({
      action: "update",
      actorUserId: w.users.admin.id,
      agencyId: w.agencyA.id,
      before: { supervisorId: w.people.kabid.id },
      after: { supervisorId: w.people.head.id },
    });
  });

  it("accepts the NIP in its spaced display form and removes the supervisor when it is left empty", async () => {
    const admin = await w.viewer(w.users.admin);
    const n = w.people.head.nip;
    const spaced = `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`;
    await executeCommand(changeSupervisor, admin, { employeeId: w.people.other.id, supervisorNip: spaced });
    expect((await db.employee.findUniqueOrThrow({ where: { id: w.people.other.id } })).supervisorId).toBe(w.people.head.id);

    await executeCommand(changeSupervisor, admin, { employeeId: w.people.other.id, supervisorNip: "" });
    expect((await db.employee.findUniqueOrThrow({ where: { id: w.people.other.id } })).supervisorId).toBeNull();
  });

  it("rejects a cycle: the head cannot report to someone who (indirectly) reports to the head", async () => {
    const admin = await w.viewer(w.users.admin);
    const error = await refusal(executeCommand(changeSupervisor, admin, { employeeId: w.people.head.id, supervisorNip: w.people.staff1.nip }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.supervisorNip).toEqual(["supervisorChange.cycle"]);
    expect(error.values?.name).toContain("Staf Satu");

    expect((await db.employee.findUniqueOrThrow({ where: { id: w.people.head.id } })).supervisorId).toBeNull();
    expect(await auditRows(w.people.head.id)).toHaveLength(0);
  });

  it("rejects making someone their own supervisor", async () => {
    const admin = await w.viewer(w.users.admin);
    const error = await refusal(executeCommand(changeSupervisor, admin, { employeeId: w.people.kabid.id, supervisorNip: w.people.kabid.nip }));
    expect(error.fieldErrors?.supervisorNip).toEqual(["supervisorChange.self"]);
  });

  it("rejects a supervisor from another agency as an unknown NIP (it must not tell that the NIP exists elsewhere)", async () => {
    const admin = await w.viewer(w.users.admin);
    const error = await refusal(executeCommand(changeSupervisor, admin, { employeeId: w.people.staff1.id, supervisorNip: w.people.outsider.nip }));
    expect(error.fieldErrors?.supervisorNip).toEqual(["supervisorChange.notFound"]);
    expect((await db.employee.findUniqueOrThrow({ where: { id: w.people.staff1.id } })).supervisorId).toBe(w.people.kabid.id);
  });

  it("rejects a malformed NIP and an unknown one with field errors", async () => {
    const admin = await w.viewer(w.users.admin);
    const malformed = await refusal(executeCommand(changeSupervisor, admin, { employeeId: w.people.staff1.id, supervisorNip: "12345" }));
    expect(malformed.fieldErrors?.supervisorNip).toEqual(["nip.length"]);
    const unknown = await refusal(executeCommand(changeSupervisor, admin, { employeeId: w.people.staff1.id, supervisorNip: "198001012005011999" }));
    expect(unknown.fieldErrors?.supervisorNip).toEqual(["supervisorChange.notFound"]);
  });

  it("lets an operator act inside their unit's subtree only", async () => {
    const operatorX = await w.viewer(w.users.operatorX);
    await executeCommand(changeSupervisor, operatorX, { employeeId: w.people.staff2.id, supervisorNip: w.people.head.nip });
    expect((await db.employee.findUniqueOrThrow({ where: { id: w.people.staff2.id } })).supervisorId).toBe(w.people.head.id);

    const operatorY = await w.viewer(w.users.operatorY);
    const error = await refusal(executeCommand(changeSupervisor, operatorY, { employeeId: w.people.staff1.id, supervisorNip: w.people.head.nip }));
    expect(error.code).toBe("NOT_FOUND");
  });

  it("refuses ASN, supervisors and another agency's admin", async () => {
    for (const user of [w.users.staff1, w.users.kabid]) {
      const error = await refusal(executeCommand(changeSupervisor, await w.viewer(user), { employeeId: w.people.staff1.id, supervisorNip: w.people.head.nip }));
      expect(error.code).toBe("FORBIDDEN");
    }
    const adminB = await w.viewer(w.users.adminB);
    const error = await refusal(executeCommand(changeSupervisor, adminB, { employeeId: w.people.staff1.id, supervisorNip: w.people.head.nip }));
    expect(error.code).toBe("NOT_FOUND");
    expect((await db.employee.findUniqueOrThrow({ where: { id: w.people.staff1.id } })).supervisorId).toBe(w.people.kabid.id);
  });

  it("never closes a cycle when two opposite changes race", async () => {
    const admin = await w.viewer(w.users.admin);
    // staff1 ← head and head ← staff1 at the same time: at most one may succeed.
    await executeCommand(changeSupervisor, admin, { employeeId: w.people.staff1.id, supervisorNip: "" });
    const results = await Promise.allSettled([
      executeCommand(changeSupervisor, admin, { employeeId: w.people.staff1.id, supervisorNip: w.people.other.nip }),
      executeCommand(changeSupervisor, admin, { employeeId: w.people.other.id, supervisorNip: w.people.staff1.nip }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [a, b] = await Promise.all([
      db.employee.findUniqueOrThrow({ where: { id: w.people.staff1.id } }),
      db.employee.findUniqueOrThrow({ where: { id: w.people.other.id } }),
    ]);
    expect(a.supervisorId === w.people.other.id && b.supervisorId === w.people.staff1.id).toBe(false);
  });
});
