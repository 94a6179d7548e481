import type { Browser, Page } from "playwright-core"
import { launchChromium, settled, storefrontUrl } from "./support/browser"

describe("a reader browses the shop", () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    page = await browser.newPage()
  })
  afterEach(async () => {
    await page?.close()
  })

  it("lands on the UK shop, follows a book link and sees its price in pounds", async () => {
    await page.goto(storefrontUrl("/"))
    expect(new URL(page.url()).pathname).toBe("/gb")
    const bookLinks = page.locator('a[href^="/gb/books/"]')
    expect(await bookLinks.count()).toBeGreaterThan(0)
    const firstBook = bookLinks.first()
    await firstBook.click()
    await page.waitForURL(/\/gb\/books\/[a-z0-9-]+$/)
    await expect(page.locator("h1").first().textContent()).resolves.toMatch(/\w/)
    await settled(page)
    const body = (await page.locator("main").textContent()) ?? ""
    expect(body).toMatch(/£\d+\.\d{2}/)
  })

  it("shows dollars in the US shop", async () => {
    await page.goto(storefrontUrl("/us"))
    await settled(page)
    const body = (await page.locator("main").textContent()) ?? ""
    expect(body).toMatch(/\$\d+\.\d{2}/)
    expect(body).not.toMatch(/£/)
  })

  it("switches from the UK to the US on a book page, sees the same book in dollars, and is remembered at /", async () => {
    await page.goto(storefrontUrl("/gb/books"))
    const bookPath = await page.locator('main article a[href^="/gb/books/"]').first().getAttribute("href")
    if (!bookPath) throw new Error("no book listed in the UK catalogue")
    await page.goto(storefrontUrl(bookPath))
    await settled(page)
    const title = (await page.locator("main h1").first().textContent())?.trim()
    expect(await page.locator("main").textContent()).toMatch(/£\d+\.\d{2}/)

    // The picker is a disclosure: its button says where we ship and in which currency.
    const picker = page.locator("header summary", { hasText: "Shipping to" })
    await expect(picker.textContent()).resolves.toContain("GBP")
    await picker.focus()
    await page.keyboard.press("Enter")
    const us = page.getByRole("navigation", { name: "Choose your country" }).getByRole("link", { name: "United States" })
    await us.click()

    const usPath = bookPath.replace(/^\/gb\//, "/us/")
    await page.waitForURL((url) => url.pathname === usPath)
    await expect(page.locator("main h1").first().textContent()).resolves.toBe(title)
    await settled(page)
    const usText = (await page.locator("main").textContent()) ?? ""
    expect(usText).toMatch(/\$\d+\.\d{2}/)
    expect(usText).not.toMatch(/£/)
    await expect(page.locator("header summary", { hasText: "Shipping to" }).textContent()).resolves.toContain("USD")

    // Next visit to the bare address: back to the US shop, not the default UK one.
    await page.goto(storefrontUrl("/"))
    expect(new URL(page.url()).pathname).toBe("/us")
  })

  it("closes the country list with Escape and returns focus to its button", async () => {
    await page.goto(storefrontUrl("/gb"))
    const picker = page.locator("header summary", { hasText: "Shipping to" })
    await picker.click()
    const list = page.getByRole("navigation", { name: "Choose your country" })
    await expect(list.isVisible()).resolves.toBe(true)
    await list.getByRole("link").first().focus()
    await page.keyboard.press("Escape")
    await expect(list.isVisible()).resolves.toBe(false)
    await expect(picker.evaluate((el) => el === document.activeElement)).resolves.toBe(true)
  })

  it("lists every book of every country in the sitemap, which robots.txt points to", async () => {
    const robots = await (await fetch(storefrontUrl("/robots.txt"))).text()
    expect(robots).toMatch(/^Sitemap: .*\/sitemap\.xml$/m)
    expect(robots).toMatch(/^Disallow: \/gb\/checkout\$?$/m)
    expect(robots).toMatch(/^Disallow: \/us\/cart\$?$/m)

    const index = await fetch(storefrontUrl("/sitemap.xml"))
    expect(index.headers.get("content-type")).toMatch(/xml/)
    const files = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? "")
    const gbFile = files.find((loc) => loc.endsWith("/sitemaps/gb-0.xml"))
    expect(gbFile).toBeDefined()
    expect(files.some((loc) => loc.endsWith("/sitemaps/us-0.xml"))).toBe(true)

    const gb = await (await fetch(storefrontUrl(new URL(gbFile ?? "").pathname))).text()
    await page.goto(storefrontUrl("/gb/books"))
    const bookPath = await page.locator('main article a[href^="/gb/books/"]').first().getAttribute("href")
    expect(gb).toContain(`${bookPath}</loc>`)
    expect(gb).toMatch(/\/gb\/books<\/loc>/)
    expect(gb).toMatch(/\/gb\/authors\/[a-z0-9-]+<\/loc>/)
    expect(gb).toMatch(/\/gb\/series\/[a-z0-9-]+<\/loc>/)
    expect((await fetch(storefrontUrl("/sitemaps/zz-0.xml"))).status).toBe(404)
  })

  it("gives the catalogue a canonical URL and social cards", async () => {
    await page.goto(storefrontUrl("/gb/books?format=ebook&page=1"))
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href")
    expect(new URL(canonical ?? "").pathname).toBe("/gb/books")
    await expect(page.locator('meta[property="og:title"]').getAttribute("content")).resolves.toMatch(/Books/)
    await expect(page.locator('meta[name="twitter:card"]').getAttribute("content")).resolves.toMatch(/summary/)
    // A filtered listing is followed but not indexed.
    await expect(page.locator('meta[name="robots"]').getAttribute("content")).resolves.toMatch(/noindex/)
  })

  it("answers an unknown country with a real 404 page", async () => {
    const response = await page.goto(storefrontUrl("/zz"))
    expect(response?.status()).toBe(404)
    await expect(page.locator("body").textContent()).resolves.toMatch(/not found/i)
  })
})
