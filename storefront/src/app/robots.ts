import type { MetadataRoute } from "next"
import { indexRegionsByCountry } from "@/lib/catalogue/region"
import { listRegions } from "@/lib/data/regions"
import { disallowedPaths } from "@/lib/routing/robots-rules"
import { siteUrl } from "@/lib/site"

/** Read at request time: the public address and the countries come from the running shop. */
export const dynamic = "force-dynamic"

/** Crawlers may read the catalogue, never the reader's own pages (cart, checkout, account, search). */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const countries = await listRegions()
    .then((regions) => [...indexRegionsByCountry(regions).keys()])
    .catch(() => null)
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: disallowedPaths(countries) }],
    sitemap: new URL("/sitemap.xml", siteUrl()).toString(),
  }
}
