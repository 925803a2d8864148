import { describe, expect, it } from "vitest";
import {
  certificateFileName, CODE_ALPHABET, CODE_LENGTH, codeFromBytes, formatCertificateNumber, groupCode, jpWithMinutes,
  normalizeCode, placeOfIssue, publicOrigin, publicView, romanMonth, signatoryOf, validateCertificateFormat, verificationUrl, winAnsiSafe,
} from "@/lib/certificate/rules";
import { settingsSchema, revokeSchema } from "@/lib/certificate/schemas";

describe("romanMonth", () => {
  it.each([[1, "I"], [2, "II"], [4, "IV"], [8, "VIII"], [9, "IX"], [11, "XI"], [12, "XII"]])("%i → %s", (month, roman) => {
    expect(romanMonth(month)).toBe(roman);
  });
  it.each([0, 13, 1.5, -1])("refuses %s", (month) => {
    expect(() => romanMonth(month)).toThrow(RangeError);
  });
});

describe("formatCertificateNumber", () => {
  it("pads {seq} to four digits and fills {year}", () => {
    expect(formatCertificateNumber("{seq}/STTPP/BKPP/{year}", { seq: 7, year: 2025, month: 3 })).toBe("0007/STTPP/BKPP/2025");
    expect(formatCertificateNumber("{seq}/STTPP/BKPP/{year}", { seq: 123, year: 2025, month: 3 })).toBe("0123/STTPP/BKPP/2025");
  });
  it("keeps a sequence of more than four digits whole", () => {
    expect(formatCertificateNumber("{seq}/{year}", { seq: 12345, year: 2030, month: 1 })).toBe("12345/2030");
  });
  it("writes {month} in roman numerals, as Indonesian official letters do", () => {
    expect(formatCertificateNumber("800/{seq}/BKPP/{month}/{year}", { seq: 42, year: 2024, month: 12 })).toBe("800/0042/BKPP/XII/2024");
    expect(formatCertificateNumber("{seq}-{month}-{year}", { seq: 1, year: 2026, month: 9 })).toBe("0001-IX-2026");
  });
  it("refuses a sequence that is not a positive integer", () => {
    expect(() => formatCertificateNumber("{seq}/{year}", { seq: 0, year: 2025, month: 1 })).toThrow(RangeError);
  });
});

describe("validateCertificateFormat", () => {
  it.each(["{seq}/STTPP/BKPP/{year}", "800/{seq}/BKPP/{month}/{year}", "STTPP-{year}-{seq}", "{seq}.{year}"])("accepts %j", (format) => {
    expect(validateCertificateFormat(format)).toBeNull();
  });
  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["STTPP/BKPP/{year}", "missingSeq"],
    ["{seq}/STTPP/BKPP", "missingYear"],
    ["{seq}/{year}/{day}", "unknownPlaceholder"],
    ["{seq}/{year}/{", "unknownPlaceholder"],
    ["{seq}/{year}/{seq}", "repeated"],
    ["{seq}/{year}/{month}/{month}", "repeated"],
    ["{seq}/<b>/{year}", "characters"],
    [`{seq}/{year}/${"X".repeat(80)}`, "tooLong"],
  ] as const)("refuses %j (%s)", (format, problem) => {
    expect(validateCertificateFormat(format)).toBe(problem);
  });
  it("is what the settings form and command check, with catalog keys as messages", () => {
    const bad = settingsSchema.safeParse({ format: "STTPP/{year}", signatoryName: "", signatoryPosition: "" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe("certificate.errors.format.missingSeq");
    const good = settingsSchema.parse({ format: "  {seq}/STTPP/{year} ", signatoryName: "  Dr.  Siti ", signatoryPosition: undefined });
    expect(good).toEqual({ format: "{seq}/STTPP/{year}", signatoryName: "Dr. Siti", signatoryPosition: "" });
  });
  it("requires a revocation reason of at least five characters", () => {
    const id = "0190f0f0-0000-7000-8000-000000000001";
    expect(revokeSchema.safeParse({ certificateId: id, reason: " abc " }).success).toBe(false);
    expect(revokeSchema.parse({ certificateId: id, reason: " Data presensi salah " }).reason).toBe("Data presensi salah");
  });
});

describe("verification codes", () => {
  const bytes = (values: number[]) => Uint8Array.from(values);

  it("has a 32-letter alphabet without the look-alikes 0, O, 1 and I", () => {
    expect(new Set(CODE_ALPHABET).size).toBe(32);
    for (const ch of "0O1I") expect(CODE_ALPHABET).not.toContain(ch);
    expect(CODE_LENGTH).toBeGreaterThanOrEqual(20);
  });
  it("maps each byte's low five bits to one character", () => {
    const code = codeFromBytes(bytes(Array.from({ length: 32 }, (_, i) => i + 32)));
    expect(code).toBe(CODE_ALPHABET.slice(0, CODE_LENGTH));
    expect(codeFromBytes(bytes(Array(32).fill(255)))).toBe("9".repeat(CODE_LENGTH));
  });
  it("refuses too few random bytes", () => {
    expect(() => codeFromBytes(bytes([1, 2, 3]))).toThrow(RangeError);
  });
  it("normalises what people type and rejects anything else", () => {
    const code = "ABCDEFGHJKLMNPQRSTUV";
    expect(normalizeCode(code)).toBe(code);
    expect(normalizeCode("abcd-efgh-jklm-npqr-stuv")).toBe(code);
    expect(normalizeCode(" ABCD EFGH JKLM NPQR STUV ")).toBe(code);
    expect(groupCode(code)).toBe("ABCD-EFGH-JKLM-NPQR-STUV");
    for (const bad of ["", "ABCDEFGHJKLMNPQRSTU", "ABCDEFGHJKLMNPQRSTUVW", "0BCDEFGHJKLMNPQRSTUV", "ABCDEFGHIJKLMNPQRSTU", "../../etc/passwd"]) {
      expect(normalizeCode(bad), bad).toBeNull();
    }
  });
});

describe("the public view of a certificate", () => {
  const stored = {
    revokedAt: null, holderName: "Dr. Siti Rahmawati, S.E., M.M.", nip: "198001012005011001", programTitle: "PKN Tingkat II",
    batchNumber: 34, startDate: new Date("2024-08-12"), endDate: new Date("2024-12-13"), minutes: 510,
  };
  it("masks the NIP and never carries it in full", () => {
    const view = publicView(stored);
    expect(view.maskedNip).toBe("1980**** ****** * 001");
    expect(JSON.stringify(view)).not.toContain(stored.nip);
    expect(JSON.stringify(view)).not.toContain("20050110");
    expect(Object.keys(view).sort()).toEqual(["batchNumber", "endDate", "holderName", "maskedNip", "minutes", "programTitle", "revokedAt", "startDate", "status"]);
  });
  it("says valid, or revoked with the date", () => {
    expect(publicView(stored).status).toBe("valid");
    const revokedAt = new Date("2025-01-05T03:00:00Z");
    expect(publicView({ ...stored, revokedAt })).toMatchObject({ status: "revoked", revokedAt });
  });
});

describe("small helpers", () => {
  it("builds the verification URL from the configured origin, else the request's", () => {
    expect(verificationUrl("https://bangkom.example.go.id/", "ABCD")).toBe("https://bangkom.example.go.id/verifikasi/ABCD");
    expect(publicOrigin("https://bangkom.example.go.id/x", "http://127.0.0.1:3000/api/sertifikat/1")).toBe("https://bangkom.example.go.id");
    expect(publicOrigin(undefined, "http://127.0.0.1:3000/api/sertifikat/1")).toBe("http://127.0.0.1:3000");
  });
  it("falls back to Kepala BKPP and the agency's name for an unnamed signatory", () => {
    expect(signatoryOf({ name: "Pemerintah Kota Semarang", signatoryName: null, signatoryPosition: " " })).toEqual({ name: "Kepala BKPP", position: "Pemerintah Kota Semarang" });
    expect(signatoryOf({ name: "X", signatoryName: "Drs. Budi", signatoryPosition: "Kepala BKPP Kota Semarang" })).toEqual({ name: "Drs. Budi", position: "Kepala BKPP Kota Semarang" });
  });
  it("writes JP with minutes, the place of issue and a safe file name", () => {
    expect(jpWithMinutes(510)).toBe("11,33 JP (510 menit)");
    expect(jpWithMinutes(120, "en")).toBe("2.67 JP (120 minutes)");
    expect(placeOfIssue("Kota Semarang")).toBe("Semarang");
    expect(placeOfIssue("Kabupaten Uji")).toBe("Uji");
    expect(certificateFileName("0007/STTPP/BKPP/2025")).toBe("sertifikat-0007-STTPP-BKPP-2025.pdf");
    expect(certificateFileName('a"b\\c')).toBe("sertifikat-a-b-c.pdf");
  });
  it("keeps what Helvetica can draw and replaces the rest", () => {
    expect(winAnsiSafe("Dr. Siti Rahmawati, S.E., M.M.")).toBe("Dr. Siti Rahmawati, S.E., M.M.");
    expect(winAnsiSafe("Müller – “Ok”")).toBe("Müller – “Ok”");
    expect(winAnsiSafe("Ngurah Ṛai 中")).toBe("Ngurah Rai ?");
  });
});
