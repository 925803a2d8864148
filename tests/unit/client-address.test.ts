import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { clientAddress, clientBucket, normalizeAddress, requestIsHttps } from "@/lib/http/client-address";
import { installPeerAddress, recordPeer } from "@/lib/http/peer-address";

const h = (init: Record<string, string>) => new Headers(init);

describe("clientAddress", () => {
  it("with no trusted proxy takes the last entry, the socket's address appended by our own server", () => {
    expect(clientAddress(h({ "x-forwarded-for": "203.0.113.9" }), 0)).toBe("203.0.113.9");
    expect(clientAddress(h({ "x-forwarded-for": "1.1.1.1, 198.51.100.4" }), 0)).toBe("198.51.100.4");
  });

  it("cannot be steered by a spoofed X-Forwarded-For: whatever the client writes stays left of the real hops", () => {
    for (const spoof of ["127.0.0.1", "10.0.0.1, 10.0.0.2", "1.2.3.4,5.6.7.8,9.9.9.9", "garbage", "::1"]) {
      // no proxy: our server appended the socket address
      expect(clientAddress(h({ "x-forwarded-for": `${spoof}, 203.0.113.9` }), 0)).toBe("203.0.113.9");
      // one proxy (it appended the client, our server appended the proxy)
      expect(clientAddress(h({ "x-forwarded-for": `${spoof}, 203.0.113.9, 10.0.0.5` }), 1)).toBe("203.0.113.9");
      // two proxies
      expect(clientAddress(h({ "x-forwarded-for": `${spoof}, 203.0.113.9, 10.0.0.6, 10.0.0.5` }), 2)).toBe("203.0.113.9");
    }
  });

  it("falls back to the leftmost entry when the request came round the configured proxies", () => {
    expect(clientAddress(h({ "x-forwarded-for": "203.0.113.9" }), 2)).toBe("203.0.113.9");
  });

  it("answers null for no header or a non-address, and clientBucket puts those in one shared bucket", () => {
    expect(clientAddress(h({}), 0)).toBeNull();
    expect(clientAddress(h({ "x-forwarded-for": " , " }), 0)).toBeNull();
    expect(clientAddress(h({ "x-forwarded-for": "1.2.3.4, not-an-ip" }), 0)).toBeNull();
    expect(clientBucket(h({}), 0)).toBe("unknown");
  });
});

describe("normalizeAddress", () => {
  it.each([
    ["203.0.113.9", "203.0.113.9"],
    ["::ffff:127.0.0.1", "127.0.0.1"],
    ["203.0.113.9:51234", "203.0.113.9"],
    ["[2001:db8:1:2::7]:443", "2001:db8:1:2::/64"],
    ["2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"],
    ["2001:DB8:0001:0002::1", "2001:db8:1:2::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
  ])("keys %j as %j (an IPv6 client by its /64, so it cannot hop between its own addresses)", (raw, key) => {
    expect(normalizeAddress(raw)).toBe(key);
  });

  it.each(["", "localhost", "1.2.3", "999.1.1.1", "x".repeat(10_000)])("refuses %j", (raw) => {
    expect(normalizeAddress(raw)).toBeNull();
  });
});

describe("requestIsHttps", () => {
  it("with no trusted proxy believes only the socket, never the client's X-Forwarded-Proto", () => {
    expect(requestIsHttps(h({ "x-forwarded-proto": "https", "x-bangkom-peer-proto": "http" }), 0)).toBe(false);
    expect(requestIsHttps(h({ "x-bangkom-peer-proto": "https" }), 0)).toBe(true);
  });
  it("behind a trusted proxy believes the protocol that proxy reports (last entry)", () => {
    expect(requestIsHttps(h({ "x-forwarded-proto": "https" }), 1)).toBe(true);
    expect(requestIsHttps(h({ "x-forwarded-proto": "https, http" }), 1)).toBe(false);
    expect(requestIsHttps(h({}), 1)).toBe(false);
  });
});

describe("the server appends the socket address (lib/http/peer-address.ts)", () => {
  it("recordPeer appends the peer to a client's header and overwrites a client's peer-proto", () => {
    const req = { headers: { "x-forwarded-for": "6.6.6.6", "x-bangkom-peer-proto": "https" }, socket: { remoteAddress: "::ffff:198.51.100.4" } };
    recordPeer(req as unknown as http.IncomingMessage);
    expect(req.headers).toEqual({ "x-forwarded-for": "6.6.6.6, ::ffff:198.51.100.4", "x-bangkom-peer-proto": "http" });
    expect(clientAddress(new Headers(req.headers), 0)).toBe("198.51.100.4");
  });

  it("a real HTTP server with the patch installed sees the socket address last, whatever the client sent", async () => {
    installPeerAddress();
    installPeerAddress(); // idempotent: the address is appended once
    const server = http.createServer((req, res) => res.end(JSON.stringify(req.headers)));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": "10.9.8.7", "x-bangkom-peer-proto": "https" } });
      const seen = (await res.json()) as Record<string, string>;
      expect(seen["x-forwarded-for"]).toBe("10.9.8.7, 127.0.0.1");
      expect(seen["x-bangkom-peer-proto"]).toBe("http");
      expect(clientAddress(new Headers(seen), 0)).toBe("127.0.0.1");
    } finally {
      server.close();
    }
  });
});

describe("BANGKOM_TRUSTED_PROXIES", () => {
  const base = { DATABASE_URL: "postgresql://u@127.0.0.1/db", AUTH_SECRET: "x".repeat(32) };
  it("defaults to 0 and accepts whole numbers 0 to 10", () => {
    expect(parseEnv(base).BANGKOM_TRUSTED_PROXIES).toBe(0);
    expect(parseEnv({ ...base, BANGKOM_TRUSTED_PROXIES: "" }).BANGKOM_TRUSTED_PROXIES).toBe(0);
    expect(parseEnv({ ...base, BANGKOM_TRUSTED_PROXIES: "2" }).BANGKOM_TRUSTED_PROXIES).toBe(2);
    expect(parseEnv({ ...base, BANGKOM_TRUSTED_PROXIES: "10" }).BANGKOM_TRUSTED_PROXIES).toBe(10);
  });
  it.each(["-1", "11", "1.5", "satu", "true"])("refuses %j with a message naming the variable", (value) => {
    expect(() => parseEnv({ ...base, BANGKOM_TRUSTED_PROXIES: value })).toThrow(/BANGKOM_TRUSTED_PROXIES.*0 sampai 10/);
  });
});
