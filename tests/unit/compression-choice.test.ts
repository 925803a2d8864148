import { describe, expect, it } from "vitest";
import { leaveActionAnswersUncompressed } from "../../scripts/lib/compression.mjs";

const request = (method: string, headers: Record<string, string>) => ({ method, headers: { "accept-encoding": "gzip, deflate, br", ...headers } });

describe("which answers the web server leaves uncompressed (scripts/lib/compression.mjs)", () => {
  it("a server action's POST: its client is treated as accepting no encoding", () => {
    const action = request("POST", { "next-action": "7f3a9c" });
    leaveActionAnswersUncompressed(action);
    expect(action.headers["accept-encoding"]).toBeUndefined();
  });

  it("a page, a form POST without Next-Action, or a GET that merely carries the header: compressed as the client asks", () => {
    for (const other of [request("GET", {}), request("POST", {}), request("GET", { "next-action": "7f3a9c" })]) {
      leaveActionAnswersUncompressed(other);
      expect(other.headers["accept-encoding"]).toBe("gzip, deflate, br");
    }
  });
});
