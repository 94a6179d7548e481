import "server-only"
import { NextResponse, type NextRequest } from "next/server"
import { formatToAdd, goDestination, isPlausibleSlug } from "@/lib/campaign/campaign"
import { addCampaignLine, cartForCampaignLink, getCampaign, touchCampaign } from "@/lib/data/campaigns"
import { getBook } from "@/lib/data/products"
import { getRegionForCountry, listCountryCodes } from "@/lib/data/regions"
import { geoCountryHeaders, preferredCountry } from "@/lib/routing/country-routing"
import { defaultCountry } from "@/lib/routing/default-country"
import { notFoundPage } from "./go-not-found"

/** The country `/` would send this reader to: a CDN's country header we sell to, else DEFAULT_COUNTRY. */
async function readerCountry(request: NextRequest): Promise<string> {
  const known = await listCountryCodes().catch(() => null)
  return preferredCountry(geoCountryHeaders.map((name) => request.headers.get(name)), known, defaultCountry())
}

/**
 * A relative redirect: the browser stays on the host it asked for, so the cart cookie set here
 * is sent with the next page (a route handler's own URL may name another host, e.g. localhost
 * for 127.0.0.1). Where a link goes depends on the reader's country and cart: never shared.
 */
const redirect = (path: string) =>
  new NextResponse(null, { status: 302, headers: { Location: path, "Cache-Control": "private, no-store" } })

type Link = { slug: string; bookHandle?: string }

/** Adds the `?add=` format to the cart when the book has it for sale here; true when it did. */
async function addFormat(countryCode: string, cartId: string, bookHandle: string, wanted: string): Promise<boolean> {
  const region = await getRegionForCountry(countryCode)
  const book = region ? await getBook(bookHandle, region) : null
  const format = book ? formatToAdd(book.formats, wanted) : null
  if (!format || !format.price || format.availability === "out_of_stock" || format.availability === "unpublished") return false
  try {
    await addCampaignLine(cartId, format.id)
    return true
  } catch {
    return false
  }
}

/**
 * Follows an article's campaign link: `/go/<campaign>` → the campaign page, `/go/<campaign>/<book>`
 * → the book page, `?add=<format>` → that format in the cart and the cart page, all in the
 * reader's country. Each records the click and the cart's first/last touch (and applies the
 * campaign's promotion while it is live). Unknown campaign or book → a helpful 404, never a 500.
 */
export async function followCampaignLink(request: NextRequest, link: Link): Promise<Response> {
  const countryCode = await readerCountry(request)
  if (!isPlausibleSlug(link.slug) || (link.bookHandle !== undefined && !isPlausibleSlug(link.bookHandle))) {
    return notFoundPage(countryCode, link)
  }
  const wanted = request.nextUrl.searchParams.get("add")
  try {
    const region = await getRegionForCountry(countryCode)
    if (!region) throw new Error(`No region sells to ${countryCode}`)
    const cartId = await cartForCampaignLink(region, countryCode)
    // Add before the touch, so the campaign's promotion is computed with the book in the cart.
    const added = link.bookHandle && wanted ? await addFormat(countryCode, cartId, link.bookHandle, wanted) : false
    if ((await touchCampaign(link.slug, cartId, link.bookHandle)) === "not-found") return notFoundPage(countryCode, link)
    return redirect(goDestination({ countryCode, ...link, added }))
  } catch (error) {
    // Attribution is best effort: if the shop cannot record it, still take the reader on.
    console.warn(`[go] could not record ${request.nextUrl.pathname}: ${error instanceof Error ? error.message : error}`)
    const campaign = await getCampaign(link.slug).catch(() => null)
    if (!campaign) return notFoundPage(countryCode, link)
    return redirect(goDestination({ countryCode, ...link }))
  }
}
