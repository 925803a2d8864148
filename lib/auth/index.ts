import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfigBase } from "./config.base";
import { verifyCredentials } from "./credentials";

export class InvalidLogin extends CredentialsSignin {
  code = "invalid";
}

export class RateLimitedLogin extends CredentialsSignin {
  constructor(retryAfterMinutes: number) {
    super();
    this.code = `rate_limited:${retryAfterMinutes}`;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfigBase,
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      async authorize(credentials, request) {
        const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null;
        const result = await verifyCredentials(String(credentials.identifier ?? ""), String(credentials.password ?? ""), ip);
        if (result.ok) return result.user;
        if (result.reason === "rate_limited") throw new RateLimitedLogin(result.retryAfterMinutes);
        throw new InvalidLogin();
      },
    }),
  ],
});
