import type { Browser, Page } from "playwright-core"
import { launchChromium, storefrontUrl } from "./support/browser"

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
    const body = (await page.locator("main").textContent()) ?? ""
    expect(body).toMatch(/£\d+\.\d{2}/)
  })

  it("shows dollars in the US shop", async () => {
    await page.goto(storefrontUrl("/us"))
    const body = (await page.locator("main").textContent()) ?? ""
    expect(body).toMatch(/\$\d+\.\d{2}/)
    expect(body).not.toMatch(/£/)
  })

  it("answers an unknown country with a real 404 page", async () => {
    const response = await page.goto(storefrontUrl("/zz"))
    expect(response?.status()).toBe(404)
    await expect(page.locator("body").textContent()).resolves.toMatch(/not found/i)
  })
})
