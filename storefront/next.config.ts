import type { NextConfig } from "next"
import { mediaContentSecurityPolicy, securityHeaders } from "./src/lib/security-headers"

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Covers are served as they are (same-origin under /media, see src/app/media) or generated.
  images: { unoptimized: true },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(process.env.NODE_ENV, { stripe: Boolean(process.env.NEXT_PUBLIC_STRIPE_KEY) }) },
      // Later entries win for the same header: uploaded files get a CSP of their own.
      { source: "/media/:path*", headers: [{ key: "Content-Security-Policy", value: mediaContentSecurityPolicy }] },
    ]
  },
}

export default nextConfig
