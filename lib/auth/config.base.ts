// The part of the Auth.js configuration that needs no database: the full config (lib/auth/index.ts) and the e2e
// fixtures that mint session cookies. proxy.ts reads the cookie itself (lib/auth/session-cookie.ts).
import type { NextAuthConfig } from "next-auth";
import type { Role } from "./permissions";
import { SESSION_MAX_AGE, SESSION_UPDATE_AGE } from "./session-cookie";

// /verifikasi: the public certificate verification page (QR codes), rate limited in lib/certificate/verify.ts.
// The web manifest and its icons too: browsers fetch them without cookies.
export const PUBLIC_PATHS = ["/login", "/api/health", "/api/auth", "/verifikasi", "/manifest.webmanifest", "/icons"];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/** Where a signed-out visitor of `pathname` is sent: the login page, which brings them back afterwards. */
export function loginRedirect(url: URL): URL {
  const login = new URL("/login", url);
  if (url.pathname !== "/") login.searchParams.set("callbackUrl", `${url.pathname}${url.search}`);
  return login;
}

export const authConfigBase = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE, updateAge: SESSION_UPDATE_AGE },
  pages: { signIn: "/login" },
  logger: {
    // A wrong password is an answer, not a server error; it is recorded in LoginAttempt instead.
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.roles = (user as { roles?: Role[] }).roles ?? [];
        token.loginAt = Date.now(); // kept through cookie refreshes; sign-out revokes sessions older than it
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.uid ?? "");
      (session.user as { roles?: Role[] }).roles = (token.roles as Role[] | undefined) ?? [];
      (session as { loginAt?: number }).loginAt = Number(token.loginAt ?? 0);
      return session;
    },
  },
} satisfies NextAuthConfig;
