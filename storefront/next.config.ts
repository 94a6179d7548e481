import type { NextConfig } from "next"
import { securityHeaders } from "./src/lib/security-headers"

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Covers are local files or generated; nothing to optimise through a remote loader.
  images: { unoptimized: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV) }]
  },
}

export default nextConfig
