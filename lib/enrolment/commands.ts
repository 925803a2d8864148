import "server-only";
import { defineCommand, type CommandContext } from "@/lib/action";
import { accessFor } from "@/lib/auth/permissions";
import { employeeScope } from "@/lib/auth/scope";
import { AppError } from "@/lib/errors";
import { batchNoticeParams, notifyEmployees } from "@/lib/notification/notify";
import { recordAgencyRejection, recordSupervisorDecision, supervisedRegistration } from "./decisions";
import { createRegistration } from "./registration";
import { decisionSchema, nominateSchema, registerSchema, withdrawSchema } from "./schemas";
import { admit, lockBatch, lockBatchOfEnrolment, lockParticipant, releaseSeat } from "./seats";

/** A finished or cancelled batch's registrations are history: JP may have been credited from them. */
const isFinished = (status: string) => status === "DONE" || status === "CANCELLED";
const link = (batchId: string) => `/pelatihan/saya?angkatan=${batchId}`;
const snapshot = (e: { status: string; quotaUnitId: string | null }) => ({ status: e.status, quotaUnitId: e.quotaUnitId });

type Ctx = CommandContext<unknown>;

/** The params every notice about a batch carries (as batchNoticeParams), from a row already read. */
const noticeParams = (b: { programTitle: string; number: number }) => ({ program: b.programTitle, batch: b.number });

async function auditRegistration(ctx: Pick<Ctx, "audit">, action: string, enrolment: { id: string; status: string; quotaUnitId: string | null; employeeId: string; batchId: string }) {
  await ctx.audit({ action, entity: "Enrolment", entityId: enrolment.id, after: { ...snapshot(enrolment), employeeId: enrolment.employeeId, batchId: enrolment.batchId } });
}

/** An ASN registers themselves for an OPEN batch; their supervisor, if any, is told in the same statement. */
export const registerSelf = defineCommand({
  name: "enrolment.register",
  permission: "register:enrolment",
  schema: registerSchema,
  // A registration rush is made of this command: its two statements and the audit row run on a lean transaction.
  transaction: "sql",
  // No revalidation: re-rendering the program page in the action's answer cost ~17 statements and a render per
  // registration (bench/enrolment-burst). The form shows the outcome itself and hides its button; every page that
  // shows registrations is dynamic, so the next one opened (or this one reloaded) reads them fresh.
  successMessage: (m, r: { status: string }) => (r.status === "PENDING_AGENCY" ? m.enrolment.registeredToAgency : m.enrolment.registered),
  async run(ctx) {
    const { viewer, input, tx } = ctx;
    if (!viewer.employeeId) throw new AppError("FORBIDDEN", "common.forbidden");
    const { enrolment } = await createRegistration(
      tx,
      { agencyId: viewer.agencyId, batchId: input.batchId, employeeId: viewer.employeeId, origin: "SELF", requestedById: viewer.userId },
      (r, batch) => (r.supervisorId
        ? { agencyId: viewer.agencyId, employeeIds: [r.supervisorId], notice: { kind: "registrationAwaitingSupervisor", params: { name: viewer.name, ...batch }, link: "/tim/persetujuan" } }
        : null),
    );
    await auditRegistration(ctx, "register", enrolment);
    return { enrolmentId: enrolment.id, status: enrolment.status };
  },
});

/** An OPD operator nominates staff of their own unit: it skips the ASN's request, not the approvals. */
export const nominate = defineCommand({
  name: "enrolment.nominate",
  permission: "nominate:enrolment",
  schema: nominateSchema,
  revalidate: ["/pelatihan"],
  successMessage: (m, r: { status: string }) => (r.status === "PENDING_AGENCY" ? m.enrolment.nominatedToAgency : m.enrolment.nominated),
  async run(ctx) {
    const { viewer, input, tx } = ctx;
    const scope = await employeeScope(viewer, "nominate:enrolment", tx);
    const inScope = scope && (await tx.employee.count({ where: { AND: [scope, { id: input.employeeId }] } }));
    if (!inScope) throw new AppError("NOT_FOUND", "common.notFound");
    const { enrolment } = await createRegistration(
      tx,
      { agencyId: viewer.agencyId, batchId: input.batchId, employeeId: input.employeeId, origin: "NOMINATION", requestedById: viewer.userId },
      (_r, batch) => ({ agencyId: viewer.agencyId, employeeIds: [input.employeeId], notice: { kind: "nominated", params: batch, link: link(input.batchId) } }),
    );
    await auditRegistration(ctx, "nominate", enrolment);
    return { enrolmentId: enrolment.id, status: enrolment.status };
  },
});

/** An agency admin enrols someone directly: no window, no supervisor step; the seat rules still hold. */
export const enrolDirectly = defineCommand({
  name: "enrolment.enrolDirectly",
  permission: "decide:enrolment-agency",
  schema: nominateSchema,
  revalidate: ["/admin/pelatihan"],
  async run(ctx) {
    const { viewer, input, tx } = ctx;
    // The batch first, as everywhere: then the registration and its person.
    const batch = await lockBatch(tx, input.batchId);
    const { enrolment } = await createRegistration(tx, {
      agencyId: viewer.agencyId, batchId: input.batchId, employeeId: input.employeeId, origin: "ADMIN", requestedById: viewer.userId, skipWindow: true,
    });
    const participant = await lockParticipant(tx, enrolment.id);
    if (!participant) throw new AppError("NOT_FOUND", "common.notFound");
    const status = await admit(tx, batch, participant, viewer.userId, (s) => ({
      agencyId: viewer.agencyId,
      employeeIds: [input.employeeId],
      notice: { kind: s === "CONFIRMED" ? "enrolledDirectly" : "waitlistedDirectly", params: noticeParams(batch), link: link(input.batchId) },
    }));
    await ctx.audit({ action: "enrol-directly", entity: "Enrolment", entityId: enrolment.id, after: { status, employeeId: input.employeeId, batchId: input.batchId, override: true } });
    return { enrolmentId: enrolment.id, status };
  },
});

/** The supervisor approves or rejects a registration of one of their staff. */
export const decideAsSupervisor = defineCommand({
  name: "enrolment.decideAsSupervisor",
  permission: "decide:enrolment-supervisor",
  schema: decisionSchema,
  transaction: "sql",
  // No revalidation (as registerSelf): re-rendering the approvals page in the answer cost ~16 statements per
  // decision. The list marks the row decided from the result; the page is dynamic, so a reload reads it fresh.
  successMessage: (m) => m.enrolment.decided,
  async run(ctx) {
    const { viewer, input, tx } = ctx;
    const enrolment = await supervisedRegistration(viewer, input.enrolmentId, tx);
    if (!enrolment) throw new AppError("NOT_FOUND", "common.notFound");
    if (enrolment.status !== "PENDING_SUPERVISOR") throw new AppError("CONFLICT", "enrolment.problem.alreadyDecided");
    if (!input.approve && input.note.length < 5) throw new AppError("VALIDATION", "common.invalid", { note: ["enrolment.reasonRequired"] });
    const status = input.approve ? "PENDING_AGENCY" : "REJECTED";
    const decided = await recordSupervisorDecision(tx, enrolment.id, {
      status, supervisorId: viewer.employeeId, note: input.note,
    }, {
      agencyId: viewer.agencyId,
      employeeIds: [enrolment.employeeId],
      notice: {
        kind: input.approve ? "supervisorApproved" : "supervisorRejected",
        params: { ...noticeParams(enrolment), ...(input.note ? { note: input.note } : {}) },
        link: link(enrolment.batchId),
      },
    });
    // Decided meanwhile by another request (a double submit): the row no longer waited for this decision.
    if (!decided) throw new AppError("CONFLICT", "enrolment.problem.alreadyDecided");
    await ctx.audit({ action: input.approve ? "supervisor-approve" : "supervisor-reject", entity: "Enrolment", entityId: enrolment.id, before: snapshot(enrolment), after: snapshot({ status, quotaUnitId: enrolment.quotaUnitId }) });
    return { status };
  },
});

/** The agency approves (seat or waiting list) or rejects a registration its supervisor approved. */
export const decideAsAgency = defineCommand({
  name: "enrolment.decideAsAgency",
  permission: "decide:enrolment-agency",
  schema: decisionSchema,
  transaction: "sql",
  // No revalidation: the batch page marks the row from the result (see decideAsSupervisor).
  successMessage: (m) => m.enrolment.decided,
  async run(ctx) {
    const { viewer, input, tx } = ctx;
    const batch = await lockBatchOfEnrolment(tx, input.enrolmentId, viewer.agencyId);
    const enrolment = batch && (await lockParticipant(tx, input.enrolmentId));
    if (!batch || !enrolment) throw new AppError("NOT_FOUND", "common.notFound");
    if (enrolment.status !== "PENDING_AGENCY") throw new AppError("CONFLICT", "enrolment.problem.alreadyDecided");
    if (isFinished(batch.status)) throw new AppError("CONFLICT", "catalog.batchFinished");
    const noticeFor = (status: "CONFIRMED" | "WAITLISTED" | "REJECTED") => ({
      agencyId: viewer.agencyId,
      employeeIds: [enrolment.employeeId],
      notice: {
        kind: ({ CONFIRMED: "agencyConfirmed", WAITLISTED: "agencyWaitlisted", REJECTED: "agencyRejected" } as const)[status],
        params: { ...noticeParams(batch), ...(input.note ? { note: input.note } : {}) },
        link: link(enrolment.batchId),
      },
    });
    let status: "CONFIRMED" | "WAITLISTED" | "REJECTED";
    if (input.approve) status = await admit(tx, batch, enrolment, viewer.userId, noticeFor);
    else {
      if (input.note.length < 5) throw new AppError("VALIDATION", "common.invalid", { note: ["enrolment.reasonRequired"] });
      status = "REJECTED";
      await recordAgencyRejection(tx, enrolment.id, { note: input.note, deciderId: viewer.userId }, noticeFor(status));
    }
    await ctx.audit({ action: `agency-${status.toLowerCase()}`, entity: "Enrolment", entityId: enrolment.id, before: snapshot(enrolment), after: { status } });
    return { status };
  },
});

/** Withdrawal with a reason frees the seat; the oldest waiting registration that fits takes it. */
export const withdraw = defineCommand({
  name: "enrolment.withdraw",
  permission: "withdraw:enrolment",
  schema: withdrawSchema,
  revalidate: ["/pelatihan/saya", "/admin/pelatihan"],
  successMessage: (m) => m.enrolment.withdrawn,
  async run(ctx) {
    const { viewer, input, tx } = ctx;
    const anyone = accessFor(viewer.roles, "withdraw:enrolment").includes("any");
    const enrolment = await tx.enrolment.findFirst({
      where: { id: input.enrolmentId, agencyId: viewer.agencyId, ...(anyone ? {} : { employeeId: viewer.employeeId ?? "none" }) },
      include: { batch: { select: { status: true, number: true, program: { select: { title: true } } } } },
    });
    if (!enrolment) throw new AppError("NOT_FOUND", "common.notFound");
    if (isFinished(enrolment.batch.status)) throw new AppError("CONFLICT", "catalog.batchFinished");
    if (!["PENDING_SUPERVISOR", "PENDING_AGENCY", "CONFIRMED", "WAITLISTED"].includes(enrolment.status)) {
      throw new AppError("CONFLICT", "enrolment.problem.notWithdrawable");
    }
    await lockBatch(tx, enrolment.batchId);
    await tx.enrolment.update({ where: { id: enrolment.id }, data: { status: "WITHDRAWN", withdrawnReason: input.reason } });
    const promoted = enrolment.status === "CONFIRMED" ? await releaseSeat(tx, enrolment) : [];
    await ctx.audit({ action: "withdraw", entity: "Enrolment", entityId: enrolment.id, before: snapshot(enrolment), after: { status: "WITHDRAWN", reason: input.reason, promoted } });
    // Withdrawn by someone else (an admin): the participant learns of it, with the training and the reason.
    if (enrolment.employeeId !== viewer.employeeId) {
      await notifyEmployees(tx, viewer.agencyId, [enrolment.employeeId], {
        kind: "withdrawnByAdmin",
        params: { program: enrolment.batch.program.title, batch: enrolment.batch.number, reason: input.reason },
        link: link(enrolment.batchId),
      });
    }
    for (const id of promoted) {
      const p = await tx.enrolment.findUniqueOrThrow({ where: { id }, select: { employeeId: true } });
      await ctx.audit({ action: "promote-from-waitlist", entity: "Enrolment", entityId: id, before: { status: "WAITLISTED" }, after: { status: "CONFIRMED" } });
      await notifyEmployees(tx, viewer.agencyId, [p.employeeId], { kind: "promotedFromWaitlist", params: await batchNoticeParams(tx, enrolment.batchId), link: link(enrolment.batchId) });
    }
    return { promoted };
  },
});
