import { z } from "zod";
import { POSITION_TYPES } from "@/lib/people/enums";
import { ROUTE_CODES, SESSION_KINDS } from "./rules";

const text = (max: number, key = "catalog.required") => z.string().trim().min(1, key).max(max, "catalog.tooLong");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "catalog.dateInvalid").transform((v) => new Date(`${v}T00:00:00Z`));
const minute = z.coerce.number().int("catalog.timeInvalid").min(0, "catalog.timeInvalid").max(1440, "catalog.timeInvalid");

/** Months after completion when the supervisor is asked for level-3 feedback: a whole number 1–24. */
const feedbackMonths = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim())) : v),
  z.number("catalog.feedbackMonths").int("catalog.feedbackMonths").min(1, "catalog.feedbackMonths").max(24, "catalog.feedbackMonths"),
);
const flag = z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean());

export const programSchema = z.object({
  title: text(200),
  description: z.string().trim().max(5000, "catalog.tooLong").default(""),
  objectives: z.string().trim().max(5000, "catalog.tooLong").default(""),
  routeCode: z.enum(ROUTE_CODES as [string, ...string[]], "catalog.routeInvalid"),
  organiser: text(200),
  isLeadership: z.boolean().default(false),
  feedbackMonths: feedbackMonths.default(3),
  tracksResults: flag.default(false),
  eligibleTypes: z.array(z.enum(POSITION_TYPES as [string, ...string[]])).default([]),
  eligibleUnitIds: z.array(z.uuid()).default([]),
  competencies: z.array(z.object({ competencyId: z.uuid(), targetLevel: z.coerce.number().int().min(1, "catalog.levelRange").max(5, "catalog.levelRange") })).default([]),
  budgetLines: z.array(z.object({
    item: text(200),
    volume: z.coerce.number().int("catalog.wholeNumber").positive("catalog.positive"),
    unit: text(50),
    unitPrice: z.coerce.number().int("catalog.wholeNumber").min(0, "catalog.positive"),
    taxBasisPoints: z.coerce.number().int().min(0).max(10_000).default(0),
    fundSource: text(50),
  })).default([]),
});

/** The per-program evaluation settings, changed after creation on the program page. */
export const programEvaluationSchema = z.object({
  programId: z.uuid("common.notFound"),
  feedbackMonths,
  tracksResults: flag,
});

export const sessionSchema = z.object({
  date: isoDate,
  startMinute: minute,
  endMinute: minute,
  title: text(200),
  place: z.string().trim().max(200).optional(),
  kind: z.enum(SESSION_KINDS as [string, ...string[]], "catalog.kindInvalid"),
}).refine((s) => s.endMinute > s.startMinute, { message: "catalog.endBeforeStart", path: ["endMinute"] });

export const batchSchema = z.object({
  programId: z.uuid("common.notFound"),
  number: z.coerce.number().int().positive("catalog.positive"),
  startDate: isoDate,
  endDate: isoDate,
  venue: z.string().trim().max(300).optional(),
  onlineUrl: z.url("catalog.urlInvalid").optional(),
  capacity: z.coerce.number().int("catalog.wholeNumber").positive("catalog.positive"),
  registrationOpensAt: z.coerce.date("catalog.dateInvalid"),
  registrationClosesAt: z.coerce.date("catalog.dateInvalid"),
  quotas: z
    .array(z.object({ unitId: z.uuid("common.notFound"), seats: z.coerce.number().int("catalog.wholeNumber").min(0, "catalog.positive") }))
    .default([])
    .refine((q) => new Set(q.map((x) => x.unitId)).size === q.length, "catalog.quotaUnitTwice"),
  sessions: z.array(sessionSchema).default([]),
}).refine((b) => b.endDate >= b.startDate, { message: "catalog.endBeforeStart", path: ["endDate"] })
  .refine((b) => b.registrationClosesAt > b.registrationOpensAt, { message: "catalog.endBeforeStart", path: ["registrationClosesAt"] });

export const batchStatusSchema = z.object({
  batchId: z.uuid("common.notFound"),
  status: z.enum(["DRAFT", "OPEN", "CLOSED", "RUNNING", "CANCELLED"], "catalog.statusInvalid"),
});

export const sessionChangeSchema = z.object({
  sessionId: z.uuid("common.notFound"),
  cancel: z.boolean().default(false),
  date: isoDate.optional(),
  startMinute: minute.optional(),
  endMinute: minute.optional(),
  reason: z.string().trim().min(5, "enrolment.reasonRequired").max(500, "enrolment.noteTooLong"),
});

export const attendanceSchema = z.object({
  batchId: z.uuid("common.notFound"),
  marks: z.array(z.object({
    sessionId: z.uuid(),
    enrolmentId: z.uuid(),
    status: z.enum(["PRESENT", "LATE", "EXCUSED", "ABSENT"]),
  })).min(1, "catalog.required").max(5000),
});

export const batchIdSchema = z.object({ batchId: z.uuid("common.notFound"), reason: z.string().trim().max(500).default("") });
