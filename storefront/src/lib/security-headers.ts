export type Header = { key: string; value: string }

/**
 * The Content-Security-Policy for every response. Everything is served from our own origin:
 * fonts and covers are local, the browser never talks to the backend or a third party.
 *
 * Next.js streams the React Server Components payload as inline `<script>` tags, so without
 * per-request nonces `script-src` needs 'unsafe-inline'. In development React also needs
 * 'unsafe-eval' (error overlays, stack reconstruction).
 */
export function contentSecurityPolicy(mode: { development: boolean }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", ...(mode.development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
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
export function securityHeaders(nodeEnv: string | undefined): Header[] {
  const headers: Header[] = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ development: nodeEnv === "development" }) },
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
