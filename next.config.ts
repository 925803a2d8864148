import type { NextConfig } from "next";
import { FIXED_SECURITY_HEADERS } from "./lib/http/security-headers";
import { LARGEST_UPLOAD_BYTES } from "./lib/import/limits";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm run dev` is often opened as 127.0.0.1; without this, next dev refuses its scripts there.
  allowedDevOrigins: ["127.0.0.1"],
  typedRoutes: false,
  // npm test type-checks in its static stage before it builds, and says so with this variable.
  typescript: { ignoreBuildErrors: process.env.BANGKOM_BUILD_TYPES_CHECKED === "1" },
  // The fixed security headers on everything, static files included; the CSP and HSTS come from proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: [...FIXED_SECURITY_HEADERS] }];
  },
  // proxy.ts sees every request, so Next buffers each body for it, up to this bound, and silently cuts the rest: an
  // import upload (app/api/impor/unggah) must fit whole, with room for the headers.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "6mb" }, proxyClientMaxBodySize: LARGEST_UPLOAD_BYTES + 64 * 1024 },
};

export default nextConfig;
