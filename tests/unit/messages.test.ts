import { describe, it, expect } from "vitest";
import { id } from "@/lib/i18n/messages/id";
import { en } from "@/lib/i18n/messages/en";

type Tree = { [key: string]: string | Tree };

/** Every leaf as [dotted path, value]. */
function leaves(tree: Tree, prefix = ""): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === "object" ? leaves(value as Tree, path) : [[path, value] as [string, unknown]];
  });
}

/** Every key path, including the intermediate objects. */
function keyPaths(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === "object" ? [path, ...keyPaths(value as Tree, path)] : [path];
  });
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const idLeaves = leaves(id as unknown as Tree);
const enLeaves = leaves(en as unknown as Tree);
const enByPath = new Map(enLeaves);

describe("message catalogs", () => {
  it("en has exactly the same (deep) keys as id", () => {
    expect(keyPaths(en as unknown as Tree).sort()).toEqual(keyPaths(id as unknown as Tree).sort());
  });

  it("has a reasonable number of messages (the walk really descends)", () => {
    expect(idLeaves.length).toBeGreaterThan(100);
    expect(enLeaves.length).toBe(idLeaves.length);
  });

  it.each([
    ["id", idLeaves],
    ["en", enLeaves],
  ] as const)("every %s leaf is a non-empty string", (_locale, list) => {
    for (const [path, value] of list) {
      expect(typeof value, path).toBe("string");
      expect((value as string).trim(), path).not.toBe("");
    }
  });

  it("uses the same {placeholders} in both languages for every message", () => {
    for (const [path, value] of idLeaves) {
      expect(placeholders(String(enByPath.get(path))), path).toEqual(placeholders(String(value)));
    }
  });

  it("has a label for every role and every NIP error", () => {
    for (const catalog of [id, en]) {
      expect(Object.keys(catalog.roles).sort()).toEqual(["ADMIN", "ASN", "OPERATOR", "PLAN_APPROVER", "SUPERVISOR", "TRAINER"]);
      expect(Object.keys(catalog.nip).sort()).toEqual(["birthDate", "gender", "length", "sequence", "tmtMonth", "tmtYear"]);
      expect(Object.keys(catalog.supervisorChange)).toEqual(expect.arrayContaining(["self", "otherAgency", "retired", "cycle"]));
    }
  });
});
