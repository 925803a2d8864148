// The admin's ledger rules (issue 13, decision 0027): a correction's signed minutes from JP and/or minutes, the
// below-zero refusal, the correction schema's required reason, the imported entry's identity, and who may do what.
import { describe, expect, it } from "vitest";
import { accessFor } from "@/lib/auth/permissions";
import { correctionMinutes, correctionRefusal, importKey } from "@/lib/ledger/rules";
import { correctionSchema } from "@/lib/ledger/schemas";

describe("correctionMinutes", () => {
  it("adds JP (45 minutes each, converted once) and minutes, signed by the direction", () => {
    expect(correctionMinutes({ direction: "add", jp: "2" })).toEqual({ ok: true, minutes: 90 });
    expect(correctionMinutes({ direction: "add", minutes: "90" })).toEqual({ ok: true, minutes: 90 });
    expect(correctionMinutes({ direction: "add", jp: "2", minutes: "15" })).toEqual({ ok: true, minutes: 105 });
    expect(correctionMinutes({ direction: "subtract", jp: "2,67" })).toEqual({ ok: true, minutes: -120 });
    expect(correctionMinutes({ direction: "subtract", jp: "0.5", minutes: "0" })).toEqual({ ok: true, minutes: -23 });
  });

  it("refuses nothing typed, zero, negative or unreadable amounts, each on its field", () => {
    expect(correctionMinutes({ direction: "add" })).toEqual({ ok: false, field: "jp", problem: "missing" });
    expect(correctionMinutes({ direction: "add", jp: " ", minutes: "" })).toEqual({ ok: false, field: "jp", problem: "missing" });
    expect(correctionMinutes({ direction: "add", jp: "0" })).toEqual({ ok: false, field: "jp", problem: "zero" });
    expect(correctionMinutes({ direction: "add", minutes: "0" })).toEqual({ ok: false, field: "minutes", problem: "zero" });
    expect(correctionMinutes({ direction: "add", jp: "-2" })).toEqual({ ok: false, field: "jp", problem: "jpNumber" });
    expect(correctionMinutes({ direction: "add", jp: "2,675" })).toEqual({ ok: false, field: "jp", problem: "jpNumber" });
    expect(correctionMinutes({ direction: "add", minutes: "1.5" })).toEqual({ ok: false, field: "minutes", problem: "minutesWhole" });
    expect(correctionMinutes({ direction: "add", minutes: "9".repeat(40) })).toEqual({ ok: false, field: "minutes", problem: "minutesWhole" });
  });
});

describe("correctionRefusal", () => {
  it("refuses only a negative correction that leaves the year below zero", () => {
    expect(correctionRefusal(60, -61)).toBe("belowZero");
    expect(correctionRefusal(60, -60)).toBeNull();
    expect(correctionRefusal(0, 90)).toBeNull();
    expect(correctionRefusal(-30, 10)).toBeNull(); // an already negative year may be raised
    expect(correctionRefusal(-30, -1)).toBe("belowZero");
  });
});

describe("correctionSchema", () => {
  const good = { employeeId: "0193a000-0000-7000-8000-000000000001", direction: "add", jp: "2", date: "2025-06-30", title: "Koreksi", reason: "Nota dinas 800/12 BKPP", routeCode: "KL10" };

  it("gives the command signed minutes and a real date", () => {
    const parsed = correctionSchema.parse(good);
    expect(parsed).toMatchObject({ minutes: 90, date: new Date("2025-06-30T00:00:00Z"), reason: "Nota dinas 800/12 BKPP", routeCode: "KL10" });
    expect(parsed).not.toHaveProperty("jp");
    expect(correctionSchema.parse({ ...good, direction: "subtract", routeCode: "", correctsId: "" })).toMatchObject({ minutes: -90, routeCode: undefined, correctsId: undefined });
  });

  it("requires a reason of 10 to 500 characters, naming the field", () => {
    for (const reason of [undefined, "", "   ", "123456789"]) {
      const result = correctionSchema.safeParse({ ...good, reason });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toContainEqual(["reason", "ledgerAdmin.errors.reasonRequired"]);
    }
    expect(correctionSchema.safeParse({ ...good, reason: "x".repeat(501) }).error?.issues[0]?.message).toBe("ledgerAdmin.errors.reasonTooLong");
    expect(correctionSchema.safeParse({ ...good, reason: "1234567890" }).success).toBe(true);
  });

  it("refuses a bad date, direction or entry id", () => {
    expect(correctionSchema.safeParse({ ...good, date: "2025-02-30" }).success).toBe(false);
    expect(correctionSchema.safeParse({ ...good, direction: "edit" }).success).toBe(false);
    expect(correctionSchema.safeParse({ ...good, correctsId: "not-an-id" }).error?.issues[0]?.message).toBe("ledgerAdmin.errors.correctsInvalid");
  });
});

describe("importKey", () => {
  it("is the certificate number (case and spaces aside) and both dates; the title stands in without a number", () => {
    const a = importKey({ certificateNumber: "No. 12/ BKPP", title: "Kursus A", startDate: "2024-03-01", endDate: "2024-03-02" });
    expect(a).toBe(importKey({ certificateNumber: "no.12/bkpp", title: "Another title", startDate: "2024-03-01", endDate: "2024-03-02" }));
    expect(a).not.toBe(importKey({ certificateNumber: "no.12/bkpp", title: "Kursus A", startDate: "2024-03-01", endDate: "2024-03-03" }));
    const untitled = importKey({ certificateNumber: null, title: "Kursus  A", startDate: "2024-03-01", endDate: "2024-03-02" });
    expect(untitled).toBe(importKey({ certificateNumber: "", title: "kursus a", startDate: "2024-03-01", endDate: "2024-03-02" }));
    expect(untitled).not.toBe(a);
  });
});

describe("permissions of issue 13's ledger commands", () => {
  it("lets only an admin correct a ledger, and an admin (agency) or operator (unit) record on an ASN's behalf", () => {
    expect(accessFor(["ADMIN"], "correct:ledger")).toEqual(["any"]);
    for (const role of ["OPERATOR", "SUPERVISOR", "ASN", "TRAINER"] as const) expect(accessFor([role], "correct:ledger")).toEqual([]);
    expect(accessFor(["ADMIN"], "record:external-training-on-behalf")).toEqual(["any"]);
    expect(accessFor(["OPERATOR"], "record:external-training-on-behalf")).toEqual(["unit"]);
    for (const role of ["SUPERVISOR", "ASN", "TRAINER"] as const) expect(accessFor([role], "record:external-training-on-behalf")).toEqual([]);
  });
});
