import type { Browser, BrowserContext, Page } from "playwright-core"
import { adminFetch, adminToken } from "./support/admin-api"
import { seriousViolations } from "./support/axe"
import { launchChromium, storefrontUrl } from "./support/browser"

const bookPath = "/gb/books/reason-in-revolt"
const money = (text: string | null) => Number((text ?? "").replace(/[^\d.]/g, ""))

/** Waits until the page's scripts have loaded (forms then validate in the browser before sending). */
const hydrated = (page: Page) => page.waitForLoadState("networkidle")

async function addPaperback(page: Page) {
  if (new URL(page.url()).pathname !== bookPath) await page.goto(storefrontUrl(bookPath))
  await page.getByRole("heading", { level: 1, name: "Reason in Revolt" }).waitFor()
  await hydrated(page)
  const paperback = page.locator("li", { has: page.locator("h3", { hasText: /^Paperback$/ }) })
  await paperback.getByRole("button", { name: /^Add to cart/ }).click()
  await paperback.getByRole("status").getByText("Added to your cart.").waitFor()
}

/** The store API as a reader's browser would call it, with the shop's publishable key. */
async function storeApi<T>(path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const backend = process.env.E2E_BACKEND_URL
  const { publishable_key } = (await (await fetch(`${backend}/storefront/publishable-key`)).json()) as { publishable_key: string }
  const res = await fetch(`${backend}${path}`, {
    ...init,
    headers: { "content-type": "application/json", "x-publishable-api-key": publishable_key, ...init.headers },
  })
  return { status: res.status, body: (await res.json()) as T }
}

describe("a reader buys a book", () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    context = await browser.newContext()
    page = await context.newPage()
  })
  afterEach(async () => {
    await context?.close()
  })

  it("adds a paperback, changes the quantity, checks out with the test payment and sees the order", async () => {
    const email = `reader+${Date.now()}@example.org`

    // Browse → book page → add the paperback.
    await page.goto(storefrontUrl("/gb"))
    await hydrated(page)
    const link = page.locator(`main a[href="${bookPath}"]`).first()
    if (await link.isVisible()) {
      await link.click()
      await page.waitForURL(new RegExp(`${bookPath}$`))
    }
    await addPaperback(page)

    // Cart (through the header's link, which now counts one book): a refused quantity, then two copies.
    await page.getByRole("link", { name: /^Cart, 1 book$/ }).click()
    await page.waitForURL(/\/gb\/cart$/)
    await page.getByRole("heading", { level: 1, name: "Your cart" }).waitFor()
    await hydrated(page)
    expect(await seriousViolations(page)).toEqual([])
    const unit = money(await page.getByText(/ each$/).first().textContent())
    expect(unit).toBeGreaterThan(0)
    const quantity = page.getByRole("textbox", { name: /^Quantity of Reason in Revolt/ })
    await quantity.fill("0")
    await page.getByRole("button", { name: "Update" }).click()
    await page.getByText("Enter at least 1, or remove the book from your cart.").waitFor()
    expect(await quantity.getAttribute("aria-invalid")).toBe("true")
    await quantity.fill("2")
    await page.getByRole("button", { name: "Update" }).click()
    await page.getByRole("link", { name: /^Cart, 2 books$/ }).waitFor()
    const itemsRow = page.locator("dl div", { has: page.locator("dt", { hasText: /^Items$/ }) })
    expect(money(await itemsRow.locator("dd").textContent())).toBeCloseTo(unit * 2, 2)
    expect(await page.locator("main").textContent()).toMatch(/Shipping \(estimate\)from £\d+\.\d{2}/)

    // An unknown promo code is named back; the cart is unchanged.
    await page.getByRole("textbox", { name: "Promo code" }).fill("NOT-A-CODE")
    await page.getByRole("button", { name: "Apply" }).click()
    await page.getByText("“NOT-A-CODE” is not a valid promo code. Check the spelling, or try another code.").waitFor()

    // A real code (typed in lower case) takes 10% off; removing it puts the total back.
    const code = `READ${Date.now() % 1_000_000}`
    await adminFetch(await adminToken(), "/admin/promotions", {
      method: "POST",
      body: JSON.stringify({
        code,
        type: "standard",
        status: "active",
        is_automatic: false,
        application_method: { type: "percentage", target_type: "order", allocation: "across", value: 10 },
      }),
    })
    await page.getByRole("textbox", { name: "Promo code" }).fill(code.toLowerCase())
    await page.getByRole("button", { name: "Apply" }).click()
    await page.getByText(`Promo code ${code} applied.`).waitFor()
    const discountRow = page.locator("dl div", { has: page.locator("dt", { hasText: /^Discount$/ }) })
    await discountRow.waitFor()
    expect(money(await discountRow.locator("dd").textContent())).toBeCloseTo(unit * 2 * 0.1, 2)
    await page.getByRole("button", { name: new RegExp(`^Remove\\s*promo code ${code}$`) }).click()
    await page.getByText(`Promo code ${code} removed.`).waitFor()
    await discountRow.waitFor({ state: "detached" })

    // The cart survives a reload.
    await page.reload()
    await hydrated(page)
    expect(await quantity.inputValue()).toBe("2")

    // Checkout: a bad e-mail is caught and the error summary takes focus.
    await page.getByRole("link", { name: "Go to checkout" }).click()
    await page.waitForURL(/\/gb\/checkout$/)
    await page.getByRole("heading", { name: /Contact and delivery address/ }).waitFor()
    await hydrated(page)
    expect(await seriousViolations(page)).toEqual([])
    const countries = await page.getByRole("combobox", { name: "Country" }).locator("option").allTextContents()
    expect(countries).toEqual(["United Kingdom"])
    await page.getByRole("textbox", { name: "E-mail address" }).fill("reader@example")
    await page.getByRole("button", { name: "Continue to delivery" }).click()
    await page.getByText("Enter an e-mail address like name@example.com.").first().waitFor()
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("alert")

    await page.getByRole("textbox", { name: "E-mail address" }).fill(email)
    await page.getByRole("textbox", { name: "First name" }).fill("Rosa")
    await page.getByRole("textbox", { name: "Last name" }).fill("Reader")
    await page.getByRole("textbox", { name: "Address", exact: true }).fill("1 Example Street")
    await page.getByRole("textbox", { name: "Town or city" }).fill("London")
    await page.getByRole("textbox", { name: "Postcode" }).fill("E1 6AN")
    await page.getByRole("button", { name: "Continue to delivery" }).click()

    // Delivery with its price; focus moves to the step's heading.
    await page.waitForURL(/step=delivery/)
    await page.getByRole("radio", { name: /Standard.*£\d+\.\d{2}/ }).waitFor()
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/2\. Delivery/)
    await page.getByRole("button", { name: "Continue to payment" }).click()

    // Payment: the test provider, labelled as such.
    await page.waitForURL(/step=payment/)
    await page.getByRole("radio", { name: /Test payment — no card is charged/ }).check()
    await page.getByRole("button", { name: "Continue to review" }).click()
    await page.waitForURL(/step=review/)
    await page.getByRole("heading", { name: /Review and place order/ }).waitFor()
    expect(await seriousViolations(page)).toEqual([])

    // Place the order with a double click: one order, and the cart is gone.
    const cartId = (await context.cookies()).find((c) => c.name === "_bookshop_cart_id")?.value
    expect(cartId).toMatch(/^cart_/)
    await page.getByRole("button", { name: "Place order" }).dblclick()
    await page.waitForURL(/\/gb\/order\/order_[A-Za-z0-9]+\/confirmed$/, { timeout: 30_000 })
    const orderId = /\/order\/(order_[A-Za-z0-9]+)\//.exec(page.url())?.[1]
    await page.getByRole("heading", { level: 1, name: "Your order is placed" }).waitFor()
    expect(await page.getByTestId("order-number").textContent()).toMatch(/^#\d+$/)
    const confirmation = (await page.locator("main").textContent()) ?? ""
    expect(confirmation).toContain("Reason in Revolt")
    expect(confirmation).toContain("Paperback")
    expect(confirmation).toContain("1 Example Street")
    await page.getByRole("link", { name: /^Cart, 0 books$/ }).waitFor()

    // Completing the same cart again answers with the same order (no second order or charge).
    const again = await storeApi<{ type: string; order?: { id: string } }>(`/store/carts/${cartId}/complete`, { method: "POST" })
    expect(again.body).toMatchObject({ type: "order", order: { id: orderId } })
    const token = await adminToken()
    const { orders } = await adminFetch<{ orders: { id: string; email: string }[] }>(
      token,
      "/admin/orders?fields=id,email&limit=100&order=-created_at"
    )
    expect(orders.filter((o) => o.email === email).map((o) => o.id)).toEqual([orderId])

    await page.goto(storefrontUrl("/gb/cart"))
    await page.getByRole("heading", { level: 1, name: "Your cart is empty" }).waitFor()
  })

  it("moves the cart to dollars when the reader switches to the US shop", async () => {
    await addPaperback(page)
    await page.goto(storefrontUrl("/us/cart"))
    await page.getByRole("heading", { level: 1, name: "Your cart" }).waitFor()
    const text = (await page.locator("main").textContent()) ?? ""
    expect(text).toMatch(/\$\d+\.\d{2} each/)
    expect(text).not.toMatch(/£/)
  })

  it("offers a forthcoming title as a pre-order with its ship date instead of Add to cart", async () => {
    await page.goto(storefrontUrl("/gb/books/in-defence-of-lenin"))
    await page.getByRole("heading", { level: 1, name: "In Defence of Lenin" }).waitFor()
    const paperback = page.locator("li", { has: page.locator("h3", { hasText: /^Paperback$/ }) })
    await paperback.getByRole("button", { name: /^Pre-order — ships on \d{1,2} \w+ \d{4}\s*: Paperback of In Defence of Lenin$/ }).waitFor()
    expect(await page.locator("main").getByRole("button", { name: /^Add to cart/ }).count()).toBe(0)
  })
})
