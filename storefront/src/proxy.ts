import { NextResponse, type NextRequest } from "next/server"
import { listCountryCodes } from "@/lib/data/regions"
import { geoCountryHeaders, preferredCountry, routeByCountry } from "@/lib/routing/country-routing"
import { defaultCountry } from "@/lib/routing/default-country"

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
  const decision = routeByCountry({
    pathname,
    search,
    known,
    preferred: () =>
      preferredCountry(geoCountryHeaders.map((name) => request.headers.get(name)), known, fallbackCountry),
  })

  switch (decision.kind) {
    case "next":
      return NextResponse.next()
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
