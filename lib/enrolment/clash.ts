import "server-only";
import type { SqlTx } from "@/lib/sql-transaction";
import { AppError } from "@/lib/errors";
import { firstClash } from "./rules";
import { confirmedElsewhere } from "./sql";

export type Clash = { startDate: Date; endDate: Date; number: number; program: { title: string } };

/**
 * The first batch, other than this one, in which the employee already holds a CONFIRMED seat and whose days
 * overlap this batch's. Registration, admission and promotion from the waiting list all ask this.
 * With `lock`, the employee's row is locked first, so two admissions of the same person into two overlapping
 * batches (each under its own batch lock) queue instead of both seeing no clash.
 */
export async function confirmedClash(tx: SqlTx, employeeId: string, batch: { id: string; startDate: Date; endDate: Date }, lock = false): Promise<Clash | null> {
  if (lock) await tx.$queryRaw`SELECT id FROM "Employee" WHERE id = ${employeeId}::uuid FOR UPDATE`;
  return firstClash(batch, await confirmedElsewhere(tx, employeeId, batch.id));
}

/** The refusal a clash gets, naming the training it clashes with. */
export const clashRefusal = (clash: Clash) =>
  new AppError("CONFLICT", "enrolment.problem.clash", undefined, { title: `${clash.program.title} angkatan ${clash.number}` });
