import { NextResponse, type NextRequest } from "next/server"
import { listCountryCodes } from "@/lib/data/regions"
import { geoCountryHeaders, preferredCountry, routeByCountry } from "@/lib/routing/country-routing"
import { defaultCountry } from "@/lib/routing/default-country"
import {
  COUNTRY_COOKIE,
  countryCookieMaxAge,
  countryToRemember,
  isPrefetch,
  rememberedCountry,
} from "@/lib/routing/remembered-country"

const fallbackCountry = defaultCountry()

async function knownCountries(): Promise<ReadonlySet<string> | null> {
  try {
    return await listCountryCodes()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    console.warn(`[proxy] countries unavailable (${reason}); falling back to DEFAULT_COUNTRY=${fallbackCountry}`)
    return null
  }
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const known = await knownCountries()
  const remembered = request.cookies.get(COUNTRY_COOKIE)?.value
  const decision = routeByCountry({
    pathname,
    search,
    known,
    // The country the visitor last shopped in, then the CDN's guess, then DEFAULT_COUNTRY.
    preferred: () =>
      preferredCountry(
        [rememberedCountry(remembered, known), ...geoCountryHeaders.map((name) => request.headers.get(name))],
        known,
        fallbackCountry
      ),
  })

  switch (decision.kind) {
    case "next": {
      const response = NextResponse.next()
      const remember = isPrefetch((name) => request.headers.get(name))
        ? null
        : countryToRemember(pathname, known, remembered)
      if (remember) {
        response.cookies.set(COUNTRY_COOKIE, remember, {
          path: "/",
          maxAge: countryCookieMaxAge,
          sameSite: "lax",
          httpOnly: true,
          secure: request.nextUrl.protocol === "https:",
        })
      }
      return response
    }
    case "not-found":
      // Next's prerendered 404 page, status 404, fully server-rendered. (A notFound() thrown while
      // rendering also answers 404, but Next leaves that page's HTML body empty until hydration:
      // vercel/next.js#62228.)
      return NextResponse.rewrite(new URL("/_not-found", request.url))
    case "redirect": {
      const response = NextResponse.redirect(new URL(decision.location, request.url), decision.permanent ? 308 : 307)
      // The answer to "/" depends on the visitor's country header: never share it between visitors.
      if (!decision.permanent) response.headers.set("Cache-Control", "private, no-store")
      return response
    }
  }
}

export const config = {
  // Pages only: no Next internals, API routes, campaign links (/go, country-less by design),
  // uploaded files (/media) or files with an extension (icon, fonts, covers).
  matcher: ["/((?!api/|go/|_next/|media/|.*\\.[\\w]+$).*)"],
}
