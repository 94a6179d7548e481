import type { Browser, Page } from "playwright-core"
import { seriousViolations } from "./support/axe"
import { launchChromium, settled, storefrontUrl } from "./support/browser"

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

/** The books listed on the page, in order, by their link. */
async function listedBooks(page: Page, country: string): Promise<string[]> {
  return page.locator(`main article a[href^="/${country}/books/"]`).evaluateAll((links) =>
    links.map((a) => a.getAttribute("href") ?? "")
  )
}

/** "14 books, page 1 of 2" → 14 */
async function shownCount(page: Page): Promise<number> {
  await settled(page)
  const text = (await page.locator('main [role="status"]').first().textContent()) ?? ""
  const match = /([\d,]+) books?/.exec(text)
  if (!match?.[1]) throw new Error(`no book count in "${text}"`)
  return Number(match[1].replace(/,/g, ""))
}

/** Prices on the cards, in order (cards "not sold in your region" left out). */
async function cardPrices(page: Page, symbol: string): Promise<number[]> {
  await settled(page)
  const texts = await page.locator("main article").allTextContents()
  return texts.flatMap((text) => {
    const match = new RegExp(`\\${symbol}(\\d+\\.\\d{2})`).exec(text)
    return match?.[1] ? [Number(match[1])] : []
  })
}

/** The first book on the country's home page that credits an author with a page of their own. */
async function openBookWithAuthor(page: Page, country: string): Promise<string> {
  await page.goto(storefrontUrl(`/${country}`))
  await settled(page)
  const hrefs = await page.locator(`main a[href^="/${country}/books/"]`).evaluateAll((links) =>
    links.map((a) => a.getAttribute("href") ?? "")
  )
  for (const href of hrefs) {
    await page.goto(storefrontUrl(href))
    await settled(page)
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

  it("filters the catalogue by format and author, keeps the filters in the URL, and shows the counts it promised", async () => {
    await page.goto(storefrontUrl("/gb/books"))
    const total = await shownCount(page)
    expect(total).toBeGreaterThan(1)
    expect(await listedBooks(page, "gb")).toHaveLength(Math.min(total, 24))

    await page.locator('main input[name="format"][value="paperback"]').check()
    await page.waitForURL((url) => url.searchParams.getAll("format").includes("paperback"))
    await expect(page.locator('main input[name="format"][value="paperback"]').isChecked()).resolves.toBe(true)
    const paperbacks = await shownCount(page)
    expect(paperbacks).toBeLessThanOrEqual(total)

    // An author, with the number of their paperbacks the filter promises.
    const author = page.locator('main input[name="author"]').first()
    const authorName = (await author.getAttribute("value")) ?? ""
    const promised = Number(
      ((await page.locator("main label", { has: page.locator(`input[name="author"][value="${authorName}"]`) }).textContent()) ?? "").match(/(\d+)\s*books?$/)?.[1]
    )
    expect(authorName).toBeTruthy()
    await author.check()
    await page.waitForURL((url) => url.searchParams.getAll("author").includes(authorName))
    expect(await shownCount(page)).toBe(promised)
    expect(await listedBooks(page, "gb")).toHaveLength(promised)

    // The URL alone brings the same page back.
    const filtered = page.url()
    expect(new URL(filtered).searchParams.getAll("format")).toEqual(["paperback"])
    const fresh = await browser.newPage()
    try {
      await fresh.goto(filtered)
      expect(await fresh.locator('main input[name="format"][value="paperback"]').isChecked()).toBe(true)
      expect(await fresh.locator(`main input[name="author"][value="${authorName}"]`).isChecked()).toBe(true)
      expect(await shownCount(fresh)).toBe(promised)
    } finally {
      await fresh.close()
    }

    // Clearing the filters brings every book back.
    await page.getByRole("link", { name: "Clear all filters" }).click()
    await page.waitForURL((url) => url.pathname === "/gb/books" && url.search === "")
    expect(await shownCount(page)).toBe(total)
  })

  it("pages through the catalogue on the server: page 2 holds the rest, no book twice", async () => {
    await page.goto(storefrontUrl("/gb/books?per=12"))
    const total = await shownCount(page)
    expect(total).toBeGreaterThan(12) // the demo catalogue has 14 titles
    const first = await listedBooks(page, "gb")
    expect(first).toHaveLength(12)

    await page.locator('main nav[aria-label="Catalogue pages"] a[rel="next"]').click()
    await page.waitForURL((url) => url.searchParams.get("page") === "2" && url.searchParams.get("per") === "12")
    await expect(page.locator('main [aria-current="page"]').textContent()).resolves.toBe("2")
    const second = await listedBooks(page, "gb")
    expect(second).toHaveLength(Math.min(total - 12, 12))
    expect(second.filter((href) => first.includes(href))).toEqual([])

    // A page past the end says so and links to the last one.
    await page.goto(storefrontUrl("/gb/books?per=12&page=40"))
    await expect(page.locator("main h2").first().textContent()).resolves.toMatch(/no page 40/i)
  })

  it("sorts the catalogue by price in the region's currency, both ways", async () => {
    await page.goto(storefrontUrl("/us/books"))
    await page.locator('main select[name="sort"]').selectOption("price-asc")
    await page.waitForURL((url) => url.searchParams.get("sort") === "price-asc")
    const ascending = await cardPrices(page, "$")
    expect(ascending.length).toBeGreaterThan(1)
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b))
    expect(ascending[0]).toBeLessThan(ascending[ascending.length - 1] ?? 0)

    await page.locator('main select[name="sort"]').selectOption("price-desc")
    await page.waitForURL((url) => url.searchParams.get("sort") === "price-desc")
    const descending = await cardPrices(page, "$")
    expect(descending).toEqual([...descending].sort((a, b) => b - a))
  })

  it("says so when no book matches, and offers to clear the filters", async () => {
    await page.goto(storefrontUrl("/gb/books?author=Nobody%20At%20All"))
    await expect(page.locator("main h2").first().textContent()).resolves.toMatch(/no books match/i)
    await page.getByRole("link", { name: "Clear filters" }).click()
    await page.waitForURL((url) => url.pathname === "/gb/books" && url.search === "")
    expect((await listedBooks(page, "gb")).length).toBeGreaterThan(0)
  })

  it("follows a book's series to the series page, which lists the book", async () => {
    await page.goto(storefrontUrl("/gb/series"))
    const seriesLink = page.locator('main a[href^="/gb/series/"]').first()
    const seriesTitle = (await seriesLink.textContent())?.trim()
    await seriesLink.click()
    await page.waitForURL(/\/gb\/series\/[a-z0-9-]+$/)
    await expect(page.locator("main h1").first().textContent()).resolves.toBe(seriesTitle)
    const books = await listedBooks(page, "gb")
    expect(books.length).toBeGreaterThan(0)

    await page.goto(storefrontUrl(books[0] ?? ""))
    const back = page.locator(`main a[href^="/gb/series/"]`)
    await expect(back.first().textContent()).resolves.toBe(seriesTitle)

    const missing = await page.goto(storefrontUrl("/gb/series/no-such-series"))
    expect(missing?.status()).toBe(404)
  })

  it("shows forthcoming, new and featured titles and the series on the home page", async () => {
    await page.goto(storefrontUrl("/gb"))
    // The shelves stream in after the page shell (a skeleton shows first): wait for each.
    for (const shelf of [/^Forthcoming: pre-order now$/, /^New titles$/, /^Featured: /, /^Series$/]) {
      await page.locator("main h2", { hasText: shelf }).first().waitFor()
    }
    const headings = (await page.locator("main h2").allTextContents()).map((text) => text.trim())
    expect(headings).toEqual(expect.arrayContaining(["Forthcoming: pre-order now", "New titles", "Series"]))
    expect(headings.some((heading) => heading.startsWith("Featured: "))).toBe(true)
    await expect(page.locator('section[aria-labelledby="forthcoming"]').textContent()).resolves.toMatch(/Forthcoming · /)
  })

  it("has no serious accessibility violations on the home page, the catalogue, a series and a book page", async () => {
    // axe runs in a page of an explicit browser context.
    const context = await browser.newContext()
    try {
      const tab = await context.newPage()
      for (const path of ["/gb", "/gb/books", "/gb/books?format=ebook&sort=price-asc", "/gb/series"]) {
        await tab.goto(storefrontUrl(path))
        expect({ path, violations: await seriousViolations(tab) }).toEqual({ path, violations: [] })
      }
      const [book] = await listedBooks(tab, "gb")
      await tab.goto(storefrontUrl(book ?? ""))
      expect({ path: book, violations: await seriousViolations(tab) }).toEqual({ path: book, violations: [] })
    } finally {
      await context.close()
    }
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
