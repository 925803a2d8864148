// What the proposal forms send (decision 0036): the admin's window and decisions, the operator's proposal.
// Messages are catalog keys naming the field (planProposals.errors.*). Shared by the forms and the commands.
import { z } from "zod";
import { ROUTE_CODES } from "@/lib/catalog/rules";
import type { RouteCode } from "@/lib/generated/prisma/enums";
import { calendarDate, identifier, LIMITS, longText, text, wholeNumber } from "@/lib/validation";

const E = "planProposals.errors";

/** An optional whole number: an empty field is null. */
const optionalWhole = (min: number, max: number, message: string) =>
  z.preprocess((v) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? null : v), wholeNumber(min, max, message).nullable());

/** An optional record id: an empty field (no competency chosen) is null. */
const optionalId = () => z.preprocess((v) => (v === undefined || v === null || v === "" ? null : v), identifier().nullable());

export const planYear = wholeNumber(2000, 2100, `${E}.year`);

export const openWindowSchema = z
  .object({ year: planYear, opensOn: calendarDate(`${E}.opensOn`), closesOn: calendarDate(`${E}.closesOn`) })
  .refine((v) => v.closesOn.getTime() >= v.opensOn.getTime(), { path: ["closesOn"], message: `${E}.windowOrder` });

export const closeWindowSchema = z.object({ year: planYear });

export const proposeSchema = z
  .object({
    planId: identifier(),
    unitId: identifier(`${E}.unit`),
    title: text(LIMITS.line, { required: `${E}.title`, tooLong: `${E}.titleTooLong` }),
    competencyId: optionalId(),
    targetLevel: optionalWhole(1, 5, `${E}.targetLevel`),
    targetPeople: wholeNumber(1, 100_000, `${E}.targetPeople`),
    routeCode: z.enum(ROUTE_CODES as [RouteCode, ...RouteCode[]], `${E}.routeCode`),
    plannedMonth: wholeNumber(1, 12, `${E}.plannedMonth`),
    jpPerParticipant: wholeNumber(1, 1_000, `${E}.jp`),
    estimatedRupiah: optionalWhole(0, 2_000_000_000, `${E}.estimatedRupiah`),
    justification: longText(LIMITS.note, `${E}.justificationTooLong`),
    needCompetencyId: optionalId(),
    needTargetLevel: optionalWhole(1, 5, `${E}.need`),
  })
  .refine((v) => v.targetLevel === null || v.competencyId !== null, { path: ["competencyId"], message: `${E}.levelWithoutCompetency` })
  .refine((v) => v.competencyId === null || v.targetLevel !== null, { path: ["targetLevel"], message: `${E}.targetLevel` })
  .refine((v) => (v.needCompetencyId === null) === (v.needTargetLevel === null), { path: ["needCompetencyId"], message: `${E}.need` });

export type ProposeInput = z.infer<typeof proposeSchema>;

export const proposalIdSchema = z.object({ proposalId: identifier() });
export const mergeSchema = z.object({ proposalId: identifier(), lineId: identifier(`${E}.line`) });
export const declineSchema = z.object({
  proposalId: identifier(),
  reason: text(LIMITS.note, { required: `${E}.reason`, tooLong: `${E}.reasonTooLong` }),
});
