// Requests that Next itself would answer with a 500 and an error digest are refused earlier, in the proxy, with the
// 4xx they deserve: an address with a NUL in it (400), and server-action posts from another origin (403), with a
// body over the limit (413), or with a text body that is not JSON (400). What remains reaches Next and then our own
// pipeline (lib/action.ts).

/** Next's `serverActions.bodySizeLimit` in next.config.ts. */
export const ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;

type HeaderSource = { get(name: string): string | null };
export type ActionRefusal = { status: 400 | 403 | 413; reason: string };

export const isServerActionPost = (method: string, headers: HeaderSource) => method === "POST" && headers.get("next-action") !== null;

/** What the headers alone tell: another origin, or a declared length over the limit. */
export function refuseByHeaders(headers: HeaderSource): ActionRefusal | null {
  const refusal = refuseOtherOrigin(headers);
  if (refusal) return refusal;
  const length = Number(headers.get("content-length") ?? "0");
  if (Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES) return { status: 413, reason: "size" };
  return null;
}

/** A post whose Origin is another site's (or "null"): what a forged cross-site form sends. */
export function refuseOtherOrigin(headers: HeaderSource): ActionRefusal | null {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (origin && origin !== "null") {
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      return { status: 403, reason: "origin" };
    }
    if (!host || originHost !== host) return { status: 403, reason: "origin" };
  } else if (origin === "null") {
    return { status: 403, reason: "origin" };
  }
  return null;
}

/** Next reads a text/plain action body as JSON arguments; one that is not JSON fails inside Next. */
export function refuseByBody(contentType: string | null, body: string): ActionRefusal | null {
  if (!contentType?.startsWith("text/plain")) return null;
  try {
    JSON.parse(body);
    return null;
  } catch {
    return { status: 400, reason: "body" };
  }
}

/**
 * An address carrying a NUL (`%00`), in its path or its query: PostgreSQL refuses a NUL in text, so the page's
 * search or id would fail as a 500. Every page and route is refused it here, with a 400.
 */
export function refuseByAddress(url: { pathname: string; search: string }): ActionRefusal | null {
  const address = url.pathname + url.search;
  return address.includes("%00") || address.includes("\u0000") ? { status: 400, reason: "address" } : null;
}
