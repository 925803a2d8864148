import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

const base = { DATABASE_URL: "postgresql://u:p@localhost:5432/bangkom", AUTH_SECRET: "x".repeat(32) };
const problems = (source: Record<string, string | undefined>) => {
  try {
    parseEnv(source);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

describe("the SMTP settings", () => {
  it("are optional: without them mail goes to the log", () => {
    for (const source of [base, { ...base, SMTP_URL: "", MAIL_FROM: "" }]) {
      const parsed = parseEnv(source);
      expect([parsed.SMTP_URL, parsed.MAIL_FROM]).toEqual([undefined, undefined]);
    }
  });

  it("are accepted together, with an address alone or a name and an address", () => {
    expect(parseEnv({ ...base, SMTP_URL: "smtp://bangkom:rahasia@mail.kota.go.id:587", MAIL_FROM: "noreply@bkpp.kota.go.id" }).SMTP_URL).toBe("smtp://bangkom:rahasia@mail.kota.go.id:587");
    expect(parseEnv({ ...base, SMTP_URL: "smtps://mail.kota.go.id", MAIL_FROM: "Bangkom BKPP <noreply@bkpp.kota.go.id>" }).MAIL_FROM).toBe("Bangkom BKPP <noreply@bkpp.kota.go.id>");
  });

  it("refuse one without the other, naming the missing one in Indonesian", () => {
    expect(problems({ ...base, SMTP_URL: "smtp://mail.kota.go.id:587" })).toContain("MAIL_FROM: MAIL_FROM wajib diisi bila SMTP_URL diisi");
    expect(problems({ ...base, MAIL_FROM: "noreply@bkpp.kota.go.id" })).toContain("SMTP_URL: SMTP_URL wajib diisi bila MAIL_FROM diisi");
  });

  it("refuse a URL that is not smtp(s) and a sender that is not an address", () => {
    expect(problems({ ...base, SMTP_URL: "https://mail.kota.go.id", MAIL_FROM: "noreply@bkpp.kota.go.id" })).toContain("SMTP_URL harus berupa URL smtp:// atau smtps://");
    expect(problems({ ...base, SMTP_URL: "mail.kota.go.id:587", MAIL_FROM: "noreply@bkpp.kota.go.id" })).toContain("SMTP_URL harus berupa URL smtp://");
    expect(problems({ ...base, SMTP_URL: "smtp://mail.kota.go.id", MAIL_FROM: "Bangkom" })).toContain("MAIL_FROM harus berupa alamat e-mail");
  });
});

describe("the statement timeout of heavy reads", () => {
  it("is 10 s unless set, in milliseconds", () => {
    expect(parseEnv(base).BANGKOM_STATEMENT_TIMEOUT_MS).toBe(10_000);
    expect(parseEnv({ ...base, BANGKOM_STATEMENT_TIMEOUT_MS: "" }).BANGKOM_STATEMENT_TIMEOUT_MS).toBe(10_000);
    expect(parseEnv({ ...base, BANGKOM_STATEMENT_TIMEOUT_MS: " 2500 " }).BANGKOM_STATEMENT_TIMEOUT_MS).toBe(2_500);
  });

  it("refuses what is not a whole number of milliseconds from 100 to 9999999, in Indonesian", () => {
    for (const value of ["10s", "50", "0", "-1000", "10000000", "1e4", "2500.5"]) {
      expect(problems({ ...base, BANGKOM_STATEMENT_TIMEOUT_MS: value })).toContain("BANGKOM_STATEMENT_TIMEOUT_MS harus bilangan bulat milidetik");
    }
  });
});
