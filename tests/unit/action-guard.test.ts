import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, isServerActionPost, refuseByAddress, refuseByBody, refuseByHeaders } from "@/lib/http/action-guard";

const headers = (values: Record<string, string>) => new Headers(values);

describe("server-action requests refused before Next", () => {
  it("only looks at POSTs that name an action", () => {
    expect(isServerActionPost("POST", headers({ "next-action": "abc" }))).toBe(true);
    expect(isServerActionPost("POST", headers({}))).toBe(false);
    expect(isServerActionPost("GET", headers({ "next-action": "abc" }))).toBe(false);
  });

  it("refuses a post from another origin, an opaque origin and a malformed one with 403", () => {
    expect(refuseByHeaders(headers({ origin: "https://evil.example", host: "bangkom.go.id" }))).toEqual({ status: 403, reason: "origin" });
    expect(refuseByHeaders(headers({ origin: "null", host: "bangkom.go.id" }))).toEqual({ status: 403, reason: "origin" });
    expect(refuseByHeaders(headers({ origin: "not a url", host: "bangkom.go.id" }))).toEqual({ status: 403, reason: "origin" });
    expect(refuseByHeaders(headers({ origin: "http://127.0.0.1:3100", host: "127.0.0.1:3100" }))).toBeNull();
    expect(refuseByHeaders(headers({ host: "127.0.0.1:3100" }))).toBeNull();
  });

  it("refuses a declared body over the limit with 413", () => {
    expect(refuseByHeaders(headers({ host: "a", "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) }))).toEqual({ status: 413, reason: "size" });
    expect(refuseByHeaders(headers({ host: "a", "content-length": String(ACTION_BODY_LIMIT_BYTES) }))).toBeNull();
  });

  it("refuses a text body that is not JSON with 400, and leaves forms alone", () => {
    expect(refuseByBody("text/plain;charset=UTF-8", "{not json")).toEqual({ status: 400, reason: "body" });
    expect(refuseByBody("text/plain;charset=UTF-8", '[{"ok":false},{}]')).toBeNull();
    expect(refuseByBody("multipart/form-data; boundary=x", "{not json")).toBeNull();
    expect(refuseByBody(null, "{not json")).toBeNull();
  });
});

describe("addresses refused before Next", () => {
  const at = (address: string) => { const url = new URL(address, "http://bangkom.test"); return refuseByAddress(url); };

  it("refuses a NUL in the query or the path with 400, which PostgreSQL would refuse as text", () => {
    expect(at("/tim/persetujuan?q=a%00b")).toEqual({ status: 400, reason: "address" });
    expect(at("/api/ekspor/kepatuhan?format=csv&q=%00")).toEqual({ status: 400, reason: "address" });
    expect(at("/pelatihan/%00")).toEqual({ status: 400, reason: "address" });
  });

  it("lets every other address through, an encoded percent sign or Indonesian text included", () => {
    expect(at("/tim/persetujuan?q=Siti%20Nur%E2%80%99aini")).toBeNull();
    expect(at("/pelatihan?q=100%2500")).toBeNull();
    expect(at("/")).toBeNull();
  });
});
