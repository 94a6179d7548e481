import { NextResponse, type NextRequest } from "next/server"
import { getRegionForCountry } from "@/lib/data/regions"
import { suggestBooks } from "@/lib/data/search"
import { minSuggestLength, readSuggestRequest, toSuggestion, type Suggestion } from "@/modules/search/suggestions"

type Answer = { suggestions: Suggestion[]; error?: string }

const answer = (body: Answer, status = 200, cacheSeconds = 0) =>
  NextResponse.json(body, {
    status,
    // A few seconds in the browser absorbs retyping; longer would hide catalogue changes.
    headers: { "Cache-Control": cacheSeconds ? `private, max-age=${cacheSeconds}` : "no-store" },
  })

/**
 * GET /api/search-suggest?q=trotksy&country=gb — the header search box's typeahead. The browser
 * only ever talks to this route; it asks the backend's store search with the storefront's
 * publishable key (server side), so no engine or key is exposed.
 */
export async function GET(request: NextRequest) {
  const parsed = readSuggestRequest(request.nextUrl.searchParams)
  if (!parsed.ok) return answer({ suggestions: [], error: parsed.error }, 400)
  if (parsed.q.length < minSuggestLength) return answer({ suggestions: [] }, 200, 60)
  const region = await getRegionForCountry(parsed.country).catch(() => null)
  if (!region) return answer({ suggestions: [], error: "the shop does not sell in this country" }, 404)
  try {
    const books = await suggestBooks(parsed.q, region)
    return answer({ suggestions: books.map((book) => toSuggestion(book, parsed.country)) }, 200, 5)
  } catch (error) {
    console.error(`[search-suggest] ${error instanceof Error ? error.message : String(error)}`)
    return answer({ suggestions: [], error: "search is unavailable right now" }, 502)
  }
}
