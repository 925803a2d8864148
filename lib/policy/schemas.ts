import { z } from "zod";
import type { RouteCode } from "@/lib/generated/prisma/enums";
import { ROUTE_CODES } from "@/lib/catalog/rules";

// Shared by the policy form and the command. Messages are catalog keys.

const wholeNumber = (min: number, max: number, message: string) =>
  z.preprocess((v) => (typeof v === "string" ? (v.trim() === "" || v.length > 32 ? NaN : Number(v)) : v), z.number(message).int(message).min(min, message).max(max, message));

const checkboxes = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(20, "validation.tooMany"));

export const policySchema = z.object({
  year: wholeNumber(2000, 2100, "jp.policy.yearInvalid"),
  /** A target of 0 JP would make everyone compliant without training: at least 1. */
  targetJp: wholeNumber(1, 200, "jp.policy.targetJpInvalid"),
  proRate: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
  countedRouteCodes: checkboxes(z.enum(ROUTE_CODES as [RouteCode, ...RouteCode[]], "jp.policy.routeInvalid")),
  completionThresholdPct: wholeNumber(1, 100, "jp.policy.thresholdInvalid"),
  pppkCeilingJp: z.preprocess(
    (v) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? null : v),
    wholeNumber(0, 200, "jp.policy.ceilingInvalid").nullable(),
  ),
});
export type PolicyInput = z.infer<typeof policySchema>;

export const yearCloseSchema = z.object({ year: wholeNumber(2000, 2100, "jp.policy.yearInvalid") });
