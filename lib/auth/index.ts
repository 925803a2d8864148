import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { authConfigBase } from "./config.base";
import { verifyCredentials } from "./credentials";

export class InvalidLogin extends CredentialsSignin {
  code = "invalid";
}

export class RateLimitedLogin extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `rate_limited:${retryAfterSeconds}`;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfigBase,
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      async authorize(credentials, request) {
        const address = clientAddress(request.headers, env().BANGKOM_TRUSTED_PROXIES);
        const result = await verifyCredentials(String(credentials.identifier ?? ""), String(credentials.password ?? ""), address);
        if (result.ok) return result.user;
        if (result.reason === "rate_limited") throw new RateLimitedLogin(result.retryAfterSeconds);
        throw new InvalidLogin();
      },
    }),
  ],
});
