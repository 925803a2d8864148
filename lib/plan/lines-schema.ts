import { z } from "zod";
import { ROUTE_CODES } from "@/lib/catalog/rules";
import { POSITION_TYPES } from "@/lib/people/enums";
import { FUND_SOURCES } from "./rules";

// The plan line form (art. 207(3) fields, targets, budget items), shared by the page (client) and the commands.
// Each message is a catalog key naming its field (lib/i18n/messages/plan-core.*.ts, planCore.errors).
const E = "planCore.errors";
export const PROVIDERS = ["INTERNAL", "LAN", "OTHER_AGENCY", "VENDOR"] as const;
/** Above any single budget figure an agency plans (Rp 1 trillion), below what a 4-byte column holds for prices. */
export const MAX_UNIT_PRICE = 2_000_000_000;
export const MAX_VOLUME = 1_000_000;

const whole = (min: number, max: number, message: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" || v.length > 16 ? NaN : Number(v.trim())) : v),
    z.number(message).int(message).min(min, message).max(max, message),
  );
const optionalWhole = (min: number, max: number, message: string) =>
  z.preprocess((v) => (v === "" || v === undefined || v === null ? null : v), z.union([z.null(), whole(min, max, message)]));
const optionalId = z.preprocess((v) => (v === "" || v === undefined ? null : v), z.union([z.null(), z.uuid("common.notFound")]));
const text = (max: number, message: string) => z.string(message).trim().max(max, message).refine((v) => !v.includes("\u0000"), message);
/** A group of checkboxes: absent = none, one = a string, several = a list. */
const many = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(500, "validation.tooMany"));
/** A JSON list sent in one hidden field (the budget editor). */
const jsonList = <T extends z.ZodType>(item: T, message: string) =>
  z.preprocess((v) => {
    if (typeof v !== "string") return v ?? [];
    if (v.length > 200_000) return null;
    try { return JSON.parse(v); } catch { return null; }
  }, z.array(item, message).max(100, message));

export const budgetItemSchema = z.object({
  /** The item's position in this line, kept across edits and revisions; absent for a new row. */
  position: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.number().int().min(1).max(10_000).optional()),
  item: text(200, `${E}.budgetItem`).min(1, `${E}.budgetItem`),
  volume: whole(1, MAX_VOLUME, `${E}.budgetVolume`),
  unit: text(40, `${E}.budgetUnit`).min(1, `${E}.budgetUnit`),
  unitPrice: whole(0, MAX_UNIT_PRICE, `${E}.budgetPrice`),
  fundSource: z.enum(FUND_SOURCES, `${E}.budgetFund`),
  accountCode: text(60, `${E}.budgetAccount`).default(""),
});
export type BudgetItemForm = z.infer<typeof budgetItemSchema>;

export const lineFieldsSchema = z
  .object({
    title: text(200, `${E}.title`).min(3, `${E}.title`),
    competencyId: optionalId,
    targetLevel: optionalWhole(1, 5, `${E}.targetLevel`),
    unitId: optionalId,
    targetPositionTypes: many(z.enum(POSITION_TYPES as [string, ...string[]], `${E}.positionType`)),
    targetUnitIds: many(z.uuid("common.notFound")),
    targetPositionIds: many(z.uuid("common.notFound")),
    targetPeople: whole(1, 100_000, `${E}.targetPeople`),
    routeCode: z.enum(ROUTE_CODES as [string, ...string[]], `${E}.routeCode`),
    provider: z.enum(PROVIDERS, `${E}.provider`),
    providerName: text(200, `${E}.providerName`).default(""),
    plannedMonth: whole(1, 12, `${E}.plannedMonth`),
    jpPerParticipant: whole(1, 1000, `${E}.jp`),
    curriculumFit: text(1000, `${E}.curriculumFit`).default(""),
    budget: jsonList(budgetItemSchema, `${E}.budget`),
  })
  .refine((l) => (l.competencyId === null) === (l.targetLevel === null), { path: ["targetLevel"], message: `${E}.targetLevel` })
  .refine((l) => new Set(l.budget.map((b) => b.position).filter(Boolean)).size === l.budget.filter((b) => b.position).length, { path: ["budget"], message: `${E}.budget` });

export type LineFields = z.infer<typeof lineFieldsSchema>;
