// A small, fully known organisation for integration tests:
//   agency A: Dinas X (OPD) › Bidang X1; Dinas Y (OPD)
//     head (Dinas X) ← kabid (Bidang X1) ← staff1, staff2 (Bidang X1);  other (Dinas Y, no supervisor)
//   agency B: one employee (outsider)
import { expect } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadViewer, type Viewer } from "@/lib/auth/load-viewer";
import { createAgency, createEmployee, createUnit, createUser } from "../factories/db";

export async function buildWorld() {
  const agencyA = await createAgency(db, { name: "Pemerintah Kota Uji" });
  const agencyB = await createAgency(db, { name: "Pemerintah Kabupaten Lain" });
  const dinasX = await createUnit(db, agencyA.id, { name: "Dinas X" });
  const bidangX1 = await createUnit(db, agencyA.id, { name: "Bidang X1", parent: dinasX });
  const dinasY = await createUnit(db, agencyA.id, { name: "Dinas Y" });
  const unitB = await createUnit(db, agencyB.id, { name: "Dinas Luar" });

  const head = await createEmployee(db, { agencyId: agencyA.id, unitId: dinasX.id, name: "Kepala Dinas X", positionType: "JPT_PRATAMA", gender: "M" });
  const kabid = await createEmployee(db, { agencyId: agencyA.id, unitId: bidangX1.id, supervisorId: head.id, name: "Kabid X1", positionType: "ADMINISTRATOR" });
  const staff1 = await createEmployee(db, { agencyId: agencyA.id, unitId: bidangX1.id, supervisorId: kabid.id, name: "Staf Satu" });
  const staff2 = await createEmployee(db, { agencyId: agencyA.id, unitId: bidangX1.id, supervisorId: kabid.id, name: "Staf Dua", kind: "PPPK" });
  const other = await createEmployee(db, { agencyId: agencyA.id, unitId: dinasY.id, name: "Pegawai Dinas Y" });
  const outsider = await createEmployee(db, { agencyId: agencyB.id, unitId: unitB.id, name: "Pegawai Instansi Lain" });

  const users = {
    admin: await createUser(db, { agencyId: agencyA.id, email: `admin-${agencyA.code.toLowerCase()}@uji.go.id`, roles: [{ role: "ADMIN" }] }),
    operatorX: await createUser(db, { agencyId: agencyA.id, employeeId: other.id, roles: [{ role: "ASN" }, { role: "OPERATOR", unitId: dinasX.id }] }),
    operatorY: await createUser(db, { agencyId: agencyA.id, email: `op-y-${agencyA.code.toLowerCase()}@uji.go.id`, roles: [{ role: "OPERATOR", unitId: dinasY.id }] }),
    head: await createUser(db, { agencyId: agencyA.id, employeeId: head.id, roles: [{ role: "ASN" }, { role: "SUPERVISOR" }] }),
    kabid: await createUser(db, { agencyId: agencyA.id, employeeId: kabid.id, roles: [{ role: "ASN" }, { role: "SUPERVISOR" }] }),
    staff1: await createUser(db, { agencyId: agencyA.id, employeeId: staff1.id, roles: [{ role: "ASN" }] }),
    adminB: await createUser(db, { agencyId: agencyB.id, email: `admin-${agencyB.code.toLowerCase()}@uji.go.id`, roles: [{ role: "ADMIN" }] }),
  };
  const viewer = async (user: { id: string }): Promise<Viewer> => (await loadViewer(user.id))!;
  return { agencyA, agencyB, units: { dinasX, bidangX1, dinasY, unitB }, people: { head, kabid, staff1, staff2, other, outsider }, users, viewer };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** Awaits a promise that must fail with an AppError, and returns that error. */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
