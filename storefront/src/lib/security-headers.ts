export type Header = { key: string; value: string }

/**
 * The Content-Security-Policy for every response. Everything is served from our own origin:
 * fonts and covers are local, the browser never talks to the backend or a third party.
 *
 * Next.js streams the React Server Components payload as inline `<script>` tags, so without
 * per-request nonces `script-src` needs 'unsafe-inline'. In development React also needs
 * 'unsafe-eval' (error overlays, stack reconstruction).
 *
 * With Stripe configured (NEXT_PUBLIC_STRIPE_KEY), the Payment Element loads Stripe.js, talks
 * to Stripe's API and shows its fields and 3-D Secure challenges in Stripe's frames: exactly
 * the sources Stripe documents for its CSP are added, nothing else.
 */
export function contentSecurityPolicy(mode: { development: boolean; stripe?: boolean }): string {
  const stripe = mode.stripe === true
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": [
      "'self'",
      "'unsafe-inline'",
      ...(mode.development ? ["'unsafe-eval'"] : []),
      ...(stripe ? ["https://js.stripe.com", "https://*.js.stripe.com"] : []),
    ],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", ...(stripe ? ["https://*.stripe.com"] : [])],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(stripe ? ["https://api.stripe.com"] : [])],
    "frame-src": stripe ? ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"] : ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ")
}

/**
 * Security headers for every route. HSTS only in production: a development server on
 * http://localhost must not teach the browser to insist on https.
 */
export function securityHeaders(nodeEnv: string | undefined, options: { stripe?: boolean } = {}): Header[] {
  const csp = contentSecurityPolicy({ development: nodeEnv === "development", stripe: options.stripe === true })
  const headers: Header[] = [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), browsing-topics=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ]
  if (nodeEnv === "production") {
    headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" })
  }
  return headers
}

/**
 * Uploaded files under /media are served from our origin. An <img> never runs an SVG's scripts,
 * but a visitor could open the file itself: it then gets no scripts, no plugins and a sandbox.
 */
export const mediaContentSecurityPolicy = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox"
