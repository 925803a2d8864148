import { NextResponse, type NextRequest } from "next/server";
import { isPublicPath, loginRedirect } from "@/lib/auth/config.base";
import { needsRefresh, readSessionClaims, reissueSessionCookie, sessionCookieOf } from "@/lib/auth/session-cookie";
import { isServerActionPost, refuseByAddress, refuseByBody, refuseByHeaders, type ActionRefusal } from "@/lib/http/action-guard";
import { requestIsHttps } from "@/lib/http/client-address";
import { contentSecurityPolicy, HSTS, newNonce } from "@/lib/http/security-headers";

// The proxy sends signed-out visitors to the login page (and back afterwards), and gives every response its
// Content-Security-Policy with a fresh nonce (Next reads it from the request header and puts it on its scripts)
// and, over HTTPS, HSTS. Authorisation happens in every query and action, never here alone. The session cookie
// is read here without Auth.js's pipeline and re-issued only when it is old (lib/auth/session-cookie.ts).

// Validated with the rest of the environment in lib/env.ts; read directly here to keep the proxy light.
const trustedProxies = Number(process.env.BANGKOM_TRUSTED_PROXIES) || 0;
const development = process.env.NODE_ENV === "development";

async function withSession(request: NextRequest): Promise<NextResponse> {
  const cookie = sessionCookieOf(request.cookies);
  const secret = process.env.AUTH_SECRET ?? "";
  const claims = cookie && secret ? await readSessionClaims(cookie, secret) : null;
  if (!claims && !isPublicPath(request.nextUrl.pathname)) return NextResponse.redirect(loginRedirect(request.nextUrl));

  const nonce = newNonce();
  const https = requestIsHttps(request.headers, trustedProxies);
  const policy = contentSecurityPolicy(nonce, { https, development });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  if (claims && cookie && needsRefresh(claims)) {
    const fresh = await reissueSessionCookie(claims, cookie.name, secret);
    response.cookies.set(fresh.name, fresh.value, fresh.options);
  }
  return response;
}

/** Server-action posts that Next would answer with a 500 get their 4xx here (lib/http/action-guard.ts). */
async function actionRefusal(request: NextRequest): Promise<ActionRefusal | null> {
  if (!isServerActionPost(request.method, request.headers)) return null;
  const refusal = refuseByHeaders(request.headers);
  if (refusal) return refusal;
  const type = request.headers.get("content-type");
  return type?.startsWith("text/plain") ? refuseByBody(type, await request.clone().text()) : null;
}

export default async function proxy(request: NextRequest) {
  const refusal = refuseByAddress(request.nextUrl) ?? (await actionRefusal(request));
  if (refusal) return new NextResponse(`Permintaan ditolak (${refusal.reason}).`, { status: refusal.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return withSession(request);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
