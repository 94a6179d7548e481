import type { Browser, BrowserContext, Page } from "playwright-core"
import { seriousViolations } from "./support/axe"
import { launchChromium, settled, storefrontUrl } from "./support/browser"
import { checkOutWithTestPayment } from "./support/checkout"

/*
 * A reader pre-orders the seed's forthcoming title, In Defence of Lenin: the book page sells it
 * as a pre-order with its day, checkout says pre-ordered books are charged now, the account's
 * order page shows the pre-ordered part with its day and state, and the reader cancels it there
 * (asked to confirm first) and sees it cancelled and refunded. Search results say when it ships.
 */

const bookPath = "/gb/books/in-defence-of-lenin"
/** "3 January 2027": a day as the UK shop writes it. */
const UK_DAY = /\d{1,2} [A-Z][a-z]+ \d{4}/

describe("a reader pre-orders a forthcoming book and cancels the pre-order", () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let orderPath = ""
  const reader = {
    firstName: "Nadezhda",
    lastName: "Krupskaya",
    email: `nadya.${Date.now()}@example.com`,
    password: "iskra-1900-london",
  }

  beforeAll(async () => {
    browser = await launchChromium()
    context = await browser.newContext()
    page = await context.newPage()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("registers a new reader", async () => {
    await page.goto(storefrontUrl("/gb/account/login?next=%2Fgb%2Faccount"))
    const form = page.getByRole("form", { name: "Create an account" })
    await form.getByLabel("First name").fill(reader.firstName)
    await form.getByLabel("Last name").fill(reader.lastName)
    await form.getByLabel("E-mail address").fill(reader.email)
    await form.getByLabel("Password").fill(reader.password)
    await form.getByRole("button", { name: "Create account" }).click()
    await page.waitForURL((url) => url.pathname === "/gb/account")
  })

  it("pre-orders the paperback from the book page, which says when it ships", async () => {
    await page.goto(storefrontUrl(bookPath))
    await page.getByRole("heading", { level: 1, name: "In Defence of Lenin" }).waitFor()
    await page.waitForLoadState("networkidle")
    expect(await page.locator("main").getByRole("button", { name: /^Add to cart/ }).count()).toBe(0)
    const paperback = page.locator("li", { has: page.locator("h3", { hasText: /^Paperback$/ }) })
    const button = paperback.getByRole("button", { name: /^Pre-order — ships on / })
    expect(await button.textContent()).toMatch(new RegExp(`Pre-order — ships on ${UK_DAY.source}`))
    await button.click()
    await paperback.getByRole("status").getByText("Added to your cart.").waitFor()
  })

  it("checks out, told at review that pre-ordered books are charged now", async () => {
    await page.goto(storefrontUrl("/gb/cart"))
    await page.getByRole("heading", { level: 1, name: "Your cart" }).waitFor()
    await checkOutWithTestPayment(
      page,
      { ...reader, address: "30 Holford Square", city: "London", postcode: "WC1X 9HY" },
      {
        atReview: async (review) => {
          await settled(review)
          const text = (await review.locator("main").textContent()) ?? ""
          expect(text).toContain("Your order includes pre-ordered books. They are charged now")
        },
      }
    )
    await page.getByRole("heading", { level: 1, name: "Your order is placed" }).waitFor()
    const orderId = /\/order\/(order_[A-Za-z0-9]+)\//.exec(page.url())?.[1]
    expect(orderId).toBeDefined()
    orderPath = `/gb/account/orders/${orderId}`
  })

  it("shows the pre-ordered part of the order with its day and state, and passes axe", async () => {
    await page.goto(storefrontUrl(orderPath))
    await settled(page)
    await page.getByRole("heading", { level: 1, name: /^Order / }).waitFor()
    const part = page.getByRole("region", { name: "Your pre-order" })
    await part.getByRole("heading", { level: 3, name: "Pre-ordered, sent on release" }).waitFor()
    expect(await part.textContent()).toMatch(new RegExp(`In Defence of Lenin.*Waiting for release on ${UK_DAY.source}`))
    await part.getByRole("button", { name: /^Cancel pre-order: In Defence of Lenin/ }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
  })

  it("cancels the pre-order after confirming, and sees it cancelled and refunded", async () => {
    await page.waitForLoadState("networkidle")
    const part = page.getByRole("region", { name: "Your pre-order" })
    await part.getByRole("button", { name: /^Cancel pre-order: In Defence of Lenin/ }).click()
    // Asked first; keeping it changes nothing.
    const keep = part.getByRole("button", { name: "Keep my pre-order" })
    await keep.click()
    await part.getByRole("button", { name: /^Cancel pre-order: In Defence of Lenin/ }).waitFor()
    expect(await part.textContent()).toContain("Waiting for release on")

    await part.getByRole("button", { name: /^Cancel pre-order: In Defence of Lenin/ }).click()
    const confirm = part.getByRole("button", { name: "Yes, cancel pre-order" })
    expect(await confirm.evaluate((el) => el === document.activeElement)).toBe(true)
    await confirm.click()
    await part.getByText("Cancelled and refunded").waitFor()
    expect(await part.getByRole("button", { name: /Cancel pre-order/ }).count()).toBe(0)

    // Still so after a fresh visit.
    await page.goto(storefrontUrl(orderPath))
    await settled(page)
    const fresh = page.getByRole("region", { name: "Your pre-order" })
    await fresh.getByText("Cancelled and refunded").waitFor()
    expect(await fresh.getByRole("button", { name: /Cancel pre-order/ }).count()).toBe(0)
  })

  it("finds the book in search results as a pre-order with the day it ships", async () => {
    await page.goto(storefrontUrl("/gb/search?q=Lenin"))
    await settled(page)
    const card = page.locator("article", { has: page.getByRole("heading", { level: 2, name: /^In Defence of Lenin/ }) }).first()
    await card.waitFor()
    expect(await card.textContent()).toMatch(new RegExp(`Pre-order — ships on ${UK_DAY.source}`))
  })
})
