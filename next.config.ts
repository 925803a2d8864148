import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  experimental: { authInterrupts: true },
};

export default nextConfig;
