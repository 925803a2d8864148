// Inputs of the plan-against-actual commands (decision 0037), shared by the forms and the commands.
import { z } from "zod";
import { calendarDate, identifier, text } from "@/lib/validation";
import { FUND_SOURCES } from "./rules";

/** An Int column's bound: one realised row is at most about Rp2 milyar, either way. */
const MAX_AMOUNT = 2_000_000_000;

/** Whole Rupiah as typed: "Rp1.500.000", "1 500 000" and "-250000" are read; decimals and letters are refused. */
export const rupiahAmount = z.preprocess(
  (v) => {
    if (typeof v !== "string") return v;
    const cleaned = v.replace(/^\s*(-)?\s*Rp\.?\s*/i, "$1").replace(/[.\s]/g, "");
    return /^-?\d{1,13}$/.test(cleaned) ? Number(cleaned) : Number.NaN;
  },
  z.number("planActual.errors.amount").int("planActual.errors.amount").min(-MAX_AMOUNT, "planActual.errors.amountRange").max(MAX_AMOUNT, "planActual.errors.amountRange")
    .refine((n) => n !== 0, "planActual.errors.amountZero"),
);

export const linkBatchSchema = z.object({ batchId: identifier(), itemId: identifier("planActual.errors.lineRequired") });

export const unlinkBatchSchema = z.object({ batchId: identifier() });

export const recordSpendingSchema = z.object({
  batchId: identifier(),
  fundSource: z.enum(FUND_SOURCES, "planActual.errors.fundSource"),
  amount: rupiahAmount,
  description: text(300, { required: "planActual.errors.description", tooLong: "planActual.errors.tooLong" }),
  spentOn: calendarDate("planActual.errors.spentOn"),
});

export type RecordSpendingInput = z.infer<typeof recordSpendingSchema>;
