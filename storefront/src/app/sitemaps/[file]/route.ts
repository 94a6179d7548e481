import { listSeries } from "@/lib/data/collections"
import { getRegionForCountry } from "@/lib/data/regions"
import { listBookHandles } from "@/lib/data/search"
import { listContributorHandles } from "@/lib/data/sitemap"
import { siteUrl } from "@/lib/site"
import { bookRange, countrySitemapUrls, parseSitemapFileName, urlsetXml } from "@/lib/routing/sitemap"

/** `/sitemaps/gb-0.xml`: one country's pages, series, authors and (a range of) books. */
export const dynamic = "force-dynamic"

type Context = { params: Promise<{ file: string }> }

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const file = parseSitemapFileName((await params).file)
  if (!file || !(await getRegionForCountry(file.country))) {
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } })
  }
  const [books, series, authors] = await Promise.all([
    listBookHandles(bookRange(file.part)),
    file.part === 0 ? listSeries() : Promise.resolve([]),
    file.part === 0 ? listContributorHandles() : Promise.resolve([]),
  ])
  if (file.part > 0 && books.length === 0) {
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } })
  }
  const urls = countrySitemapUrls({
    base: siteUrl(),
    country: file.country,
    part: file.part,
    series: series.map((s) => s.handle),
    authors,
    books,
  })
  return new Response(urlsetXml(urls), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  })
}
