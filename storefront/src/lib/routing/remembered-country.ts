/**
 * The visitor's country is remembered in a cookie: the proxy writes it whenever a page of a
 * country we sell to is served (so switching from /gb to /us in the country picker, or following
 * a link to the US shop, is remembered), and `/` sends the visitor back there. Pure rules here;
 * src/proxy.ts applies them.
 */
import { firstSegment } from "./country-routing"

export const COUNTRY_COOKIE = "_bookshop_country"
/** A year: the shop someone reads in rarely changes. */
export const countryCookieMaxAge = 60 * 60 * 24 * 365

/** The remembered country, if it is one we (still) sell to. */
export function rememberedCountry(value: string | undefined, known: ReadonlySet<string> | null): string | null {
  const code = value?.trim().toLowerCase()
  if (!code || !/^[a-z]{2}$/.test(code)) return null
  return !known || known.has(code) ? code : null
}

/**
 * A request the browser or Next's router makes ahead of a click (a link scrolled into view, the
 * country list opened): it says nothing about where the reader chose to go.
 */
export function isPrefetch(header: (name: string) => string | null): boolean {
  if (header("next-router-prefetch")) return true
  return /prefetch|prerender/i.test(`${header("sec-purpose") ?? ""} ${header("purpose") ?? ""}`)
}

/** The country to remember for a page request, or null when there is nothing new to write. */
export function countryToRemember(
  pathname: string,
  known: ReadonlySet<string> | null,
  current: string | undefined
): string | null {
  const segment = firstSegment(pathname)
  if (!known || !known.has(segment)) return null
  return segment === current ? null : segment
}

/**
 * The same page in another country's shop: "/gb/books/the-state" → "/us/books/the-state".
 * Anything that is not a country page goes to the other country's home page.
 */
export function switchCountryPath(pathname: string, toCountry: string): string {
  const segments = pathname.split("/")
  const rest = segments.slice(2).join("/")
  if (!/^[a-z]{2}$/.test(segments[1] ?? "")) return `/${toCountry}`
  return rest ? `/${toCountry}/${rest}` : `/${toCountry}`
}
