import type { Browser, Locator, Page } from "playwright-core"
import { launchChromium, storefrontUrl } from "./support/browser"

/**
 * A reader searches: a misspelt author still finds the books, the typeahead suggests them as
 * they type (keyboard only), and words that look like HTML are shown as words, never run.
 */
describe("a reader searches for books", () => {
  let browser: Browser
  let page: Page
  let dialogs: string[]

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    page = await browser.newPage()
    dialogs = []
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
  })
  afterEach(async () => {
    await page?.close()
  })

  /**
   * The search box: the header's once it is there, else the one on the results page (both are
   * the same component, an ARIA combobox).
   */
  async function searchBox(): Promise<Locator> {
    await page.goto(storefrontUrl("/gb"))
    const inHeader = page.locator("header").getByRole("combobox", { name: /search books/i })
    if ((await inHeader.count()) > 0) return inHeader.first()
    await page.goto(storefrontUrl("/gb/search"))
    return page.getByRole("combobox", { name: /search books/i }).first()
  }

  /**
   * On a fresh shop the backend builds the search index in the background as it boots; the
   * first journey waits (up to 30 s) for it to answer rather than racing it.
   */
  async function gotoResults(path: string): Promise<void> {
    const deadline = Date.now() + 30_000
    for (;;) {
      await page.goto(storefrontUrl(path))
      if ((await page.locator("main article").count()) > 0 || Date.now() > deadline) return
      await page.waitForTimeout(1000)
    }
  }

  it("finds Trotsky's books for the misspelt “trotksy”, priced in pounds", async () => {
    await gotoResults("/gb/search?q=trotksy")
    await expect(page.locator("h1").textContent()).resolves.toMatch(/Results for.*trotksy/)
    const books = page.locator('main article a[href^="/gb/books/"]')
    expect(await books.count()).toBeGreaterThan(0)
    const main = (await page.locator("main").textContent()) ?? ""
    expect(main).toMatch(/Trotsky/)
    expect(main).toMatch(/£\d+\.\d{2}/)
    // Filters are real checkboxes with counts.
    expect(await page.getByRole("group", { name: "Format" }).getByRole("checkbox").count()).toBeGreaterThan(0)
  })

  it("suggests books as the reader types, and Enter shows every result", async () => {
    const box = await searchBox()
    await box.click()
    await box.pressSequentially("trotksy", { delay: 40 })
    const listbox = page.getByRole("listbox", { name: "Suggestions" })
    const suggestion = listbox.getByRole("option").filter({ hasText: /Trotsky/ }).first()
    await suggestion.waitFor({ timeout: 10_000 })
    await expect(box.getAttribute("aria-expanded")).resolves.toBe("true")
    // A suggestion shows a price in the region's currency.
    await expect(listbox.textContent()).resolves.toMatch(/£\d+\.\d{2}/)

    await box.press("ArrowDown")
    const first = listbox.getByRole("option").first()
    await expect(first.getAttribute("aria-selected")).resolves.toBe("true")
    await expect(box.getAttribute("aria-activedescendant")).resolves.toBe(await first.getAttribute("id"))
    await box.press("ArrowUp") // back to the text field: Enter searches for the words
    await box.press("Enter")
    await page.waitForURL(/\/gb\/search\?q=trotksy$/)
    await expect(page.locator("h1").textContent()).resolves.toMatch(/trotksy/)
    expect(await page.locator('main article a[href^="/gb/books/"]').count()).toBeGreaterThan(0)
  })

  it("opens the highlighted suggestion's book with ArrowDown and Enter, and Escape closes the list", async () => {
    const box = await searchBox()
    await box.click()
    await box.pressSequentially("lenin", { delay: 40 })
    const options = page.getByRole("listbox", { name: "Suggestions" }).getByRole("option")
    await options.filter({ hasText: /Lenin/ }).first().waitFor({ timeout: 10_000 })
    await box.press("Escape")
    await expect(box.getAttribute("aria-expanded")).resolves.toBe("false")
    await box.press("ArrowDown")
    const title = (await options.first().textContent()) ?? ""
    await box.press("Enter")
    await page.waitForURL(/\/gb\/books\/[^/?]+$/)
    const heading = ((await page.locator("h1").first().textContent()) ?? "").trim()
    expect(heading.length).toBeGreaterThan(0)
    expect(title).toContain(heading)
  })

  it("shows a search for markup as text and never runs it", async () => {
    const words = "<img src=x onerror=alert(1)>"
    await page.goto(storefrontUrl(`/gb/search?q=${encodeURIComponent(words)}`))
    await expect(page.locator("h1").textContent()).resolves.toContain(words)
    expect(await page.locator('img[src="x"]').count()).toBe(0)
    // Nothing matches: the reader is offered books instead of a dead end (streamed after the heading).
    await page.getByText("Popular titles").first().waitFor()
    expect(await page.locator('img[src="x"]').count()).toBe(0)

    const box = page.getByRole("combobox", { name: /search books/i }).first()
    await box.fill("")
    await box.pressSequentially(`${words} `, { delay: 10 })
    await page.getByRole("listbox", { name: "Suggestions" }).getByRole("option").last().waitFor()
    await page.waitForTimeout(600) // past the debounce and the answer
    expect(await page.locator('img[src="x"]').count()).toBe(0)
    expect(dialogs).toEqual([])
  })
})
