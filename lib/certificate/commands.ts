import "server-only";
import { defineCommand } from "@/lib/action";
import { accessFor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { interpolate } from "@/lib/i18n/format";
import { notifyEmployees } from "@/lib/notification/notify";
import { revokeSchema, settingsSchema } from "./schemas";

/**
 * An admin revokes a certificate with a reason. The row keeps its number and snapshot; the public page then
 * says "Dicabut" with the date, and the PDF carries a "DICABUT" mark. The holder is told in their inbox.
 */
export const revokeCertificate = defineCommand({
  name: "certificate.revoke",
  permission: "revoke:certificate",
  schema: revokeSchema,
  revalidate: ["/sertifikat", "/admin/sertifikat", "/admin/angkatan"],
  successMessage: (m, r: { number: string }) => interpolate(m.certificate.revoke.done, { number: r.number }),
  async run({ viewer, input, tx, audit }) {
    if (!accessFor(viewer.roles, "revoke:certificate").includes("any")) throw new AppError("FORBIDDEN", "common.forbidden");
    const [certificate] = await tx.$queryRaw<{ id: string; number: string; employeeId: string; revokedAt: Date | null; programTitle: string }[]>`
      SELECT id::text, number, "employeeId"::text AS "employeeId", "revokedAt", "programTitle" FROM "Certificate"
      WHERE id = ${input.certificateId}::uuid AND "agencyId" = ${viewer.agencyId}::uuid FOR UPDATE`;
    if (!certificate) throw new AppError("NOT_FOUND", "common.notFound");
    if (certificate.revokedAt) throw new AppError("CONFLICT", "certificate.errors.alreadyRevoked");
    const revokedAt = new Date();
    await tx.certificate.update({
      where: { id: certificate.id },
      data: { revokedAt, revokedById: viewer.userId, revokedReason: input.reason },
    });
    await audit({
      action: "certificate.revoke", entity: "Certificate", entityId: certificate.id,
      before: { revokedAt: null }, after: { number: certificate.number, revokedAt: revokedAt.toISOString(), reason: input.reason },
    });
    await notifyEmployees(tx, viewer.agencyId, [certificate.employeeId], {
      kind: "certificateRevoked", params: { number: certificate.number, program: certificate.programTitle, reason: input.reason }, link: "/sertifikat",
    });
    return { number: certificate.number };
  },
});

/** The agency's number format and signatory; used for certificates issued from now on (old ones keep theirs). */
export const updateCertificateSettings = defineCommand({
  name: "certificate.settings",
  permission: "manage:program",
  schema: settingsSchema,
  revalidate: ["/admin/sertifikat"],
  successMessage: (m) => m.certificate.settings.saved,
  async run({ viewer, input, tx, audit }) {
    const before = await tx.agency.findUniqueOrThrow({
      where: { id: viewer.agencyId },
      select: { certificateFormat: true, signatoryName: true, signatoryPosition: true },
    });
    const after = {
      certificateFormat: input.format,
      signatoryName: input.signatoryName || null,
      signatoryPosition: input.signatoryPosition || null,
    };
    await tx.agency.update({ where: { id: viewer.agencyId }, data: after });
    await audit({ action: "update", entity: "Agency.certificate", entityId: viewer.agencyId, before, after });
    return after;
  },
});
