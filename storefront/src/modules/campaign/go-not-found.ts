import { siteName } from "@/lib/site"

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c)

/**
 * The 404 for a campaign link that leads nowhere (a mistyped or withdrawn link in an article):
 * a small self-contained page that says what happened and where to go instead.
 */
export function notFoundPage(countryCode: string, link: { slug: string; bookHandle?: string }): Response {
  const what = link.bookHandle ? "book or campaign" : "campaign"
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Link not found · ${escape(siteName)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5}a{color:#8b1a1a}</style>
</head><body><main>
<p>404 · Not found</p>
<h1>This link doesn’t lead anywhere any more</h1>
<p>We couldn’t find the ${what} this link points to (<code>${escape(`/go/${link.slug}${link.bookHandle ? `/${link.bookHandle}` : ""}`)}</code>). It may have been mistyped, or the campaign may have been withdrawn.</p>
<ul>
<li><a href="/${countryCode}/campaigns">See our current campaigns</a></li>
<li><a href="/${countryCode}/books">Browse all books</a></li>
<li><a href="/${countryCode}">Go to the ${escape(siteName)} home page</a></li>
</ul>
</main></body></html>`
  return new Response(html, {
    status: 404,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" },
  })
}
