import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfigBase } from "@/lib/auth/config.base";
import { isServerActionPost, refuseByBody, refuseByHeaders, type ActionRefusal } from "@/lib/http/action-guard";
import { requestIsHttps } from "@/lib/http/client-address";
import { contentSecurityPolicy, HSTS, newNonce } from "@/lib/http/security-headers";

// The proxy sends signed-out visitors to the login page (and back afterwards), and gives every response its
// Content-Security-Policy with a fresh nonce (Next reads it from the request header and puts it on its scripts)
// and, over HTTPS, HSTS. Authorisation happens in every query and action, never here alone.
const { auth } = NextAuth(authConfigBase);

// Validated with the rest of the environment in lib/env.ts; read directly here to keep the proxy light.
const trustedProxies = Number(process.env.BANGKOM_TRUSTED_PROXIES) || 0;
const development = process.env.NODE_ENV === "development";

const withSession = auth((request) => {
  const nonce = newNonce();
  const https = requestIsHttps(request.headers, trustedProxies);
  const policy = contentSecurityPolicy(nonce, { https, development });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
});

/** Server-action posts that Next would answer with a 500 get their 4xx here (lib/http/action-guard.ts). */
async function actionRefusal(request: NextRequest): Promise<ActionRefusal | null> {
  if (!isServerActionPost(request.method, request.headers)) return null;
  const refusal = refuseByHeaders(request.headers);
  if (refusal) return refusal;
  const type = request.headers.get("content-type");
  return type?.startsWith("text/plain") ? refuseByBody(type, await request.clone().text()) : null;
}

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const refusal = await actionRefusal(request);
  if (refusal) return new NextResponse(`Permintaan ditolak (${refusal.reason}).`, { status: refusal.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  // Auth.js types its wrapper as a route handler; as a proxy it is handed Next's event, which it passes through.
  return withSession(request, event as unknown as Parameters<typeof withSession>[1]);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
