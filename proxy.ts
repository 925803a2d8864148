import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfigBase } from "@/lib/auth/config.base";
import { requestIsHttps } from "@/lib/http/client-address";
import { contentSecurityPolicy, HSTS, newNonce } from "@/lib/http/security-headers";

// The proxy sends signed-out visitors to the login page (and back afterwards), and gives every response its
// Content-Security-Policy with a fresh nonce (Next reads it from the request header and puts it on its scripts)
// and, over HTTPS, HSTS. Authorisation happens in every query and action, never here alone.
const { auth } = NextAuth(authConfigBase);

// Validated with the rest of the environment in lib/env.ts; read directly here to keep the proxy light.
const trustedProxies = Number(process.env.BANGKOM_TRUSTED_PROXIES) || 0;
const development = process.env.NODE_ENV === "development";

export default auth((request) => {
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

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
