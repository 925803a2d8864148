import { z } from "zod";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { calendarDate, identifier, text } from "@/lib/validation";

// Shared by the forms (client) and the commands (server). Messages are catalog keys (lib/i18n/messages/org.*.ts)
// naming the field.

export const UNIT_KINDS: readonly UnitKind[] = ["OPD", "BIDANG", "UPTD", "KECAMATAN", "KELURAHAN"];

/** "" (or nothing) is null; otherwise a record id. */
export const optionalId = () =>
  z.preprocess((v) => (v === undefined || v === null ? "" : v), z.union([z.literal(""), identifier()])).transform((v) => v || null);

const unitName = text(200, { required: "org.form.nameRequired", tooLong: "org.form.nameTooLong" });
/** A short code: letters, digits, dot, dash, underscore, slash; stored in capitals. */
const unitCode = text(40, { required: "org.form.codeRequired", tooLong: "org.form.codeTooLong" })
  .regex(/^[A-Za-z0-9._\-/]+$/, "org.form.codeInvalid")
  .transform((v) => v.toUpperCase());
const unitKind = z.enum(UNIT_KINDS as [UnitKind, ...UnitKind[]], "org.form.kindRequired");

export const createUnitSchema = z.object({ parentId: optionalId(), kind: unitKind, code: unitCode, name: unitName });
export const renameUnitSchema = z.object({ unitId: identifier(), kind: unitKind, code: unitCode, name: unitName });
export const moveUnitSchema = z.object({ unitId: identifier(), parentId: optionalId() });
export const closeUnitSchema = z.object({ unitId: identifier(), closedOn: calendarDate("org.form.closedOnInvalid") });
export const reopenUnitSchema = z.object({ unitId: identifier() });
export const setUnitHeadSchema = z.object({ unitId: identifier(), positionId: optionalId() });

export type CreateUnitInput = z.infer<typeof createUnitSchema>;
