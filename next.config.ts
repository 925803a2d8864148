import type { NextConfig } from "next";
import { FIXED_SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm run dev` is often opened as 127.0.0.1; without this, next dev refuses its scripts there.
  allowedDevOrigins: ["127.0.0.1"],
  typedRoutes: false,
  // The fixed security headers on everything, static files included; the CSP and HSTS come from proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: [...FIXED_SECURITY_HEADERS] }];
  },
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "6mb" } },
};

export default nextConfig;
