import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { assignTrainer } from "@/lib/catalog/trainer-commands";
import { db } from "@/lib/db";
import { enrolByNip } from "@/lib/enrolment/admin-commands";
import { findNominee } from "@/lib/enrolment/queries";
import { AppError } from "@/lib/errors";
import { changeSupervisor } from "@/lib/people/commands";
import { openBatch } from "./training-world";
import { buildWorld, type World } from "./world";

// Issue 10, "cross-agency probing": wherever an admin or operator finds a person by NIP, a NIP that belongs to
// another agency gets exactly the answer a NIP nobody has gets, so no form tells who works where.

const UNKNOWN_NIP = "198001012005011999";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

/** Everything a refusal shows the user: code, message, field errors and their values. */
async function answer(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  const e = error as AppError;
  return { code: e.code, message: e.message, fieldErrors: e.fieldErrors, values: e.values };
}

describe("a NIP of another agency answers exactly as an unknown NIP", () => {
  it("when changing a supervisor", async () => {
    const admin = await w.viewer(w.users.admin);
    const ask = (supervisorNip: string) => answer(executeCommand(changeSupervisor, admin, { employeeId: w.people.staff1.id, supervisorNip }));
    const otherAgency = await ask(w.people.outsider.nip);
    expect(otherAgency).toEqual(await ask(UNKNOWN_NIP));
    expect(otherAgency.fieldErrors).toEqual({ supervisorNip: ["supervisorChange.notFound"] });
    // and an operator, who may change supervisors in their unit
    const operator = await w.viewer(w.users.operatorX);
    const byOperator = (supervisorNip: string) => answer(executeCommand(changeSupervisor, operator, { employeeId: w.people.staff2.id, supervisorNip }));
    expect(await byOperator(w.people.outsider.nip)).toEqual(await byOperator(UNKNOWN_NIP));
  });

  it("when an admin enrols directly by NIP", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin);
    const ask = (nip: string) => answer(executeCommand(enrolByNip, admin, { batchId, nip }));
    const otherAgency = await ask(w.people.outsider.nip);
    expect(otherAgency).toEqual(await ask(UNKNOWN_NIP));
    expect(otherAgency.fieldErrors).toEqual({ nip: ["trainingAdmin.enrol.nipNotFound"] });
  });

  it("when an internal trainer is named by NIP", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin);
    const sessionIds = (await db.rundownSession.findMany({ where: { batchId }, select: { id: true } })).map((s) => s.id);
    const ask = (nip: string) => answer(executeCommand(assignTrainer, admin, { mode: "internal", batchId, sessionIds, kind: "NARASUMBER", nip }));
    const otherAgency = await ask(w.people.outsider.nip);
    expect(otherAgency).toEqual(await ask(UNKNOWN_NIP));
    expect(otherAgency.fieldErrors).toEqual({ nip: ["trainingAdmin.trainers.nipNotFound"] });
  });

  it("when an operator looks up a nominee", async () => {
    const admin = await w.viewer(w.users.admin);
    const { batchId } = await openBatch(admin);
    const operator = await w.viewer(w.users.operatorX);
    expect(await findNominee(operator, w.people.outsider.nip, batchId)).toBeNull();
    expect(await findNominee(operator, UNKNOWN_NIP, batchId)).toBeNull();
    expect(await findNominee(operator, w.people.staff1.nip, batchId)).not.toBeNull(); // the lookup does work in scope
  });

  it("changes nothing either way", async () => {
    expect((await db.employee.findUniqueOrThrow({ where: { id: w.people.staff1.id } })).supervisorId).toBe(w.people.kabid.id);
    expect(await db.auditLog.count({ where: { entity: "Employee.supervisor" } })).toBe(0);
  });
});
