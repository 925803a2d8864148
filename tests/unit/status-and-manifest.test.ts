// The error screen's id and language, and the web manifest with its icons in public/.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import manifest from "@/app/manifest";
import { errorId, statusMessages } from "@/components/status/messages";

describe("the error screen", () => {
  it("shows Next's digest as the error id (the server log prints the same), or none", () => {
    expect(errorId({ digest: "2718281828" })).toBe("2718281828");
    expect(errorId({})).toBeNull();
    expect(errorId({ digest: " " })).toBeNull();
  });
  it("speaks the page's language, Indonesian by default", () => {
    expect(statusMessages("en").retry).toBe("Try again");
    expect(statusMessages("id").retry).toBe("Coba lagi");
    expect(statusMessages(undefined).errorBody).toContain("{id}");
  });
});

describe("the web manifest", () => {
  const pngSize = (path: string) => {
    const bytes = readFileSync(path);
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  };
  it("names Bangkom in the UI's theme colour, with icons that exist at their stated sizes", () => {
    const m = manifest();
    expect(m).toMatchObject({ name: "Bangkom", short_name: "Bangkom", lang: "id", start_url: "/", display: "standalone", theme_color: "#135a53" });
    // The same teal as the viewport's themeColor and the icon.
    expect(readFileSync("app/layout.tsx", "utf8")).toContain(`themeColor: "${m.theme_color}"`);
    expect(readFileSync("app/icon.svg", "utf8")).toContain(`fill="${m.theme_color}"`);
    for (const icon of m.icons ?? []) {
      const path = `public${icon.src}`;
      if (icon.type === "image/png") expect(pngSize(path).map(String).join("x")).toBe(icon.sizes);
      else expect(readFileSync(path, "utf8")).toContain("<svg");
    }
  });
  it("has a favicon.ico holding a 32 px PNG", () => {
    const ico = readFileSync("public/favicon.ico");
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect(ico.subarray(22 + 1, 22 + 4).toString()).toBe("PNG");
  });
});
