/**
 * The sitemap, as pure rules: which files there are, which URLs each holds, and their XML.
 *
 * `/sitemap.xml` is a sitemap index pointing at one or more files per country
 * (`/sitemaps/gb-0.xml`, `/sitemaps/gb-1.xml`…). A country's first file holds its home page,
 * catalogue, series and author pages and the first books; further files hold more books, so no
 * file passes the protocol's 50,000 URLs however large the catalogue grows.
 */

/** Books per sitemap file (the protocol allows 50,000 URLs; the rest of file 0 is pages, series, authors). */
export const booksPerFile = 40_000

export type SitemapUrl = { loc: string; lastmod?: string | null; changefreq?: "daily" | "weekly" | "monthly"; priority?: number }

export type SitemapFile = { country: string; part: number }

/** Every sitemap file for the countries we sell to and the number of books listed. */
export function sitemapFiles(countries: readonly string[], bookCount: number): SitemapFile[] {
  const parts = Math.max(1, Math.ceil(bookCount / booksPerFile))
  return [...countries].sort().flatMap((country) => Array.from({ length: parts }, (_, part) => ({ country, part })))
}

export const sitemapFileName = (file: SitemapFile): string => `${file.country}-${file.part}.xml`

/** "gb-0.xml" → { country: "gb", part: 0 }; null for anything else. */
export function parseSitemapFileName(name: string): SitemapFile | null {
  const match = /^([a-z]{2})-(\d{1,4})\.xml$/.exec(name)
  if (!match?.[1] || match[2] === undefined) return null
  return { country: match[1], part: Number(match[2]) }
}

/** The range of books (by position in id order) a file lists. */
export function bookRange(part: number): { from: number; to: number } {
  return { from: part * booksPerFile, to: (part + 1) * booksPerFile }
}

type CountryPages = {
  base: URL
  country: string
  part: number
  series: readonly string[]
  authors: readonly string[]
  /** The books of this file's range, by handle. */
  books: readonly { handle: string; publishedAt?: string | null }[]
}

const at = (base: URL, path: string) => new URL(path, base).toString()
const segment = (handle: string) => encodeURIComponent(handle)

/** The URLs of one country's sitemap file. */
export function countrySitemapUrls({ base, country, part, series, authors, books }: CountryPages): SitemapUrl[] {
  const root = `/${country}`
  const pages: SitemapUrl[] =
    part === 0
      ? [
          { loc: at(base, root), changefreq: "daily", priority: 1 },
          { loc: at(base, `${root}/books`), changefreq: "daily", priority: 0.8 },
          { loc: at(base, `${root}/series`), changefreq: "weekly", priority: 0.5 },
          ...series.map((handle): SitemapUrl => ({ loc: at(base, `${root}/series/${segment(handle)}`), changefreq: "weekly", priority: 0.6 })),
          ...authors.map((handle): SitemapUrl => ({ loc: at(base, `${root}/authors/${segment(handle)}`), changefreq: "monthly", priority: 0.5 })),
        ]
      : []
  return [
    ...pages,
    ...books.map((book): SitemapUrl => ({
      loc: at(base, `${root}/books/${segment(book.handle)}`),
      changefreq: "weekly",
      priority: 0.7,
    })),
  ]
}

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c)
}

const xmlHead = '<?xml version="1.0" encoding="UTF-8"?>\n'

export function urlsetXml(urls: readonly SitemapUrl[]): string {
  const entries = urls.map((url) => {
    const parts = [`<loc>${escapeXml(url.loc)}</loc>`]
    if (url.lastmod) parts.push(`<lastmod>${escapeXml(url.lastmod)}</lastmod>`)
    if (url.changefreq) parts.push(`<changefreq>${url.changefreq}</changefreq>`)
    if (url.priority !== undefined) parts.push(`<priority>${url.priority.toFixed(1)}</priority>`)
    return `<url>${parts.join("")}</url>`
  })
  return `${xmlHead}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</urlset>\n`
}

export function sitemapIndexXml(locations: readonly string[]): string {
  const entries = locations.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`)
  return `${xmlHead}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</sitemapindex>\n`
}
