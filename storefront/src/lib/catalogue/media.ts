/**
 * Uploaded files (covers) live on the backend under /static. The browser never talks to the
 * backend: the storefront serves them from its own origin under /media (app/media, through
 * lib/data/media.ts), so the Content-Security-Policy can keep `img-src 'self'`.
 */
export const mediaPrefix = "/media/"
const backendPrefix = "/static/"

/** One path segment of an uploaded file's name: no "..", no encoded slashes, nothing odd. */
const safeSegment = /^[\w][\w.@()+=,-]*$/

function safeRest(rest: string): string | null {
  const segments = rest.split("/")
  return segments.length > 0 && segments.every((s) => safeSegment.test(s) && !s.includes("..")) ? rest : null
}

const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]"])

/**
 * Where the browser loads a product image from: "/media/<file>" for a file uploaded to the
 * backend (the URL Medusa stored, on the backend's origin or, for a local shop, any loopback
 * port it was seeded on), a same-origin path as it is, and null for anything else (another
 * origin would be blocked by the CSP, so the generated cover is shown instead).
 */
export function mediaSrc(stored: string | null | undefined, backendUrl: string): string | null {
  const value = stored?.trim()
  if (!value) return null
  if (value.startsWith("/") && !value.startsWith("//")) {
    if (!value.startsWith(backendPrefix)) return value
    const rest = safeRest(value.slice(backendPrefix.length))
    return rest ? mediaPrefix + rest : null
  }
  let url: URL
  let backend: URL
  try {
    url = new URL(value)
    backend = new URL(backendUrl)
  } catch {
    return null
  }
  const ours = url.origin === backend.origin || (loopbackHosts.has(url.hostname) && loopbackHosts.has(backend.hostname))
  if (!ours || !url.pathname.startsWith(backendPrefix) || url.search) return null
  const rest = safeRest(url.pathname.slice(backendPrefix.length))
  return rest ? mediaPrefix + rest : null
}

/**
 * The backend URL a request for "/media/<file>" is served from, or null when the path is not
 * a plain file name (nothing else of the backend is reachable through /media).
 */
export function mediaUpstream(pathname: string, backendUrl: string): URL | null {
  if (!pathname.startsWith(mediaPrefix)) return null
  const rest = safeRest(pathname.slice(mediaPrefix.length))
  return rest ? new URL(backendPrefix + rest, backendUrl) : null
}

/** An absolute URL on the storefront for a same-origin path (JSON-LD and Open Graph need them). */
export function absoluteUrl(path: string, site: URL): string {
  return new URL(path, site).toString()
}
