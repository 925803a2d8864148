import { describe, expect, it } from "vitest";
import { batchSchema, sessionChangeSchema } from "@/lib/catalog/schemas";
import { contactSchema } from "@/lib/people/schemas";
import { policySchema } from "@/lib/policy/schemas";
import { parseIdentifier } from "@/lib/auth/rules";
import { calendarDate, httpUrl, isCalendarDate, positiveInt, text } from "@/lib/validation";

// Issue 10 §2 "Input bounds": each reproduction, refused with a field message.

const messagesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string) =>
  (result.error?.issues ?? []).filter((i) => i.path.join(".") === field).map((i) => i.message);

const batch = {
  programId: "7b0c1c9e-8a43-4c55-9a53-1f0d3c7a9b10",
  number: "1",
  startDate: "2031-03-01",
  endDate: "2031-03-05",
  capacity: "30",
  registrationOpensAt: "2031-01-01T00:00:00Z",
  registrationClosesAt: "2031-02-01T00:00:00Z",
};

describe("strings are bounded and refuse NUL", () => {
  it("a 1 MB e-mail address is refused, a normal one passes", () => {
    const huge = contactSchema.safeParse({ phone: "", email: `${"a".repeat(1_000_000)}@example.go.id` });
    expect(huge.success).toBe(false);
    expect(messagesOf(huge, "email")).toContain("home.emailInvalid");
    expect(contactSchema.safeParse({ phone: "", email: "budi@example.go.id" }).success).toBe(true);
  });

  it("a NUL byte is refused in a text", () => {
    const schema = text(50);
    expect(schema.safeParse("Pelatihan\u0000Dasar").success).toBe(false);
    expect(schema.safeParse("Pelatihan Dasar").success).toBe(true);
    expect(schema.safeParse("x".repeat(51)).success).toBe(false);
    expect(schema.safeParse("   ").success).toBe(false);
  });

  it("a 300,000-digit number is a field error, not Infinity", () => {
    const result = batchSchema.safeParse({ ...batch, number: "9".repeat(300_000) });
    expect(result.success).toBe(false);
    expect(messagesOf(result, "number")).toEqual(["catalog.positive"]);
    expect(positiveInt(100).safeParse("1e400").success).toBe(false);
    expect(positiveInt(100).safeParse("12").data).toBe(12);
  });

  it("a sign-in identifier longer than any e-mail or NIP is no identifier", () => {
    expect(parseIdentifier("9".repeat(300_000))).toBeNull();
    expect(parseIdentifier(`${"a".repeat(250)}@x.id`)).toBeNull();
    expect(parseIdentifier("199001012015031001")).toEqual({ kind: "nip", value: "199001012015031001" });
  });
});

describe("dates are real calendar dates", () => {
  it("refuses 30 February and month 13 with the field's message", () => {
    for (const bad of ["2031-02-30", "2031-13-01", "2031-00-10", "2031-04-31", "2030-02-29", "31-01-2031", "2031-1-1"]) {
      const result = batchSchema.safeParse({ ...batch, startDate: bad });
      expect(messagesOf(result, "startDate"), bad).toEqual(["catalog.dateInvalid"]);
    }
  });

  it("accepts real days, leap days included, as UTC midnight", () => {
    expect(isCalendarDate("2032-02-29")).toBe(true);
    expect(calendarDate().parse("2031-02-28").toISOString()).toBe("2031-02-28T00:00:00.000Z");
    expect(sessionChangeSchema.safeParse({ sessionId: batch.programId, date: "2031-02-30", reason: "Dipindah" }).success).toBe(false);
  });

  it("refuses an unreadable registration instant instead of passing Invalid Date on", () => {
    const result = batchSchema.safeParse({ ...batch, registrationOpensAt: "2031-13-01T00:00:00Z" });
    expect(messagesOf(result, "registrationOpensAt")).toEqual(["catalog.dateInvalid"]);
  });
});

describe("online links", () => {
  it("accept https: and http: only", () => {
    const url = httpUrl();
    expect(url.safeParse("https://zoom.us/j/123").success).toBe(true);
    expect(url.safeParse("http://intranet.bkpp.go.id/kelas").success).toBe(true);
    for (const bad of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "https://", "ftp://x.id"]) {
      expect(url.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("a batch with a javascript: link is refused on the field", () => {
    const result = batchSchema.safeParse({ ...batch, onlineUrl: "javascript:alert(document.cookie)" });
    expect(messagesOf(result, "onlineUrl")).toEqual(["catalog.urlInvalid"]);
    expect(batchSchema.safeParse({ ...batch, onlineUrl: "https://meet.example.go.id/abc" }).success).toBe(true);
  });
});

describe("the JP target", () => {
  const policy = { year: "2031", proRate: "on", countedRouteCodes: [], completionThresholdPct: "80", pppkCeilingJp: "" };
  it("refuses 0 and accepts 1", () => {
    expect(messagesOf(policySchema.safeParse({ ...policy, targetJp: "0" }), "targetJp")).toEqual(["jp.policy.targetJpInvalid"]);
    expect(policySchema.safeParse({ ...policy, targetJp: "1" }).success).toBe(true);
  });
});
