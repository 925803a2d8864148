// Fresh people for the matrix's employee commands (create, edit, move, end of service, inactivity): each call gets
// its own employee in the unit of the target's employee, so a move or an end of service never changes the shared
// cast of tests/authz/world.ts that other commands' entries rely on. Same unit, same relation to every actor
// (unit, agency); the grants of these commands name no "own" or "team" reach.
import { db } from "@/lib/db";
import { createEmployee } from "../factories/db";
import { nipIssuer } from "../factories/names";
import { seededRandom } from "../factories/random";
import type { Records } from "./records";
import type { EmployeeTarget } from "./world";

const issueNip = nipIssuer(seededRandom(13_2026));
const today = () => new Date().toISOString().slice(0, 10);

/** An employee of the target's unit (and agency), in service since years ago, optionally with their service ended. */
export async function freshEmployee(r: Records, target: EmployeeTarget, opts: { ended?: boolean } = {}) {
  const of = r.employee(target);
  return createEmployee(db, {
    agencyId: of.agencyId, unitId: of.unitId, serviceStartDate: new Date("2015-03-01T00:00:00Z"),
    serviceEndDate: opts.ended ? new Date("2025-12-31T00:00:00Z") : null,
  });
}

/** A position of the target's unit, to create someone in or move someone to. */
export async function positionIn(r: Records, target: EmployeeTarget) {
  const of = r.employee(target);
  return db.position.create({ data: { agencyId: of.agencyId, unitId: of.unitId, name: "Analis Kebijakan Matriks", type: "FUNGSIONAL_AHLI_PERTAMA" } });
}

/** The create form's fields for a new person in the target's unit, with a NIP nobody holds. */
export async function newEmployeeInput(r: Records, target: EmployeeTarget) {
  const issued = issueNip({ gender: "F", kind: "PNS", minAge: 25, maxAge: 45 });
  const position = await positionIn(r, target);
  return {
    nip: issued.nip, name: "Pegawai Baru Matriks", frontTitle: "", backTitle: "S.E.", kind: "PNS", gender: "F", birthDate: issued.birthDate,
    rank: "Penata Muda (III/a)", serviceStartDate: `${issued.tmtYear}-01-01`, unitId: position.unitId, positionId: position.id, supervisorNip: "",
  };
}

/** An inactivity period of a fresh employee of the target's unit. */
export async function inactivityPeriod(r: Records, target: EmployeeTarget) {
  const employee = await freshEmployee(r, target);
  return db.inactivityPeriod.create({
    data: { agencyId: employee.agencyId, employeeId: employee.id, kind: "LONG_LEAVE", startDate: new Date("2026-02-01T00:00:00Z"), endDate: new Date("2026-04-30T00:00:00Z") },
  });
}

export const moveDate = today;
