import fs from "node:fs";
import { describe, expect, it } from "vitest";
import {
  accountChangeProblem, commonForms, isPersonal, landingAfterPasswordChange, MIN_PASSWORD_LENGTH, operatorMayManage,
  parsePasswordList, passwordProblems, TEMPORARY_ALPHABET, temporaryPasswordFrom,
} from "@/lib/accounts/rules";
import { commonPasswords, isCommonPassword } from "@/lib/accounts/common-passwords";
import { changePasswordSchema, grantRoleSchema } from "@/lib/accounts/schemas";
import { id } from "@/lib/i18n/messages/id";

const owner = { nip: "199203152019032001", email: "rina.kusuma@semarangkota.go.id", name: "Rina Kusumawardhani" };
const problems = (password: string) => passwordProblems(password, owner, isCommonPassword);

describe("the password policy", () => {
  it(`needs at least ${MIN_PASSWORD_LENGTH} characters`, () => {
    expect(problems("Kd9#mP2x")).toEqual(["tooShort"]);
    expect(problems("Kd9#mP2xq")).toEqual(["tooShort"]);
    expect(problems("Kd9#mP2xqL")).toEqual([]);
    expect(problems("x".repeat(1025))).toEqual(["tooLong"]);
  });

  it.each([
    "1234567890", "qwertyuiop", "password123", "Password2024!", "P@ssw0rd2024", "iloveyou12", // the shipped top-10,000
    "bismillah123", "Bismillah2024!", "indonesia45", "Indonesia1945", "sayangku123", "semarang2024", "bkpp12345678", "Alhamdulillah",
  ])("refuses the common password %j (also with digits and symbols around it, or look-alike symbols)", (password) => {
    expect(problems(password)).toContain("common");
  });

  it("accepts a password that only contains a common word among others", () => {
    expect(problems("kucing makan ikan di pasar")).toEqual([]);
    expect(problems("Sungai-Kaligarang-1997")).toEqual([]);
  });

  it("refuses the owner's NIP, e-mail, e-mail name and name", () => {
    expect(problems("199203152019032001")).toContain("personal");
    expect(problems("nip199203152019032001")).toContain("personal");
    expect(problems("19920315 201903 2 001")).toContain("personal");
    expect(problems("rina.kusuma@semarangkota.go.id")).toContain("personal");
    expect(problems("RINA.KUSUMA2024")).toContain("personal");
    expect(problems("rinakusumawardhani")).toContain("personal");
    expect(problems("Rina Kusumawardhani")).toContain("personal");
    expect(isPersonal("Kd9#mP2xqL", owner)).toBe(false);
    expect(isPersonal("19920315", { nip: null, email: null, name: null })).toBe(false);
  });

  it("refuses one or two characters repeated", () => {
    expect(problems("aaaaaaaaaaaa")).toContain("monotonous");
    expect(problems("abababababab")).toContain("monotonous");
    expect(problems("abcabcabcabc")).toContain("monotonous");
    expect(problems("abcdabcdabcd")).not.toContain("monotonous");
  });

  it("looks a password up in its bare and look-alike forms", () => {
    expect(commonForms("P@ssw0rd!!")).toContain("password");
    expect(commonForms("2024Bismillah!")).toContain("bismillah");
    expect(commonForms("Kata Sandi")).toEqual(expect.arrayContaining(["kata sandi", "katasandi"]));
    // A core shorter than four letters is not looked up on its own.
    expect(commonForms("ab123456789")).not.toContain("ab");
  });
});

describe("the shipped common-password lists", () => {
  it("hold the top 10,000 and the Indonesian words, lowercase, without comments", () => {
    const list = commonPasswords();
    expect(list.size).toBeGreaterThan(10_100);
    for (const word of ["123456", "password", "qwerty", "bismillah", "indonesia", "sayang", "bkpp", "semarang"]) expect(list.has(word)).toBe(true);
    expect([...list].some((w) => w.startsWith("#") || w !== w.toLowerCase())).toBe(false);
    const top = fs.readFileSync("lib/accounts/common-passwords.txt", "utf8").split("\n").filter((l) => l && !l.startsWith("#"));
    expect(top).toHaveLength(10_000);
  });

  it("parse one entry per line, ignoring comments, blanks and case", () => {
    expect([...parsePasswordList("# header\nAbc\n\n  dEf  \r\nabc\n")]).toEqual(["abc", "def"]);
  });
});

describe("temporary passwords", () => {
  it("are three groups of four unambiguous characters", () => {
    let n = 0;
    const password = temporaryPasswordFrom((max) => (n++ * 7) % max);
    expect(password).toMatch(/^[^-]{4}-[^-]{4}-[^-]{4}$/);
    expect([...password.replace(/-/g, "")].every((c) => TEMPORARY_ALPHABET.includes(c))).toBe(true);
    expect(TEMPORARY_ALPHABET).not.toMatch(/[0O1lI]/);
  });

  it("pass the password policy themselves", () => {
    let seed = 1;
    const random = (max: number) => (seed = (seed * 48271) % 2147483647) % max;
    for (let i = 0; i < 50; i++) expect(passwordProblems(temporaryPasswordFrom(random), owner, isCommonPassword)).toEqual([]);
  });
});

describe("who may manage which account", () => {
  it("lets an operator manage plain ASN accounts (supervisors too) and nothing that can do more", () => {
    expect(operatorMayManage(["ASN"])).toBe(true);
    expect(operatorMayManage(["ASN", "SUPERVISOR"])).toBe(true);
    expect(operatorMayManage(["ASN", "TRAINER"])).toBe(false);
    expect(operatorMayManage(["ASN", "OPERATOR"])).toBe(false);
    expect(operatorMayManage(["ADMIN"])).toBe(false);
  });

  it("never lets anyone reset, deactivate or demote their own account here, nor the last active admin", () => {
    const other = { self: false, targetIsAdmin: false, activeAdmins: 1 };
    expect(accountChangeProblem("reset", { ...other, self: true })).toBe("accounts.problem.self");
    expect(accountChangeProblem("deactivate", { ...other, self: true })).toBe("accounts.problem.self");
    expect(accountChangeProblem("revokeAdmin", { ...other, self: true })).toBe("accounts.problem.self");
    expect(accountChangeProblem("deactivate", { self: false, targetIsAdmin: true, activeAdmins: 1 })).toBe("accounts.problem.lastAdmin");
    expect(accountChangeProblem("revokeAdmin", { self: false, targetIsAdmin: true, activeAdmins: 1 })).toBe("accounts.problem.lastAdmin");
    expect(accountChangeProblem("deactivate", { self: false, targetIsAdmin: true, activeAdmins: 2 })).toBeNull();
    expect(accountChangeProblem("reset", { self: false, targetIsAdmin: true, activeAdmins: 1 })).toBeNull();
    expect(accountChangeProblem("deactivate", other)).toBeNull();
    expect(accountChangeProblem("reactivate", { ...other, self: true })).toBeNull();
  });
});

describe("landing after the first password change", () => {
  it.each<[Parameters<typeof landingAfterPasswordChange>[0], string]>([
    [["ASN"], "/jp"],
    [["ASN", "SUPERVISOR"], "/tim"],
    [["ASN", "OPERATOR"], "/admin/pegawai"],
    [["ADMIN"], "/admin"],
    [["TRAINER"], "/mengajar"],
    [["ASN", "TRAINER"], "/mengajar"],
  ])("%j lands on %s", (roles, path) => {
    expect(landingAfterPasswordChange(roles)).toBe(path);
  });
});

describe("the account schemas", () => {
  it("keep a password exactly as typed and ask for the same one twice", () => {
    const ok = changePasswordSchema.safeParse({ currentPassword: " a ", newPassword: " spasi di tepi ", confirmPassword: " spasi di tepi " });
    expect(ok.success && ok.data.newPassword).toBe(" spasi di tepi ");
    const mismatch = changePasswordSchema.safeParse({ currentPassword: "a", newPassword: "satu dua tiga", confirmPassword: "satu dua tiga " });
    expect(mismatch.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["confirmPassword", "accounts.password.mismatch"]]);
  });

  it("grant only ADMIN, OPERATOR (with a unit) and TRAINER", () => {
    const userId = "0190f5a1-7a9e-7cde-8f00-000000000001";
    expect(grantRoleSchema.safeParse({ userId, role: "TRAINER" }).success).toBe(true);
    expect(grantRoleSchema.safeParse({ userId, role: "SUPERVISOR" }).success).toBe(false);
    expect(grantRoleSchema.safeParse({ userId, role: "ASN" }).success).toBe(false);
    expect(grantRoleSchema.safeParse({ userId, role: "OPERATOR", unitId: "" }).error?.issues[0]?.message).toBe("accounts.role.unitRequired");
  });

  it("name every policy problem in the catalog", () => {
    for (const key of ["tooShort", "tooLong", "common", "personal", "monotonous"] as const) expect(id.accounts.password[key]).toBeTruthy();
  });
});
