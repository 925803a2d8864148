import { z } from "zod";
import { ROUTE_CODES } from "@/lib/catalog/rules";
import type { RouteCode } from "@/lib/generated/prisma/enums";
import { boundedString, calendarDate } from "@/lib/validation";
import { CORRECTION_REASON_MAX, CORRECTION_REASON_MIN, correctionMinutes } from "./rules";

// Messages are catalog keys (lib/i18n/messages/ledger.id.ts), each naming its field.
const E = "ledgerAdmin.errors";

const amountMessages = {
  missing: `${E}.amountMissing`,
  jpNumber: `${E}.jpNumber`,
  minutesWhole: `${E}.minutesWhole`,
  zero: `${E}.amountZero`,
} as const;

const optionalUuid = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.uuid(`${E}.correctsInvalid`).optional());
const numberish = z.union([z.string().max(32, "validation.number"), z.number()]).optional();

/**
 * An admin's correction of one person's ledger: + or −, in JP and/or minutes (1 JP = 45 minutes), dated (the
 * date's year is the year it counts in), titled, with its reason (10–500 characters), and optionally the entry
 * it corrects. The route code is the corrected entry's unless chosen.
 */
export const correctionSchema = z
  .object({
    employeeId: z.uuid("common.notFound"),
    direction: z.enum(["add", "subtract"], `${E}.direction`),
    jp: numberish,
    minutes: numberish,
    date: calendarDate(`${E}.date`),
    title: boundedString(200, `${E}.titleTooLong`, `${E}.titleRequired`).min(1, `${E}.titleRequired`),
    reason: boundedString(CORRECTION_REASON_MAX, `${E}.reasonTooLong`, `${E}.reasonRequired`).min(CORRECTION_REASON_MIN, `${E}.reasonRequired`),
    correctsId: optionalUuid,
    routeCode: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(ROUTE_CODES as [RouteCode, ...RouteCode[]], `${E}.routeCode`).optional()),
  })
  .transform((v, ctx) => {
    const amount = correctionMinutes(v);
    if (!amount.ok) {
      ctx.addIssue({ code: "custom", path: [amount.field], message: amountMessages[amount.problem] });
      return z.NEVER;
    }
    const { jp: _jp, minutes: _minutes, direction: _direction, ...rest } = v;
    return { ...rest, minutes: amount.minutes };
  });

export type CorrectionInput = z.infer<typeof correctionSchema>;
