import "server-only";
import { defineCommand, type CommandContext } from "@/lib/action";
import { employeeScope } from "@/lib/auth/scope";
import { AppError } from "@/lib/errors";
import { creditLedger, isClosedYearRefusal } from "@/lib/ledger/commands";
import { ledgerYear } from "@/lib/ledger/rules";
import { notifyEmployees } from "@/lib/notification/notify";
import { checkDuplicates, readEvidence, trainingColumns } from "./evidence";
import { rejectSchema, submitSchema, verifySchema } from "./schemas";
import { fileStorage } from "./storage";

const REVALIDATE = ["/jp/eksternal", "/jp", "/admin/verifikasi"];
const MY_LIST = "/jp/eksternal";

/**
 * An ASN submits training taken elsewhere, with its certificate. Everything is checked first (fields by the
 * schema, the file's type from its bytes here, likely duplicates); then the row and its audit entry are
 * written, and the file is stored last, still inside the transaction. A failed write rolls the row back; a
 * failure before it means no file was written at all.
 */
export const submitExternalTraining = defineCommand({
  name: "external.submit",
  permission: "submit:external-training",
  schema: submitSchema,
  revalidate: REVALIDATE,
  successMessage: (m) => m.external.form.submitted,
  async run({ viewer, input, tx, audit }) {
    const scope = await employeeScope(viewer, "submit:external-training", tx);
    if (!scope || !viewer.employeeId) throw new AppError("FORBIDDEN", "common.forbidden");
    const employee = await tx.employee.findFirst({ where: { AND: [scope, { id: viewer.employeeId }] }, select: { id: true } });
    if (!employee) throw new AppError("NOT_FOUND", "common.notFound");

    const evidence = await readEvidence(input.file);
    const duplicates = await checkDuplicates(tx, viewer.agencyId, employee.id, input);
    const data = trainingColumns(viewer.agencyId, employee.id, input, input.file, evidence);
    const row = await tx.externalTraining.create({
      data,
      select: { id: true, fileName: true, fileSha256: true },
    });
    await audit({
      action: "submit",
      entity: "ExternalTraining",
      entityId: row.id,
      after: {
        employeeId: employee.id, title: input.title, minutes: input.minutes, routeCode: input.routeCode,
        certificateNumber: input.certificateNumber, fileName: row.fileName, fileSha256: row.fileSha256,
        duplicateOf: duplicates.map((d) => d.id),
      },
    });
    // Last: nothing after this can fail inside the command, so a stored file always has its row.
    await fileStorage().put(data.fileKey, evidence.bytes);
    return { id: row.id, duplicates: duplicates.length };
  },
});

type DecisionInput = { id: string; reason: string };

/** The submission, if the viewer may verify it: the ASN's unit in the operator's subtree, or any for an admin. */
async function decidable({ viewer, input, tx }: CommandContext<DecisionInput>) {
  const scope = await employeeScope(viewer, "verify:external-training", tx);
  const item = scope && (await tx.externalTraining.findFirst({ where: { id: input.id, agencyId: viewer.agencyId, employee: scope } }));
  if (!item) throw new AppError("NOT_FOUND", "common.notFound");
  if (viewer.employeeId && item.employeeId === viewer.employeeId) throw new AppError("FORBIDDEN", "external.errors.ownSubmission");
  if (item.status !== "SUBMITTED") throw new AppError("CONFLICT", "external.errors.alreadyDecided");
  return item;
}

/** Marks the submission decided, unless someone else decided it in the meantime (then CONFLICT). */
async function decide(ctx: CommandContext<DecisionInput>, status: "VERIFIED" | "REJECTED") {
  const { count } = await ctx.tx.externalTraining.updateMany({
    where: { id: ctx.input.id, agencyId: ctx.viewer.agencyId, status: "SUBMITTED" },
    data: { status, decidedAt: new Date(), decidedById: ctx.viewer.userId, decisionReason: ctx.input.reason || null },
  });
  if (count !== 1) throw new AppError("CONFLICT", "external.errors.alreadyDecided");
}

/**
 * Verification credits the training to the JP ledger, exactly once. An entry dated in a closed year needs a
 * reason (the database refuses it otherwise, too).
 */
export const verifyExternalTraining = defineCommand({
  name: "external.verify",
  permission: "verify:external-training",
  schema: verifySchema,
  revalidate: REVALIDATE,
  successMessage: (m) => m.external.decision.verified,
  async run(ctx) {
    const { viewer, input, tx } = ctx;
    const item = await decidable(ctx);
    const year = ledgerYear(item.endDate);
    const closed = await tx.yearClose.findUnique({ where: { agencyId_year: { agencyId: viewer.agencyId, year } }, select: { year: true } });
    if (closed && !input.reason) {
      throw new AppError("VALIDATION", "external.errors.closedYear", { reason: ["external.errors.reasonClosedYear"] }, { year });
    }
    await decide(ctx, "VERIFIED");
    const entry = await creditLedger(tx, "EXTERNAL", {
      agencyId: viewer.agencyId, employeeId: item.employeeId, minutes: item.minutes, date: item.endDate, routeCode: item.routeCode,
      title: item.title, externalTrainingId: item.id, createdById: viewer.userId, reason: input.reason || null,
    })
      .catch((error: unknown) => {
        // The year was closed between the check above and this insert.
        if (isClosedYearRefusal(error)) throw new AppError("VALIDATION", "external.errors.closedYear", { reason: ["external.errors.reasonClosedYear"] }, { year });
        throw error;
      });
    await ctx.audit({
      action: "verify", entity: "ExternalTraining", entityId: item.id,
      before: { status: item.status }, after: { status: "VERIFIED", ledgerEntryId: entry.id, minutes: item.minutes, year, reason: input.reason || null },
    });
    await notifyEmployees(tx, viewer.agencyId, [item.employeeId], {
      kind: "externalVerified", params: { title: item.title, minutes: item.minutes, year }, link: MY_LIST,
    });
    return { ledgerEntryId: entry.id, minutes: item.minutes, year };
  },
});

/** Rejection needs a reason, which the ASN reads in their inbox and list. Nothing reaches the ledger. */
export const rejectExternalTraining = defineCommand({
  name: "external.reject",
  permission: "verify:external-training",
  schema: rejectSchema,
  revalidate: REVALIDATE,
  successMessage: (m) => m.external.decision.rejected,
  async run(ctx) {
    const { viewer, input, tx } = ctx;
    const item = await decidable(ctx);
    await decide(ctx, "REJECTED");
    await ctx.audit({ action: "reject", entity: "ExternalTraining", entityId: item.id, before: { status: item.status }, after: { status: "REJECTED", reason: input.reason } });
    await notifyEmployees(tx, viewer.agencyId, [item.employeeId], {
      kind: "externalRejected", params: { title: item.title, reason: input.reason }, link: MY_LIST,
    });
    return { status: "REJECTED" as const };
  },
});
