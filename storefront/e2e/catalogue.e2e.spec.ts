import type { Browser, Page } from "playwright-core"
import { launchChromium, storefrontUrl } from "./support/browser"

type Offer = { "@type": string; price: number; priceCurrency: string; availability: string }
type BookLd = { "@type": string; name: string; author?: { name: string; url?: string }[]; offers?: Offer[] }

/** The book page's schema.org data, parsed as a search engine would. */
async function bookJsonLd(page: Page): Promise<BookLd> {
  const raw = await page.locator('script[type="application/ld+json"]').first().textContent()
  return JSON.parse(raw ?? "null") as BookLd
}

/** The formats a reader sees priced on the book page. */
async function pricedFormats(page: Page, symbol: string): Promise<number> {
  const rows = await page.locator('section[aria-labelledby="formats"] li').allTextContents()
  return rows.filter((text) => text.includes(symbol)).length
}

/** The first book on the country's home page that credits an author with a page of their own. */
async function openBookWithAuthor(page: Page, country: string): Promise<string> {
  await page.goto(storefrontUrl(`/${country}`))
  const hrefs = await page.locator(`main a[href^="/${country}/books/"]`).evaluateAll((links) =>
    links.map((a) => a.getAttribute("href") ?? "")
  )
  for (const href of hrefs) {
    await page.goto(storefrontUrl(href))
    if ((await page.locator(`main header a[href^="/${country}/authors/"]`).count()) > 0) return href
  }
  throw new Error(`no book on /${country} links to an author page`)
}

describe("a reader explores the catalogue", () => {
  let browser: Browser
  let page: Page
  const backendRequests: string[] = []

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    page = await browser.newPage()
    const backend = new URL(process.env.E2E_BACKEND_URL ?? "http://backend.invalid").host
    page.on("request", (request) => {
      if (new URL(request.url()).host === backend) backendRequests.push(request.url())
    })
  })
  afterEach(async () => {
    await page?.close()
  })

  it("follows a book's author link to the author page, which lists that book", async () => {
    const bookPath = await openBookWithAuthor(page, "gb")
    const title = (await page.locator("main h1").first().textContent())?.trim()
    const authorLink = page.locator('main header a[href^="/gb/authors/"]').first()
    const authorName = (await authorLink.textContent())?.trim()
    expect(title).toBeTruthy()
    expect(authorName).toBeTruthy()

    await authorLink.click()
    await page.waitForURL(/\/gb\/authors\/[a-z0-9-]+$/)
    await expect(page.locator("main h1").first().textContent()).resolves.toBe(authorName)
    const listed = page.locator(`main a[href="${bookPath}"]`)
    expect(await listed.count()).toBe(1)
    await expect(listed.textContent()).resolves.toContain(title)
  })

  it("describes the book for search engines with one Offer per format in the region's currency", async () => {
    const bookPath = await openBookWithAuthor(page, "gb")
    const gb = await bookJsonLd(page)
    expect(gb["@type"]).toBe("Book")
    expect(gb.author?.[0]?.url).toMatch(/\/gb\/authors\/[a-z0-9-]+$/)
    expect(gb.offers?.length).toBe(await pricedFormats(page, "£"))
    expect(gb.offers?.length).toBeGreaterThan(0)
    expect(gb.offers?.every((o) => o["@type"] === "Offer" && o.priceCurrency === "GBP" && o.price > 0)).toBe(true)

    await page.goto(storefrontUrl(bookPath.replace(/^\/gb\//, "/us/")))
    const us = await bookJsonLd(page)
    expect(us.offers?.length).toBe(await pricedFormats(page, "$"))
    expect(us.offers?.every((o) => o.priceCurrency === "USD")).toBe(true)
  })

  it("answers an unknown author with a real 404", async () => {
    const response = await page.goto(storefrontUrl("/gb/authors/no-such-author-anywhere"))
    expect(response?.status()).toBe(404)
    await expect(page.locator("main").textContent()).resolves.toMatch(/couldn’t find/i)
  })

  it("shows covers from the shop's own address, so the browser never talks to the backend", async () => {
    await page.goto(storefrontUrl("/gb"), { waitUntil: "networkidle" })
    const cardSources = await page.locator("main img").evaluateAll((imgs) => imgs.map((img) => img.getAttribute("src") ?? ""))
    for (const src of cardSources) expect(src).toMatch(/^\/media\//)

    await openBookWithAuthor(page, "gb")
    await page.waitForLoadState("networkidle")
    const covers = await page.locator("main img").evaluateAll((imgs) =>
      (imgs as HTMLImageElement[]).map((img) => ({ src: img.getAttribute("src") ?? "", alt: img.alt, loaded: img.naturalWidth > 0 }))
    )
    for (const cover of covers) {
      expect(cover.src).toMatch(/^\/media\//)
      expect(cover.alt).toMatch(/^Cover of /)
      expect(cover.loaded).toBe(true)
    }
    expect(backendRequests).toEqual([])
  })
})
