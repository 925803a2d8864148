import "server-only";
import { randomBytes } from "node:crypto";
import type { Viewer } from "@/lib/auth/load-viewer";
import { writeAudit } from "@/lib/audit/write";
import type { Tx } from "@/lib/db";
import { fullName } from "@/lib/people/rules";
import { codeFromBytes, formatCertificateNumber, signatoryOf } from "./rules";

export type IssueBatch = {
  id: string;
  number: number;
  startDate: Date;
  endDate: Date;
  program: { title: string };
};

/** A fresh verification code (100 bits from the operating system's CSPRNG). */
export function newCertificateCode(): string {
  return codeFromBytes(randomBytes(32));
}

/** Serialises numbering per agency and year until the transaction ends (concurrent closings of two batches). */
async function lockNumbering(tx: Tx, agencyId: string, year: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`certificate:${agencyId}:${year}`}))`;
}

/**
 * Issues one certificate to each enrolment given that has none yet, inside the caller's transaction (the
 * batch closing). Numbers continue the agency's sequence for the batch's end year, under an advisory lock;
 * every value printed on the PDF is snapshotted now. Idempotent: a participant who already holds one keeps
 * it (also after the batch was reopened and closed again). Returns how many were issued.
 */
export async function issueCertificates(
  tx: Tx,
  args: { agencyId: string; batch: IssueBatch; enrolmentIds: readonly string[]; minutes: number; viewer: Viewer },
): Promise<number> {
  const { agencyId, batch, minutes, viewer } = args;
  if (!args.enrolmentIds.length) return 0;
  const year = batch.endDate.getUTCFullYear();
  const month = batch.endDate.getUTCMonth() + 1;
  await lockNumbering(tx, agencyId, year);

  const [agency, enrolments] = await Promise.all([
    tx.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { name: true, certificateFormat: true, signatoryName: true, signatoryPosition: true } }),
    tx.enrolment.findMany({
      where: { id: { in: [...args.enrolmentIds] }, agencyId, batchId: batch.id, certificate: null },
      select: { id: true, employeeId: true, employee: { select: { name: true, frontTitle: true, backTitle: true } } },
      orderBy: [{ employee: { name: "asc" } }, { id: "asc" }],
    }),
  ]);
  if (!enrolments.length) return 0;
  const last = await tx.certificate.aggregate({ where: { agencyId, year }, _max: { seq: true } });
  let seq = last._max.seq ?? 0;
  const signatory = signatoryOf(agency);

  const numbers: string[] = [];
  for (const e of enrolments) {
    seq += 1;
    const number = formatCertificateNumber(agency.certificateFormat, { seq, year, month });
    await tx.certificate.create({
      data: {
        agencyId, enrolmentId: e.id, employeeId: e.employeeId, number, year, seq, code: newCertificateCode(),
        holderName: fullName(e.employee), programTitle: batch.program.title, batchNumber: batch.number,
        startDate: batch.startDate, endDate: batch.endDate, minutes,
        signatoryName: signatory.name, signatoryPosition: signatory.position,
      },
    });
    numbers.push(number);
  }
  await writeAudit(tx, {
    agencyId, actorUserId: viewer.userId, action: "certificate.issue", entity: "Batch", entityId: batch.id,
    after: { count: numbers.length, year, first: numbers[0]!, last: numbers.at(-1)! },
  });
  return numbers.length;
}
