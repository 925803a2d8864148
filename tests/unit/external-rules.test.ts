import { describe, expect, it } from "vitest";
import {
  certificateKey,
  contentDisposition,
  daysIncluded,
  isSameTraining,
  MAX_FILE_BYTES,
  maxMinutesFor,
  minutesFromInput,
  parseIsoDate,
  sanitizeFileName,
  sniffFileType,
  storageKey,
  titleKey,
} from "@/lib/external/rules";
import { rejectSchema, submitSchema, verifySchema } from "@/lib/external/schemas";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));

const PDF = bytes("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF");
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d], "IHDR");

describe("sniffFileType: the type comes from the content", () => {
  it("recognises PDF, JPEG and PNG by their magic bytes", () => {
    expect(sniffFileType(PDF)).toBe("application/pdf");
    expect(sniffFileType(JPEG)).toBe("image/jpeg");
    expect(sniffFileType(PNG)).toBe("image/png");
  });

  it.each([
    ["a Windows program renamed sertifikat.pdf (MZ…)", bytes("MZ", [0x90, 0x00, 0x03, 0x00], "This program cannot be run in DOS mode")],
    ["an HTML page renamed sertifikat.pdf", bytes("<!DOCTYPE html><html><script>alert(1)</script></html>")],
    ["an HTML page that mentions %PDF- later on", bytes("<html>%PDF-1.4</html>")],
    ["a PDF header after leading whitespace", bytes(" %PDF-1.4")],
    ["\"%PDF\" without the dash", bytes("%PDF1.4")],
    ["a truncated PNG signature", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a])],
    ["two of the three JPEG bytes", bytes([0xff, 0xd8])],
    ["a GIF", bytes("GIF89a")],
    ["a ZIP (e.g. .docx)", bytes("PK", [0x03, 0x04])],
    ["an empty file", new Uint8Array()],
  ])("refuses %s", (_label, content) => {
    expect(sniffFileType(content)).toBeNull();
  });
});

describe("file size", () => {
  it("allows at most 5 MB = 5 × 1024 × 1024 bytes", () => {
    expect(MAX_FILE_BYTES).toBe(5_242_880);
  });

  it("is enforced by the schema: 5 MB passes, one byte more and 6 MB do not, and an empty file is missing", () => {
    const parse = (size: number) => submitSchema.safeParse({ ...valid(), file: new File([new Uint8Array(size)], "s.pdf") });
    expect(parse(MAX_FILE_BYTES).success).toBe(true);
    expect(messagesOf(parse(MAX_FILE_BYTES + 1))).toEqual({ file: ["external.errors.file.tooBig"] });
    expect(messagesOf(parse(6 * 1024 * 1024))).toEqual({ file: ["external.errors.file.tooBig"] });
    expect(messagesOf(parse(0))).toEqual({ file: ["external.errors.file.required"] });
  });
});

describe("minutesFromInput: minutes or JP, converted once", () => {
  it.each([
    [{ minutes: "120" }, 120],
    [{ minutes: 90 }, 90],
    [{ jp: "2,67" }, 120], // seed 001: 120 minutes are 2,67 JP, and back
    [{ jp: "2.67" }, 120],
    [{ jp: "1" }, 45],
    [{ jp: 20 }, 900],
    [{ jp: "0,5" }, 23], // 22.5 rounds half up
    [{ minutes: "", jp: "3" }, 135],
  ])("%j is %i minutes", (input, minutes) => {
    expect(minutesFromInput(input)).toEqual({ ok: true, minutes });
  });

  it.each([
    [{}, "minutes", "missing"],
    [{ minutes: " ", jp: "" }, "minutes", "missing"],
    [{ minutes: "60", jp: "1" }, "minutes", "both"],
    [{ minutes: "-30" }, "minutes", "notPositive"],
    [{ minutes: "0" }, "minutes", "notPositive"],
    [{ minutes: "12.5" }, "minutes", "notWholeNumber"],
    [{ minutes: "1e3" }, "minutes", "notWholeNumber"],
    [{ minutes: "dua jam" }, "minutes", "notWholeNumber"],
    [{ jp: "-1" }, "jp", "notPositive"],
    [{ jp: "0" }, "jp", "notPositive"],
    [{ jp: "0,01" }, "jp", "notPositive"], // rounds to zero minutes
    [{ jp: "2,675" }, "jp", "notNumber"],
    [{ jp: "1.000,5" }, "jp", "notNumber"],
  ])("refuses %j on %s (%s)", (input, field, problem) => {
    expect(minutesFromInput(input)).toEqual({ ok: false, field, problem });
  });
});

describe("dates", () => {
  it("parses real calendar dates only", () => {
    expect(parseIsoDate("2025-03-10")).toEqual(new Date("2025-03-10T00:00:00Z"));
    expect(parseIsoDate("2024-02-29")).not.toBeNull();
    expect(parseIsoDate("2025-02-29")).toBeNull();
    expect(parseIsoDate("10/03/2025")).toBeNull();
    expect(parseIsoDate("1900-01-01")).toBeNull();
  });

  it("counts both ends and caps the minutes at 24 hours a day", () => {
    const start = new Date("2025-03-10T00:00:00Z");
    const end = new Date("2025-03-11T00:00:00Z");
    expect(daysIncluded(start, end)).toBe(2);
    expect(maxMinutesFor(start, end)).toBe(2880);
    expect(maxMinutesFor(end, start)).toBe(0);
  });
});

describe("duplicate keys", () => {
  it("compares titles and certificate numbers without case or spaces", () => {
    expect(titleKey("  Bimtek   SPBE  Kota ")).toBe(titleKey("bimtek spbe kota"));
    expect(titleKey("Bimtek SPBE")).not.toBe(titleKey("Bimtek SPBE 2"));
    expect(certificateKey(" No. 12 / BKPP ")).toBe(certificateKey("no.12/bkpp"));
  });

  it("calls it the same training for the same employee, title and dates only", () => {
    const a = { employeeId: "e1", title: "Bimtek SPBE", startDate: new Date("2025-03-10"), endDate: new Date("2025-03-11") };
    expect(isSameTraining(a, { ...a, title: "BIMTEK  spbe" })).toBe(true);
    expect(isSameTraining(a, { ...a, employeeId: "e2" })).toBe(false);
    expect(isSameTraining(a, { ...a, endDate: new Date("2025-03-12") })).toBe(false);
  });
});

describe("file names and keys", () => {
  it("keeps a matching extension, appends the real one otherwise, and drops folders and odd characters", () => {
    expect(sanitizeFileName("Sertifikat Bimtek.PDF", "application/pdf")).toBe("Sertifikat Bimtek.PDF");
    expect(sanitizeFileName("setup.exe", "application/pdf")).toBe("setup.exe.pdf");
    expect(sanitizeFileName("foto.jpeg", "image/jpeg")).toBe("foto.jpeg");
    expect(sanitizeFileName("../../etc/passwd", "image/png")).toBe("passwd.png");
    expect(sanitizeFileName("C:\\Users\\rina\\a\"b<c>.pdf", "application/pdf")).toBe("abc.pdf");
    expect(sanitizeFileName("", "application/pdf")).toBe("sertifikat.pdf");
    expect(sanitizeFileName(`${"x".repeat(300)}.pdf`, "application/pdf")).toHaveLength(120);
  });

  it("writes an inline Content-Disposition with an ASCII fallback and the UTF-8 name", () => {
    expect(contentDisposition("Sertifikat Élan.pdf")).toBe(`inline; filename="Sertifikat Elan.pdf"; filename*=UTF-8''Sertifikat%20%C3%89lan.pdf`);
    expect(contentDisposition("a'b.pdf")).toContain("filename*=UTF-8''a%27b.pdf");
  });

  it("keeps every file under its agency with a fresh name", () => {
    expect(storageKey("agency-1", "f-1", "image/png")).toBe("external/agency-1/f-1.png");
  });
});

// ---- the schema's messages, each naming its field ----

function valid() {
  return {
    title: "Bimtek Keamanan Informasi",
    organiser: "BSSN",
    location: "",
    routeCode: "KL10",
    startDate: "2025-03-10",
    endDate: "2025-03-11",
    minutes: "600",
    certificateNumber: "BSSN/2025/001",
    file: new File([PDF], "sertifikat.pdf", { type: "application/pdf" }),
  };
}

function messagesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const out: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

describe("submitSchema", () => {
  it("accepts a complete submission, tidies the text and converts JP", () => {
    const parsed = submitSchema.parse({ ...valid(), title: "  Bimtek   Keamanan Informasi ", minutes: "", jp: "2,67" });
    expect(parsed).toMatchObject({ title: "Bimtek Keamanan Informasi", minutes: 120, location: null, confirmDuplicate: false });
    expect(parsed.startDate).toEqual(new Date("2025-03-10T00:00:00Z"));
  });

  it.each([
    [{ endDate: "2025-03-09" }, { endDate: ["external.errors.endBeforeStart"] }],
    [{ minutes: "-30" }, { minutes: ["external.errors.duration.positive"] }],
    [{ minutes: "0" }, { minutes: ["external.errors.duration.positive"] }],
    [{ minutes: "5000" }, { minutes: ["external.errors.duration.tooLong"] }],
    [{ title: "   " }, { title: ["external.errors.required.title"] }],
    [{ routeCode: "KL99" }, { routeCode: ["external.errors.routeCode"] }],
    [{ startDate: "2025-02-30" }, { startDate: ["external.errors.dateInvalid.startDate"] }],
    [{ endDate: "2999-01-01" }, { endDate: ["external.errors.endInFuture"] }],
    [{ file: undefined }, { file: ["external.errors.file.required"] }],
  ])("refuses %j with a message on its field", (patch, expected) => {
    expect(messagesOf(submitSchema.safeParse({ ...valid(), ...patch }))).toEqual(expected);
  });

  it("reports the dates even while another field is wrong", () => {
    const result = submitSchema.safeParse({ ...valid(), file: undefined, endDate: "2025-03-01" });
    expect(messagesOf(result)).toEqual({ file: ["external.errors.file.required"], endDate: ["external.errors.endBeforeStart"] });
  });

  it("reads the duplicate confirmation from a checkbox", () => {
    expect(submitSchema.parse({ ...valid(), confirmDuplicate: "on" }).confirmDuplicate).toBe(true);
  });
});

describe("decision schemas", () => {
  const id = "0192d3e4-5f60-7a8b-9c0d-1e2f3a4b5c6d";
  it("lets a verification go without a reason, but not a rejection", () => {
    expect(verifySchema.parse({ id })).toEqual({ id, reason: "" });
    expect(messagesOf(rejectSchema.safeParse({ id, reason: "ok" }))).toEqual({ reason: ["external.errors.rejectReason"] });
    expect(rejectSchema.parse({ id, reason: "  Sertifikat tidak terbaca  " }).reason).toBe("Sertifikat tidak terbaca");
  });
});
