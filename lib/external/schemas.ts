import { z } from "zod";
import { ROUTE_CODES } from "@/lib/catalog/rules";
import type { RouteCode } from "@/lib/generated/prisma/enums";
import { calendarToday } from "@/lib/time";
import { selection } from "@/lib/bulk/selection";
import { hasNul } from "@/lib/validation";
import { MAX_FILE_BYTES, maxMinutesFor, minutesFromInput, parseIsoDate, tidyText } from "./rules";

// Messages are catalog keys (lib/i18n/messages/external.id.ts), each naming its field.
const E = "external.errors";

/** Any typed text: no NUL byte, and not a flood (checked again, exactly, after tidying). */
const typed = (message?: string) => z.string(message).max(20_000, "validation.tooLong").refine((v) => !hasNul(v), "validation.nul");

const text = (field: string, max: number) =>
  typed(`${E}.required.${field}`)
    .transform(tidyText)
    .pipe(z.string().min(1, `${E}.required.${field}`).max(max, `${E}.tooLong.${field}`));

const date = (field: "startDate" | "endDate") =>
  z
    .string(`${E}.required.${field}`)
    .max(40, `${E}.dateInvalid.${field}`)
    .refine((v) => v.trim() !== "", `${E}.required.${field}`)
    .transform((v, ctx) => {
      const parsed = parseIsoDate(v);
      if (!parsed) {
        ctx.addIssue({ code: "custom", message: `${E}.dateInvalid.${field}` });
        return z.NEVER;
      }
      return parsed;
    });

/** A checkbox: "on" from a form, true from code. */
const checkbox = z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()).default(false);

const numberish = z.union([z.string().max(32, "validation.number"), z.number()]).optional();

const isFile = (v: unknown): v is File => typeof File !== "undefined" && v instanceof File && v.size > 0;

/**
 * The certificate: present, not empty, at most 5 MB. Its type is checked from its bytes by the command.
 * Refinements rather than z.custom, so a missing file does not hide the other fields' messages.
 */
const certificateFile = z
  .any()
  .refine(isFile, `${E}.file.required`)
  .refine((f) => !isFile(f) || f.size <= MAX_FILE_BYTES, `${E}.file.tooBig`)
  .transform((f) => f as File);

const durationMessages = {
  missing: `${E}.duration.missing`,
  both: `${E}.duration.both`,
  notWholeNumber: `${E}.duration.minutesWhole`,
  notNumber: `${E}.duration.jpNumber`,
  notPositive: `${E}.duration.positive`,
} as const;

export const submitSchema = z
  .object({
    title: text("title", 300),
    organiser: text("organiser", 200),
    location: typed()
      .optional()
      .transform((v) => (v ? tidyText(v) : ""))
      .pipe(z.string().max(200, `${E}.tooLong.location`)),
    routeCode: z.enum(ROUTE_CODES as [RouteCode, ...RouteCode[]], `${E}.routeCode`),
    startDate: date("startDate"),
    endDate: date("endDate"),
    minutes: numberish,
    jp: numberish,
    certificateNumber: text("certificateNumber", 100),
    file: certificateFile,
    confirmDuplicate: checkbox,
  })
  .superRefine((v, ctx) => {
    const dates = v.startDate instanceof Date && v.endDate instanceof Date;
    if (dates && v.endDate < v.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: `${E}.endBeforeStart` });
    if (v.endDate instanceof Date && v.endDate > calendarToday()) ctx.addIssue({ code: "custom", path: ["endDate"], message: `${E}.endInFuture` });
    const duration = minutesFromInput(v);
    if (!duration.ok) ctx.addIssue({ code: "custom", path: [duration.field], message: durationMessages[duration.problem] });
    else if (dates && v.endDate >= v.startDate && duration.minutes > maxMinutesFor(v.startDate, v.endDate)) {
      ctx.addIssue({ code: "custom", path: [v.jp !== undefined && v.jp !== "" ? "jp" : "minutes"], message: `${E}.duration.tooLong` });
    }
  }, {
    // Check dates and duration even while other fields (the file, the title) are still wrong.
    when: (payload) => !payload.issues.some((i) => ["startDate", "endDate", "minutes", "jp"].includes(String(i.path?.[0]))),
  })
  .transform(({ minutes: _m, jp: _j, location, ...v }, ctx) => {
    const duration = minutesFromInput({ minutes: _m, jp: _j });
    if (!duration.ok) {
      ctx.addIssue({ code: "custom", path: [duration.field], message: durationMessages[duration.problem] });
      return z.NEVER;
    }
    return { ...v, location: location || null, minutes: duration.minutes };
  });

export type SubmitInput = z.infer<typeof submitSchema>;

const id = z.uuid("common.notFound");

export const verifySchema = z.object({
  id,
  reason: typed()
    .optional()
    .transform((v) => (v ? tidyText(v) : ""))
    .pipe(z.string().max(500, `${E}.reasonTooLong`)),
});

export const rejectSchema = z.object({
  id,
  reason: typed(`${E}.rejectReason`)
    .transform(tidyText)
    .pipe(z.string().min(5, `${E}.rejectReason`).max(500, `${E}.reasonTooLong`)),
});

/** Verify the ticked submissions (no reason: one in a closed year is refused and verified from its own page). */
export const bulkVerifySchema = z.object({ ids: selection() });

/**
 * Training recorded by an admin or operator on an ASN's behalf: the ASN's submission form and its checks, plus
 * whose training it is and, for a year already closed, the reason the ledger needs.
 */
export const onBehalfSchema = z
  .object({
    employeeId: z.uuid("common.notFound"),
    reason: typed()
      .optional()
      .transform((v) => (v ? tidyText(v) : ""))
      .pipe(z.string().max(500, `${E}.reasonTooLong`)),
  })
  .and(submitSchema);

export type OnBehalfInput = z.infer<typeof onBehalfSchema>;
