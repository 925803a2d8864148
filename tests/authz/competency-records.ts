// Records for the matrix's assessment commands (lib/competency/assessments.ts): a competency in the standard of the
// target's position (a supervisor's rating), in the standard of every position of the actors' agency (a self-rating,
// whose input cannot know the actor), and a recorded result of the target (a withdrawal). Fresh for each call.
import { db } from "@/lib/db";
import { addStandardLine, createCompetency, recordResult } from "../factories/assessments";
import type { Records } from "./records";
import type { EmployeeTarget } from "./world";

/** A rating of one fresh competency of the target's standard. */
export async function staffRatingInput(r: Records, target: EmployeeTarget) {
  const employee = r.employee(target);
  const competency = await createCompetency(db, employee.agencyId);
  await addStandardLine(db, { id: employee.positionId, agencyId: employee.agencyId }, competency.id);
  return { employeeId: employee.id, ratings: [{ competencyId: competency.id, level: 3 }], documentNumber: "" };
}

/** A self-rating of one fresh competency that every position of agency A requires. */
export async function selfRatingInput(r: Records) {
  const agencyId = r.world.agencyA.id;
  const competency = await createCompetency(db, agencyId);
  const positions = await db.position.findMany({ where: { agencyId, employees: { some: {} } }, select: { id: true, agencyId: true } });
  for (const position of positions) await addStandardLine(db, position, competency.id);
  return { ratings: [{ competencyId: competency.id, level: 2 }], documentNumber: "" };
}

/** A result of the target, not yet withdrawn. */
export async function assessmentOf(r: Records, target: EmployeeTarget) {
  const employee = r.employee(target);
  const competency = await createCompetency(db, employee.agencyId);
  return recordResult(db, { agencyId: employee.agencyId, employeeId: employee.id, competencyId: competency.id });
}
