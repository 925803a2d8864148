import "server-only";
import { defineCommand } from "@/lib/action";
import { employeeScope } from "@/lib/auth/scope";
import { AppError } from "@/lib/errors";
import { creditLedger, isClosedYearRefusal } from "@/lib/ledger/commands";
import { ledgerYear } from "@/lib/ledger/rules";
import { notifyEmployees } from "@/lib/notification/notify";
import { checkDuplicates, readEvidence, trainingColumns } from "./evidence";
import { onBehalfSchema } from "./schemas";
import { fileStorage } from "./storage";

/**
 * An admin (any ASN of the agency) or an operator (an ASN of their unit subtree) records training an ASN took
 * elsewhere, with its certificate, on the ASN's behalf (issue 13, decision 0027). It is written VERIFIED at once,
 * decided by the recorder, with its ledger entry: the recorder holds the evidence and the same reach as a
 * verifier (verify:external-training), so sending it to the queue would only have them verify their own entry.
 * Nobody records for themselves (the rule that keeps verifiers off their own submissions). The same checks as the
 * ASN's own submission apply (fields, file by content, likely duplicates); a year already closed needs a reason.
 */
export const recordExternalTrainingOnBehalf = defineCommand({
  name: "external.recordOnBehalf",
  permission: "record:external-training-on-behalf",
  schema: onBehalfSchema,
  revalidate: ["/jp", "/jp/eksternal", "/admin/verifikasi"],
  successMessage: (m) => m.ledgerAdmin.onBehalf.saved,
  async run({ viewer, input, tx, audit }) {
    const scope = await employeeScope(viewer, "record:external-training-on-behalf", tx);
    const employee = scope && (await tx.employee.findFirst({ where: { AND: [scope, { id: input.employeeId }] }, select: { id: true } }));
    if (!employee) throw new AppError("NOT_FOUND", "common.notFound");
    if (viewer.employeeId === employee.id) throw new AppError("FORBIDDEN", "ledgerAdmin.errors.ownRecord");

    const year = ledgerYear(input.endDate);
    const closed = await tx.yearClose.findUnique({ where: { agencyId_year: { agencyId: viewer.agencyId, year } }, select: { year: true } });
    if (closed && !input.reason) throw new AppError("VALIDATION", "external.errors.closedYear", { reason: ["external.errors.reasonClosedYear"] }, { year });

    const evidence = await readEvidence(input.file);
    const duplicates = await checkDuplicates(tx, viewer.agencyId, employee.id, input);
    const data = trainingColumns(viewer.agencyId, employee.id, input, input.file, evidence);
    const row = await tx.externalTraining.create({
      data: {
        ...data, status: "VERIFIED", decidedAt: new Date(), decidedById: viewer.userId, recordedById: viewer.userId, decisionReason: input.reason || null,
      },
      select: { id: true, fileName: true, fileSha256: true },
    });
    const entry = await creditLedger(tx, "EXTERNAL", {
      agencyId: viewer.agencyId, employeeId: employee.id, minutes: input.minutes, date: input.endDate, routeCode: input.routeCode,
      title: input.title, externalTrainingId: row.id, createdById: viewer.userId, reason: input.reason || null,
    }).catch((error: unknown) => {
      // The year was closed between the check above and this insert.
      if (isClosedYearRefusal(error)) throw new AppError("VALIDATION", "external.errors.closedYear", { reason: ["external.errors.reasonClosedYear"] }, { year });
      throw error;
    });
    await audit({
      action: "recordOnBehalf",
      entity: "ExternalTraining",
      entityId: row.id,
      after: {
        employeeId: employee.id, status: "VERIFIED", title: input.title, minutes: input.minutes, year, routeCode: input.routeCode,
        certificateNumber: input.certificateNumber, fileName: row.fileName, fileSha256: row.fileSha256, ledgerEntryId: entry.id,
        reason: input.reason || null, duplicateOf: duplicates.map((d) => d.id),
      },
    });
    await notifyEmployees(tx, viewer.agencyId, [employee.id], {
      kind: "externalVerified", params: { title: input.title, minutes: input.minutes, year }, link: "/jp/eksternal",
    });
    // Last: nothing after this can fail inside the command, so a stored file always has its row.
    await fileStorage().put(data.fileKey, evidence.bytes);
    return { id: row.id, ledgerEntryId: entry.id, minutes: input.minutes, year };
  },
});
