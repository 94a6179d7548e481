import { indexRegionsByCountry } from "@/lib/catalogue/region"
import { listRegions } from "@/lib/data/regions"
import { countListedBooks } from "@/lib/data/search"
import { siteUrl } from "@/lib/site"
import { sitemapFileName, sitemapFiles, sitemapIndexXml } from "@/lib/routing/sitemap"

/**
 * `/sitemap.xml`: an index of the per-country sitemap files (see lib/routing/sitemap.ts).
 * A route handler rather than app/sitemap.ts, because Next's generated sitemaps have no index
 * and work out their ids at build time, when the backend may not be running.
 */
export const dynamic = "force-dynamic"

export async function GET(): Promise<Response> {
  const [regions, bookCount] = await Promise.all([listRegions(), countListedBooks()])
  const base = siteUrl()
  const files = sitemapFiles([...indexRegionsByCountry(regions).keys()], bookCount)
  const xml = sitemapIndexXml(files.map((file) => new URL(`/sitemaps/${sitemapFileName(file)}`, base).toString()))
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  })
}
