import { describe, expect, it } from "vitest";
import { isUuid } from "@/lib/uuid";

describe("isUuid", () => {
  it("accepts a uuid in either case and nothing else", () => {
    expect(isUuid("01a214c6-343b-753b-830f-f282f1bdce6d")).toBe(true);
    expect(isUuid("01A214C6-343B-753B-830F-F282F1BDCE6D")).toBe(true);
    for (const bad of [undefined, null, "", "1", "01a214c6343b753b830ff282f1bdce6d", "------------------------------------", "01a214c6-343b-753b-830f-f282f1bdce6d'--"]) {
      expect(isUuid(bad)).toBe(false);
    }
  });
});
