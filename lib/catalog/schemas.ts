import { z } from "zod";
import { POSITION_TYPES } from "@/lib/people/enums";
import { boundedString, calendarDate, httpUrl, identifier, instant, LIMITS, longText, positiveInt, text as boundedText, wholeNumber } from "@/lib/validation";
import { ROUTE_CODES, SESSION_KINDS } from "./rules";

const text = (max: number, key = "catalog.required") => boundedText(max, { required: key, tooLong: "catalog.tooLong" });
/** A real calendar day: 2031-02-30 and 2031-13-01 are refused, not moved to March or thrown at the database. */
const isoDate = calendarDate("catalog.dateInvalid");
const minute = wholeNumber(0, 1440, "catalog.timeInvalid");
/** Money in whole rupiah and counts: bounded to what an Int column holds. */
const MAX_INT = 2_000_000_000;

/** Months after completion when the supervisor is asked for level-3 feedback: a whole number 1–24. */
const feedbackMonths = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim())) : v),
  z.number("catalog.feedbackMonths").int("catalog.feedbackMonths").min(1, "catalog.feedbackMonths").max(24, "catalog.feedbackMonths"),
);
const flag = z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean());

export const programSchema = z.object({
  title: text(200),
  description: longText(5000, "catalog.tooLong"),
  objectives: longText(5000, "catalog.tooLong"),
  routeCode: z.enum(ROUTE_CODES as [string, ...string[]], "catalog.routeInvalid"),
  organiser: text(200),
  isLeadership: z.boolean().default(false),
  feedbackMonths: feedbackMonths.default(3),
  tracksResults: flag.default(false),
  eligibleTypes: z.array(z.enum(POSITION_TYPES as [string, ...string[]])).max(20).default([]),
  eligibleUnitIds: z.array(z.uuid()).max(LIMITS.items, "validation.tooMany").default([]),
  competencies: z.array(z.object({ competencyId: z.uuid(), targetLevel: wholeNumber(1, 5, "catalog.levelRange") })).max(100, "validation.tooMany").default([]),
  budgetLines: z.array(z.object({
    item: text(200),
    volume: positiveInt(MAX_INT, "catalog.positive"),
    unit: text(50),
    unitPrice: wholeNumber(0, MAX_INT, "catalog.positive"),
    taxBasisPoints: wholeNumber(0, 10_000).default(0),
    fundSource: text(50),
  })).max(200, "validation.tooMany").default([]),
});

/** The per-program evaluation settings, changed after creation on the program page. */
export const programEvaluationSchema = z.object({
  programId: identifier(),
  feedbackMonths,
  tracksResults: flag,
});

export const sessionSchema = z.object({
  date: isoDate,
  startMinute: minute,
  endMinute: minute,
  title: text(200),
  place: boundedString(200, "catalog.tooLong").optional(),
  kind: z.enum(SESSION_KINDS as [string, ...string[]], "catalog.kindInvalid"),
}).refine((s) => s.endMinute > s.startMinute, { message: "catalog.endBeforeStart", path: ["endMinute"] });

/** What a batch holds besides its number, quotas and rundown: set at creation and changeable afterwards. */
const batchScheduleFields = {
  startDate: isoDate,
  endDate: isoDate,
  venue: boundedString(300, "catalog.tooLong").optional(),
  /** https: or http: only: never javascript: or data:, which a participant's browser would run. */
  onlineUrl: httpUrl("catalog.urlInvalid").optional(),
  capacity: positiveInt(100_000, "catalog.positive"),
  registrationOpensAt: instant("catalog.dateInvalid"),
  registrationClosesAt: instant("catalog.dateInvalid"),
};

export const batchSchema = z.object({
  programId: identifier(),
  number: positiveInt(100_000, "catalog.positive"),
  ...batchScheduleFields,
  quotas: z
    .array(z.object({ unitId: identifier(), seats: wholeNumber(0, 100_000, "catalog.positive") }))
    .max(LIMITS.items, "validation.tooMany")
    .default([])
    .refine((q) => new Set(q.map((x) => x.unitId)).size === q.length, "catalog.quotaUnitTwice"),
  sessions: z.array(sessionSchema).max(500, "validation.tooMany").default([]),
}).refine((b) => b.endDate >= b.startDate, { message: "catalog.endBeforeStart", path: ["endDate"] })
  .refine((b) => b.registrationClosesAt > b.registrationOpensAt, { message: "catalog.endBeforeStart", path: ["registrationClosesAt"] });

export const batchStatusSchema = z.object({
  batchId: identifier(),
  status: z.enum(["DRAFT", "OPEN", "CLOSED", "RUNNING", "CANCELLED"], "catalog.statusInvalid"),
});

export const sessionChangeSchema = z.object({
  sessionId: identifier(),
  cancel: z.boolean().default(false),
  date: isoDate.optional(),
  startMinute: minute.optional(),
  endMinute: minute.optional(),
  reason: boundedString(500, "enrolment.noteTooLong").min(5, "enrolment.reasonRequired"),
});

export const attendanceSchema = z.object({
  batchId: identifier(),
  marks: z.array(z.object({
    sessionId: z.uuid(),
    enrolmentId: z.uuid(),
    status: z.enum(["PRESENT", "LATE", "EXCUSED", "ABSENT"]),
  })).min(1, "catalog.required").max(5000),
});

export const batchIdSchema = z.object({ batchId: identifier(), reason: boundedString(500, "enrolment.noteTooLong").default("") });

/** Changing a saved program: the create form's fields, all of them replaced (lists included). */
export const programUpdateSchema = programSchema.extend({ programId: identifier() });

/** Changing a saved batch's dates, place, capacity and registration window (lib/catalog/edit-rules.ts decides). */
export const batchUpdateSchema = z.object({ batchId: identifier(), ...batchScheduleFields })
  .refine((b) => b.endDate >= b.startDate, { message: "catalog.endBeforeStart", path: ["endDate"] })
  .refine((b) => b.registrationClosesAt > b.registrationOpensAt, { message: "catalog.endBeforeStart", path: ["registrationClosesAt"] });
