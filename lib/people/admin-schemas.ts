import { z } from "zod";
import { calendarDate, identifier, LIMITS, optionalText, text } from "@/lib/validation";
import { parseNip } from "./nip";
import { nipMismatches } from "./rules";
import { nipField } from "./schemas";

// The admin's forms on an employee (issue 13): create, edit, move, end of service, inactivity periods.
// Shared by the forms (client) and the commands (server). Messages are catalog keys naming the field.

const P = "people.form";

const kind = z.enum(["PNS", "PPPK"], `${P}.kindRequired`);
const gender = z.enum(["M", "F"], `${P}.genderRequired`);
const date = (key: string) => calendarDate(`${P}.${key}`);

/** The person's identity and service fields, as the create and edit forms send them. */
const personFields = {
  nip: nipField(),
  name: text(LIMITS.line, { required: `${P}.nameRequired`, tooLong: `${P}.nameTooLong` }),
  frontTitle: optionalText(40, `${P}.titleTooLong`),
  backTitle: optionalText(80, `${P}.titleTooLong`),
  kind,
  gender,
  birthDate: date("birthDateInvalid"),
  rank: text(40, { required: `${P}.rankRequired`, tooLong: `${P}.rankTooLong` }),
  serviceStartDate: date("serviceStartInvalid"),
};

type PersonInput = { nip: string; kind: "PNS" | "PPPK"; gender: "M" | "F"; birthDate: Date; serviceStartDate: Date };
const COMPARED = new Set(["nip", "kind", "gender", "birthDate", "serviceStartDate"]);

/**
 * The NIP's parts against the fields beside it, as field errors on those fields; service starts after birth.
 * Runs whenever the fields it compares are valid, even if others (a name, a unit) are not, so the form shows
 * every problem at once.
 */
const checkPerson = z.superRefine((value: PersonInput, ctx) => {
  const parsed = parseNip(value.nip);
  if (parsed.ok) {
    for (const mismatch of nipMismatches(parsed.value, value)) ctx.addIssue({ code: "custom", path: [mismatch.field], message: mismatch.key });
  }
  if (value.serviceStartDate.getTime() <= value.birthDate.getTime()) {
    ctx.addIssue({ code: "custom", path: ["serviceStartDate"], message: `${P}.serviceStartBeforeBirth` });
  }
}, { when: (payload) => !payload.issues.some((issue) => COMPARED.has(String(issue.path?.[0]))) });

export const createEmployeeSchema = z
  .object({
    ...personFields,
    unitId: identifier(`${P}.unitRequired`),
    positionId: identifier(`${P}.positionRequired`),
    supervisorNip: nipField({ optional: true }),
  })
  .check(checkPerson);
export type CreateEmployeeInput = z.infer<typeof createEmployeeSchema>;

/** Editing changes who the person is; where they work changes by a move, their supervisor by its own form. */
export const updateEmployeeSchema = z.object({ employeeId: identifier(), ...personFields }).check(checkPerson);
export type UpdateEmployeeInput = z.infer<typeof updateEmployeeSchema>;

export const moveEmployeeSchema = z.object({
  employeeId: identifier(),
  unitId: identifier(`${P}.unitRequired`),
  positionId: identifier(`${P}.positionRequired`),
  startDate: date("moveDateInvalid"),
});
export type MoveEmployeeInput = z.infer<typeof moveEmployeeSchema>;

export const endServiceSchema = z.object({
  employeeId: identifier(),
  endDate: date("endDateInvalid"),
  reason: text(LIMITS.line, { required: `${P}.reasonRequired`, tooLong: `${P}.reasonTooLong` }),
});
export type EndServiceInput = z.infer<typeof endServiceSchema>;

export const reinstateSchema = z.object({ employeeId: identifier() });

export const INACTIVITY_KINDS = ["LONG_LEAVE", "STUDY_ASSIGNMENT", "OTHER"] as const;

const periodFields = {
  kind: z.enum(INACTIVITY_KINDS, `${P}.inactivityKindRequired`),
  startDate: date("periodStartInvalid"),
  endDate: date("periodEndInvalid"),
  note: optionalText(500, `${P}.noteTooLong`),
};

function checkPeriod(value: { startDate: Date; endDate: Date }, ctx: z.RefinementCtx) {
  if (value.endDate.getTime() < value.startDate.getTime()) ctx.addIssue({ code: "custom", path: ["endDate"], message: `${P}.periodEndBeforeStart` });
}

export const createInactivitySchema = z.object({ employeeId: identifier(), ...periodFields }).superRefine(checkPeriod);
export type CreateInactivityInput = z.infer<typeof createInactivitySchema>;

export const updateInactivitySchema = z.object({ periodId: identifier(), ...periodFields }).superRefine(checkPeriod);
export type UpdateInactivityInput = z.infer<typeof updateInactivitySchema>;

export const deleteInactivitySchema = z.object({ periodId: identifier() });

/** An optional text field as stored: "" is null. */
export const orNull = (value: string) => (value === "" ? null : value);
