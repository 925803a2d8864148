import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm run dev` is often opened as 127.0.0.1; without this, next dev refuses its scripts there.
  allowedDevOrigins: ["127.0.0.1"],
  typedRoutes: false,
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "6mb" } },
};

export default nextConfig;
