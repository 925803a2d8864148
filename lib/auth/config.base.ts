// The part of the Auth.js configuration that needs no database: used by proxy.ts and by the full config.
import type { NextAuthConfig } from "next-auth";
import type { Role } from "./permissions";

const PUBLIC_PATHS = ["/login", "/api/health", "/api/auth"];

export const authConfigBase = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const path = request.nextUrl.pathname;
      if (PUBLIC_PATHS.some((p) => path === p || path.startsWith(`${p}/`))) return true;
      return Boolean(auth?.user);
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.roles = (user as { roles?: Role[] }).roles ?? [];
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.uid ?? "");
      (session.user as { roles?: Role[] }).roles = (token.roles as Role[] | undefined) ?? [];
      return session;
    },
  },
} satisfies NextAuthConfig;
