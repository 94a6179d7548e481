/**
 * Country routing rules, pure so they can be tested. Every shop page lives under
 * `/<country>/…`; the proxy applies these rules before a page renders.
 *
 * - `/` goes to the visitor's country: a country header set by a CDN (Cloudflare, Vercel,
 *   CloudFront) when it names a country we sell to, otherwise DEFAULT_COUNTRY (gb).
 *   Accept-Language is deliberately ignored: many British browsers say "en-US".
 * - `/GB/…` is sent to `/gb/…` (permanent).
 * - `/<anything else>/…` is a 404, never a redirect (no loops, no soft 404s).
 * - Without the list of countries (backend unreachable) pages pass through; the `[countryCode]`
 *   layout then decides.
 */

export type RoutingDecision =
  | { kind: "next" }
  | { kind: "not-found" }
  | { kind: "redirect"; location: string; permanent: boolean }

/** Request headers in which CDNs put the visitor's country. */
export const geoCountryHeaders = ["cf-ipcountry", "x-vercel-ip-country", "cloudfront-viewer-country"]

export function firstSegment(pathname: string): string {
  return pathname.split("/")[1] ?? ""
}

/**
 * The first candidate that is a country we sell to; else the fallback if we sell there; else any
 * country we sell to. With no list (backend unreachable) the fallback is trusted.
 */
export function preferredCountry(
  candidates: ReadonlyArray<string | null | undefined>,
  known: ReadonlySet<string> | null,
  fallback: string
): string {
  const normalisedFallback = fallback.toLowerCase()
  if (!known) return normalisedFallback
  for (const candidate of candidates) {
    const code = candidate?.trim().toLowerCase()
    if (code && known.has(code)) return code
  }
  if (known.has(normalisedFallback)) return normalisedFallback
  return [...known].sort()[0] ?? normalisedFallback
}

export function routeByCountry(input: {
  pathname: string
  search: string
  known: ReadonlySet<string> | null
  preferred: () => string
}): RoutingDecision {
  const { pathname, search, known } = input
  const segment = firstSegment(pathname)

  if (segment === "") {
    return { kind: "redirect", location: `/${input.preferred()}${search}`, permanent: false }
  }
  // Framework routes (/_not-found and the like) and the case where we cannot judge.
  if (segment.startsWith("_") || !known || known.has(segment)) return { kind: "next" }

  const lower = segment.toLowerCase()
  if (known.has(lower)) {
    const rest = pathname.slice(segment.length + 1)
    return { kind: "redirect", location: `/${lower}${rest}${search}`, permanent: true }
  }
  return { kind: "not-found" }
}
