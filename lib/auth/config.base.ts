// The part of the Auth.js configuration that needs no database: used by proxy.ts and by the full config.
import type { NextAuthConfig } from "next-auth";
import type { Role } from "./permissions";

// /verifikasi: the public certificate verification page (QR codes), rate limited in lib/certificate/verify.ts.
// The web manifest and its icons too: browsers fetch them without cookies.
const PUBLIC_PATHS = ["/login", "/api/health", "/api/auth", "/verifikasi", "/manifest.webmanifest", "/icons"];

export const authConfigBase = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
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
    authorized({ auth, request }) {
      const { pathname, search } = request.nextUrl;
      if (PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return true;
      if (auth?.user) return true;
      const login = new URL("/login", request.nextUrl);
      if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
      return Response.redirect(login);
    },
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
