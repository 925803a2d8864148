import { describe, expect, it } from "vitest";
import { changedFields, sameJson } from "@/lib/audit/diff";
import { decodeCursor, encodeCursor, instantRange, parseAuditFilters, zonedMidnight } from "@/lib/audit/filters";
import { collectRefs, fieldKind, formatValue, type RefKind } from "@/lib/audit/format";
import { actionLabel, changeLine, entityLabel, fieldLabel, formatContext, labelledOptions, readableChanges } from "@/lib/audit/readable";
import { en } from "@/lib/i18n/messages/en";
import { id } from "@/lib/i18n/messages/id";

const EMPLOYEE = "0193a5b0-0000-7000-8000-000000000001";
const UNIT = "0193a5b0-0000-7000-8000-000000000002";
const names: Partial<Record<RefKind, Record<string, string>>> = {
  employee: { [EMPLOYEE]: "Siti Rahmawati, S.Kom." },
  unit: { [UNIT]: "Dinas Komunikasi dan Informatika" },
};
const name = (kind: RefKind, key: string) => names[kind]?.[key];
const ctxId = formatContext(id.audit, "id", name);
const ctxEn = formatContext(en.audit, "en", name);
const fmt = (field: string, value: unknown) => formatValue(field, value, ctxId);

describe("changedFields", () => {
  it("shows only the fields an update changed, before → after", () => {
    const before = { venue: "Gedung Diklat BKPP", capacity: 30, startDate: "2027-02-03" };
    const after = { venue: "Hotel Santika", capacity: 30, startDate: "2027-02-03" };
    expect(changedFields(before, after)).toEqual([{ field: "venue", mode: "changed", before: "Gedung Diklat BKPP", after: "Hotel Santika" }]);
  });

  it("shows every value of a create (nothing before) and of a delete (nothing after)", () => {
    expect(changedFields(null, { title: "Bimtek", minutes: 120 })).toEqual([
      { field: "title", mode: "value", side: "after", value: "Bimtek" },
      { field: "minutes", mode: "value", side: "after", value: 120 },
    ]);
    expect(changedFields({ name: "IKU 1" }, undefined)).toEqual([{ field: "name", mode: "value", side: "before", value: "IKU 1" }]);
  });

  it("lists changed fields first, then a field recorded on one side only as a value of that side, after's keys first", () => {
    expect(changedFields({ note: "x", status: "OPEN" }, { reason: "Penuh", status: "CLOSED" })).toEqual([
      { field: "status", mode: "changed", before: "OPEN", after: "CLOSED" },
      { field: "reason", mode: "value", side: "after", value: "Penuh" },
      { field: "note", mode: "value", side: "before", value: "x" },
    ]);
  });

  it("compares nested values by content, not key order, and treats null and absent alike", () => {
    expect(changedFields({ a: { x: 1, y: [1, 2] }, b: null }, { a: { y: [1, 2], x: 1 }, b: null })).toEqual([]);
    expect(sameJson({ x: [1, { y: 2 }] }, { x: [1, { y: 3 }] })).toBe(false);
    expect(sameJson(null, undefined)).toBe(true);
  });

  it("treats a list or a number as one whole value", () => {
    expect(changedFields(null, [1, 2])).toEqual([{ field: "_", mode: "value", side: "after", value: [1, 2] }]);
    expect(changedFields(3, 4)).toEqual([{ field: "_", mode: "changed", before: 3, after: 4 }]);
    expect(changedFields(null, null)).toEqual([]);
  });
});

describe("formatValue", () => {
  it("writes calendar dates as the locale does", () => {
    expect(fmt("startDate", "2027-02-03")).toBe("3 Februari 2027");
    expect(formatValue("startDate", "2027-02-03", ctxEn)).toBe("3 February 2027");
    // A calendar date stored as UTC midnight (a session's day) reads as the date alone.
    expect(fmt("date", "2027-02-03T00:00:00.000Z")).toBe("3 Februari 2027");
  });

  it("writes an instant on the agency's wall clock (WIB)", () => {
    expect(fmt("registrationClosesAt", "2027-02-03T07:05:00.000Z")).toBe("3 Februari 2027 14.05");
    expect(fmt("readAt", "2027-02-03T20:30:00.000Z")).toBe("4 Februari 2027 03.30");
  });

  it("writes minutes as JP where the field holds minutes, and a minute of the day as a time", () => {
    expect(fieldKind("minutes")).toBe("minutes");
    expect(fieldKind("heldMinutes")).toBe("minutes");
    expect(fieldKind("sessionIds")).toBe("session");
    expect(fmt("minutes", 120)).toBe("2,67 JP");
    expect(fmt("heldMinutes", 900)).toBe("20,00 JP");
    expect(formatValue("minutes", 120, ctxEn)).toBe("2.67 JP");
    expect(fmt("startMinute", 510)).toBe("08.30");
    expect(formatValue("endMinute", 600, ctxEn)).toBe("10:00");
    expect(fmt("capacity", 1500)).toBe("1.500");
  });

  it("writes booleans as Ya/Tidak and nothing as a dash", () => {
    expect(fmt("cancelled", true)).toBe("Ya");
    expect(fmt("cancelled", false)).toBe("Tidak");
    expect(formatValue("cancelled", true, ctxEn)).toBe("Yes");
    expect(fmt("venue", null)).toBe("—");
    expect(fmt("venue", "")).toBe("—");
    expect(fmt("unitIds", [])).toBe("—");
  });

  it("resolves ids to names, and keeps an id it could not resolve", () => {
    expect(fmt("employeeId", EMPLOYEE)).toBe("Siti Rahmawati, S.Kom.");
    expect(fmt("supervisorId", EMPLOYEE)).toBe("Siti Rahmawati, S.Kom.");
    expect(fmt("quotaUnitId", UNIT)).toBe("Dinas Komunikasi dan Informatika");
    expect(fmt("unitIds", [UNIT, EMPLOYEE])).toBe(`Dinas Komunikasi dan Informatika, ${EMPLOYEE}`);
    expect(fmt("employeeId", "not-an-id")).toBe("not-an-id");
  });

  it("translates known status values and spells out objects with their labels", () => {
    expect(fmt("status", "CONFIRMED")).toBe("Terkonfirmasi");
    expect(formatValue("status", "CONFIRMED", ctxEn)).toBe("Confirmed");
    expect(fmt("status", "SOMETHING_NEW")).toBe("SOMETHING_NEW");
    expect(fmt("notified", { participants: 12, supervisors: 3 })).toBe("Peserta: 12; Atasan: 3");
    expect(fmt("eligibleUnits", [{ unitId: UNIT }])).toBe("Unit: Dinas Komunikasi dan Informatika");
  });

  it("shortens long lists", () => {
    const list = Array.from({ length: 13 }, (_, i) => i + 1);
    expect(fmt("sessionIds", list)).toBe("1, 2, 3, 4, 5, 6, 7, 8, 9, 10 +3 lainnya");
  });
});

describe("collectRefs", () => {
  it("gathers every id by kind, inside lists and objects too", () => {
    const refs = collectRefs([
      { field: "employeeId", value: EMPLOYEE },
      { field: "eligibleUnits", value: [{ unitId: UNIT }] },
      { field: "venue", value: "Hotel" },
      { field: "batchId", value: null },
    ]);
    expect([...refs.keys()].sort()).toEqual(["employee", "unit"]);
    expect([...refs.get("unit")!]).toEqual([UNIT]);
  });
});

describe("readable changes", () => {
  it("labels fields in the user's language: 'Tempat: Gedung Diklat BKPP → Hotel Santika'", () => {
    const changes = readableChanges(id.audit, ctxId, { before: { venue: "Gedung Diklat BKPP" }, after: { venue: "Hotel Santika" } });
    expect(changes.map((c) => changeLine(c))).toEqual(["Tempat: Gedung Diklat BKPP → Hotel Santika"]);
    const english = readableChanges(en.audit, ctxEn, { before: { venue: "Gedung Diklat BKPP" }, after: { venue: "Hotel Santika" } });
    expect(english.map((c) => changeLine(c))).toEqual(["Venue: Gedung Diklat BKPP → Hotel Santika"]);
  });

  it("falls back to the raw key for a field, record kind or action it has no label for", () => {
    expect(fieldLabel(id.audit, "somethingNew")).toBe("somethingNew");
    expect(entityLabel(id.audit, "Batch")).toBe("Angkatan");
    expect(entityLabel(id.audit, "Widget")).toBe("Widget");
    expect(actionLabel(id.audit, "update")).toBe("Mengubah");
    expect(actionLabel(id.audit, "create")).toBe("Membuat");
    expect(actionLabel(en.audit, "update")).toBe("Changed");
    expect(actionLabel(id.audit, "frobnicate")).toBe("frobnicate");
    // Inherited object keys are not labels.
    expect(actionLabel(id.audit, "constructor")).toBe("constructor");
  });

  it("lists a create's values in full", () => {
    const changes = readableChanges(id.audit, ctxId, { before: null, after: { employeeId: EMPLOYEE, minutes: 90, cancelled: false } });
    expect(changes.map((c) => changeLine(c))).toEqual(["Pegawai: Siti Rahmawati, S.Kom.", "JP: 2,00 JP", "Dibatalkan: Tidak"]);
  });

  it("sorts filter options by label and keeps each once", () => {
    expect(labelledOptions(id.audit.entities, ["Program", "Batch", "Widget", "Batch", undefined], "id")).toEqual([
      { value: "Batch", label: "Angkatan" },
      { value: "Program", label: "Pelatihan" },
      { value: "Widget", label: "Widget" },
    ]);
  });
});

describe("filters and cursors", () => {
  const parse = (params: Record<string, string>) => parseAuditFilters((n) => params[n], id.audit);

  it("reads the filters a URL carries", () => {
    expect(parse({ q: " Siti ", entity: "Batch", entityId: EMPLOYEE, action: "update", from: "2027-02-01", to: "2027-02-28", employeeId: EMPLOYEE.toUpperCase() })).toEqual({
      filters: { q: "Siti", entity: "Batch", entityId: EMPLOYEE, action: "update", from: "2027-02-01", to: "2027-02-28", employeeId: EMPLOYEE },
      errors: [],
    });
  });

  it("refuses bad values with a message naming the field, and drops them", () => {
    const { filters, errors } = parse({ from: "2027-02-30", to: "03-02-2027", batchId: "x", entity: "Batch; DROP", q: "a".repeat(101) });
    expect(filters).toEqual({});
    expect(errors).toEqual([
      "Oleh (nama, NIP atau e-mail) paling banyak 100 karakter.",
      "Jenis data bukan id yang valid.",
      "Dari tanggal harus tanggal yang valid (tttt-bb-hh).",
      "Sampai tanggal harus tanggal yang valid (tttt-bb-hh).",
      "batchId bukan id yang valid.",
    ]);
    expect(parse({ from: "2027-03-01", to: "2027-02-01" })).toEqual({ filters: { from: "2027-03-01" }, errors: ["Dari tanggal tidak boleh sesudah sampai tanggal."] });
  });

  it("turns a date range into the instants of the agency's days (WIB, UTC+7)", () => {
    expect(zonedMidnight("2027-02-03").toISOString()).toBe("2027-02-02T17:00:00.000Z");
    expect(zonedMidnight("2027-02-03", "UTC").toISOString()).toBe("2027-02-03T00:00:00.000Z");
    const range = instantRange({ from: "2027-02-03", to: "2027-02-03" });
    expect(range.gte?.toISOString()).toBe("2027-02-02T17:00:00.000Z");
    expect(range.lt?.toISOString()).toBe("2027-02-03T17:00:00.000Z");
    expect(instantRange({ to: "2027-12-31" }).lt?.toISOString()).toBe("2027-12-31T17:00:00.000Z");
  });

  it("round-trips a cursor and ignores a malformed one", () => {
    const cursor = { at: new Date("2027-02-03T07:05:00.123Z"), id: 9007199254740993n };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("abc")).toBeUndefined();
    expect(decodeCursor("1_2_3")).toBeUndefined();
    expect(decodeCursor(undefined)).toBeUndefined();
  });
});
