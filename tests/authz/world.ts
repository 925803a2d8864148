// The cast of the authorisation matrix (integration part): two agencies, and one actor per seat that matters.
//   agency A: Dinas X › Bidang X1; Dinas Y
//     kabid (Bidang X1) ← staff1 ("mine": the ASN actor), staff2 (the ASN's peer)
//     headY (Dinas Y) ← otherY ("otherUnit")
//   agency B: headB ← outsider ("otherAgency")
// Records are built fresh for every call (tests/authz/records.ts), so an allowed call never spoils the next one.
import { db } from "@/lib/db";
import { loadViewer, type Viewer } from "@/lib/auth/load-viewer";
import type { Role } from "@/lib/auth/permissions";
import { createAgency, createEmployee, createUnit, createUser } from "../factories/db";

export const ACTORS = ["asn", "peer", "supervisor", "supervisorY", "operator", "operatorY", "trainer", "admin", "adminB", "approver"] as const;
export type ActorKey = (typeof ACTORS)[number];

/** Whose record a command is pointed at: the ASN actor's own (also in the supervisor's team and the operator's unit), another unit's, another agency's. */
export const EMPLOYEE_TARGETS = ["mine", "otherUnit", "otherAgency"] as const;
/** A record of an agency (a batch, a program, a question set): the actors' own agency A, or agency B. */
export const AGENCY_TARGETS = ["homeAgency", "otherAgency"] as const;
export type TargetKey = (typeof EMPLOYEE_TARGETS)[number] | (typeof AGENCY_TARGETS)[number] | "none";

export async function buildAuthzWorld() {
  const agencyA = await createAgency(db, { name: "Pemerintah Kota Matriks" });
  const agencyB = await createAgency(db, { name: "Pemerintah Kabupaten Seberang" });
  const dinasX = await createUnit(db, agencyA.id, { name: "Dinas X" });
  const bidangX1 = await createUnit(db, agencyA.id, { name: "Bidang X1", parent: dinasX });
  const dinasY = await createUnit(db, agencyA.id, { name: "Dinas Y" });
  const unitB = await createUnit(db, agencyB.id, { name: "Dinas Seberang" });

  const emp = (agencyId: string, unitId: string, name: string, supervisorId?: string) => createEmployee(db, { agencyId, unitId, name, supervisorId });
  const kabid = await emp(agencyA.id, bidangX1.id, "Kabid X1");
  const staff1 = await emp(agencyA.id, bidangX1.id, "Staf Satu", kabid.id);
  const staff2 = await emp(agencyA.id, bidangX1.id, "Staf Dua", kabid.id);
  const headY = await emp(agencyA.id, dinasY.id, "Kepala Dinas Y");
  const otherY = await emp(agencyA.id, dinasY.id, "Pegawai Dinas Y", headY.id);
  const trainerEmployee = await emp(agencyA.id, dinasY.id, "Widyaiswara Kota");
  const headB = await emp(agencyB.id, unitB.id, "Kepala Dinas Seberang");
  const outsider = await emp(agencyB.id, unitB.id, "Pegawai Seberang", headB.id);

  let n = 0;
  const user = (agencyId: string, roles: { role: Role; unitId?: string }[], employeeId?: string) =>
    createUser(db, { agencyId, employeeId, roles, email: employeeId ? undefined : `matriks-${agencyId.slice(0, 8)}-${(n += 1)}@uji.go.id` });
  const users = {
    asn: await user(agencyA.id, [{ role: "ASN" }], staff1.id),
    peer: await user(agencyA.id, [{ role: "ASN" }], staff2.id),
    supervisor: await user(agencyA.id, [{ role: "ASN" }, { role: "SUPERVISOR" }], kabid.id),
    supervisorY: await user(agencyA.id, [{ role: "ASN" }, { role: "SUPERVISOR" }], headY.id),
    operator: await user(agencyA.id, [{ role: "OPERATOR", unitId: dinasX.id }]),
    operatorY: await user(agencyA.id, [{ role: "OPERATOR", unitId: dinasY.id }]),
    trainer: await user(agencyA.id, [{ role: "TRAINER" }], trainerEmployee.id),
    admin: await user(agencyA.id, [{ role: "ADMIN" }]),
    adminB: await user(agencyB.id, [{ role: "ADMIN" }]),
    // The head of the BKPP: approves plan versions (approve:plan) and reads plans, nothing else (issue 15).
    approver: await user(agencyA.id, [{ role: "PLAN_APPROVER" }]),
  } satisfies Record<ActorKey, unknown>;
  // Not actors: the owners of the other targets' notifications and answer sheets.
  const owners = {
    otherUnit: await user(agencyA.id, [{ role: "ASN" }], otherY.id),
    otherAgency: await user(agencyB.id, [{ role: "ASN" }], outsider.id),
  };

  const viewers = {} as Record<ActorKey, Viewer>;
  for (const key of ACTORS) viewers[key] = (await loadViewer(users[key].id))!;

  const employees = { mine: staff1, otherUnit: otherY, otherAgency: outsider };
  const supervisors = { mine: kabid, otherUnit: headY, otherAgency: headB };
  const userOf = { mine: users.asn, otherUnit: owners.otherUnit, otherAgency: owners.otherAgency };
  const units = { dinasX, bidangX1, dinasY, unitB };
  const unitPath = new Map([dinasX, bidangX1, dinasY, unitB].map((u) => [u.id, u.path]));
  return { agencyA, agencyB, units, unitPath, employees, supervisors, userOf, users, viewers, trainerEmployee };
}

export type AuthzWorld = Awaited<ReturnType<typeof buildAuthzWorld>>;
export type EmployeeTarget = (typeof EMPLOYEE_TARGETS)[number];

/** The agency a target's record belongs to. */
export function agencyOf(world: AuthzWorld, target: TargetKey): string {
  return target === "otherAgency" ? world.agencyB.id : world.agencyA.id;
}
