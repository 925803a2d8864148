import { isIP } from "node:net";

// The one answer to "who is the client?" for rate limits, the sign-in throttle and the audit log.
//
// Every proxy appends the address it received the request from to X-Forwarded-For, so only the right end of the
// header is written by machines we trust; the left end is whatever the client sent. Next's own server keeps a
// client's X-Forwarded-For as it is (it only fills the header when it is absent), so lib/http/peer-address.ts
// appends the socket's address as the last entry before Next sees the request. With N trusted proxies in front
// (BANGKOM_TRUSTED_PROXIES), the client is therefore the entry N places from the right; anything further left
// is the client's own claim and is never used.

export const FORWARDED_FOR = "x-forwarded-for";
/** Set by lib/http/peer-address.ts from the socket ("https" or "http"); a client's own copy is overwritten. */
export const PEER_PROTO = "x-bangkom-peer-proto";

type HeaderSource = Pick<Headers, "get">;

function forwardedEntries(headers: HeaderSource): string[] {
  return (headers.get(FORWARDED_FOR) ?? "").split(",").map((e) => e.trim()).filter(Boolean);
}

/** An address as a bucket key: IPv4-mapped IPv6 as IPv4, other IPv6 as its /64 (one host usually owns a whole /64). */
export function normalizeAddress(raw: string): string | null {
  let address = raw.trim();
  if (address.startsWith("[") && address.includes("]")) address = address.slice(1, address.indexOf("]"));
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) address = mapped[1]!;
  const version = isIP(address);
  if (version === 4) return address;
  if (version !== 6) return null;
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  const headParts = head ? head.split(":") : [];
  const tailParts = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...headParts, ...Array<string>(8 - headParts.length - tailParts.length).fill("0"), ...tailParts]
    : headParts;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

/**
 * The client's address as seen through `trustedProxies` proxy hops, or null when the request carries none
 * (no peer address was recorded) or the entry there is not an IP address.
 */
export function clientAddress(headers: HeaderSource, trustedProxies: number): string | null {
  const entries = forwardedEntries(headers);
  if (entries.length === 0) return null;
  // Fewer entries than hops: the request came round the proxies; its nearest sender is the best we know.
  const entry = entries[Math.max(0, entries.length - 1 - trustedProxies)]!;
  return normalizeAddress(entry);
}

/** The rate-limit bucket of a request: its client address, or one shared "unknown" bucket. */
export function clientBucket(headers: HeaderSource, trustedProxies: number): string {
  return clientAddress(headers, trustedProxies) ?? "unknown";
}

/**
 * Whether the browser reached us over HTTPS: the socket itself when nothing is trusted in front, else the
 * protocol the nearest trusted proxy reports in X-Forwarded-Proto (its last entry).
 */
export function requestIsHttps(headers: HeaderSource, trustedProxies: number): boolean {
  if (trustedProxies === 0) return headers.get(PEER_PROTO) === "https";
  const proto = (headers.get("x-forwarded-proto") ?? "").split(",").map((p) => p.trim().toLowerCase()).filter(Boolean);
  return proto.at(-1) === "https";
}
