import NextAuth from "next-auth";
import { authConfigBase } from "@/lib/auth/config.base";

// The proxy only sends signed-out visitors to the login page (and back afterwards).
// Authorisation happens in every query and action, never here alone.
const { auth } = NextAuth(authConfigBase);
export default auth;

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
