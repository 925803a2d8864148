import { describe, expect, it } from "vitest";
import { employeeSearchSql, employeeSearchWhere, readEmployeeQuery } from "@/lib/people/search";

describe("readEmployeeQuery", () => {
  it("reads nothing from blank input", () => {
    expect(readEmployeeQuery(undefined)).toBeNull();
    expect(readEmployeeQuery("   ")).toBeNull();
  });
  it("reads three or more digits, with the separators people type, as a NIP prefix", () => {
    expect(readEmployeeQuery("19920315 201903")).toEqual({ kind: "nip", prefix: "19920315201903" });
    expect(readEmployeeQuery("199.203")).toEqual({ kind: "nip", prefix: "199203" });
    expect(readEmployeeQuery("19920315 201903 2 001")).toEqual({ kind: "nip", prefix: "199203152019032001" });
  });
  it("reads short numbers, over-long numbers and words as a name", () => {
    expect(readEmployeeQuery("12")).toEqual({ kind: "name", text: "12" });
    expect(readEmployeeQuery("1".repeat(19))).toEqual({ kind: "name", text: "1".repeat(19) });
    expect(readEmployeeQuery("  Rina K ")).toEqual({ kind: "name", text: "Rina K" });
  });
});

describe("employeeSearchWhere and employeeSearchSql", () => {
  it("filter NIPs by prefix and names case-insensitively", () => {
    expect(employeeSearchWhere("1992 0315")).toEqual({ nip: { startsWith: "19920315" } });
    expect(employeeSearchWhere("rina")).toEqual({ name: { contains: "rina", mode: "insensitive" } });
    expect(employeeSearchWhere("")).toEqual({});
  });
  it("escape LIKE wildcards in names, so '%' finds a percent sign, not everyone", () => {
    const sql = employeeSearchSql("50%_a\\b", "x")!;
    expect(sql.sql).toBe('"x".name ILIKE ?');
    expect(sql.values).toEqual(["%50\\%\\_a\\\\b%"]);
    expect(employeeSearchSql("199203")!.values).toEqual(["199203%"]);
    expect(employeeSearchSql(" ")).toBeNull();
  });
});
