import type { Browser, BrowserContext, Page } from "playwright-core"
import { adminFetch, adminToken } from "./support/admin-api"
import { launchChromium, storefrontUrl } from "./support/browser"
import { checkOutWithTestPayment } from "./support/checkout"

type Report = { clicks: number; carts: number; orders: number; units: number; revenue: { currency_code: string; amount: number }[] }

const money = (text: string | null) => Number((text ?? "").replace(/[^\d.]/g, ""))

/** The store API as a reader's browser would call it, with the shop's publishable key. */
async function storeApi<T>(path: string): Promise<{ status: number; body: T }> {
  const backend = process.env.E2E_BACKEND_URL
  const { publishable_key } = (await (await fetch(`${backend}/storefront/publishable-key`)).json()) as { publishable_key: string }
  const res = await fetch(`${backend}${path}`, { headers: { "x-publishable-api-key": publishable_key } })
  return { status: res.status, body: (await res.json()) as T }
}

async function leninLivesReport(): Promise<Report> {
  const token = await adminToken()
  const { campaigns } = await adminFetch<{ campaigns: { id: string; slug: string }[] }>(token, "/admin/campaign-pages")
  const lenin = campaigns.find((c) => c.slug === "lenin-lives")
  if (!lenin) throw new Error("the seed has no lenin-lives campaign")
  return (await adminFetch<{ report: Report }>(token, `/admin/campaign-pages/${lenin.id}/report`)).report
}

describe("campaign links from articles", () => {
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

  it("takes a fresh reader from /go/<campaign>/<book> to the book page in their region", async () => {
    await page.goto(storefrontUrl("/go/lenin-lives/lenin-and-trotsky"))
    await page.waitForURL(/\/gb\/books\/lenin-and-trotsky$/)
    await page.getByRole("heading", { level: 1, name: "Lenin and Trotsky" }).waitFor()
    const cartId = (await context.cookies()).find((c) => c.name === "_bookshop_cart_id")?.value
    expect(cartId).toMatch(/^cart_/)
  })

  it("shows the campaign for /go/<campaign>: copy, discount and its titles with prices", async () => {
    await page.goto(storefrontUrl("/go/lenin-lives"))
    await page.waitForURL(/\/gb\/campaigns\/lenin-lives$/)
    await page.getByRole("heading", { level: 1, name: "#LeninLives" }).waitFor()
    const main = (await page.locator("main").textContent()) ?? ""
    expect(main).toMatch(/20% off the featured titles until \d{1,2} \w+ \d{4}/)
    expect(main).toContain("In Defence of Lenin")
    expect(main).toMatch(/£\d+\.\d{2}/)
    expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toBe("#LeninLives")
  })

  it("says an ended campaign has ended", async () => {
    await page.goto(storefrontUrl("/gb/campaigns/winter-reading"))
    await page.getByText(/This campaign ended on/).waitFor()
  })

  it("answers an unknown campaign or book with a helpful 404", async () => {
    for (const path of ["/go/no-such-campaign", "/go/lenin-lives/no-such-book", "/gb/campaigns/no-such-campaign"]) {
      const response = await page.goto(storefrontUrl(path))
      expect({ path, status: response?.status() }).toEqual({ path, status: 404 })
      expect(await page.getByRole("link", { name: /campaigns|books/i }).count()).toBeGreaterThan(0)
    }
  })

  it("gives the discount to a reader who follows the link first and adds the book from its page later", async () => {
    await page.goto(storefrontUrl("/go/lenin-lives/lenin-and-trotsky"))
    await page.waitForURL(/\/gb\/books\/lenin-and-trotsky$/)
    await page.getByRole("heading", { level: 1, name: "Lenin and Trotsky" }).waitFor()
    await page.waitForLoadState("networkidle")
    const paperback = page.locator("li", { has: page.locator("h3", { hasText: /^Paperback$/ }) })
    await paperback.getByRole("button", { name: /^Add to cart/ }).click()
    await paperback.getByRole("status").getByText("Added to your cart.").waitFor()
    await page.goto(storefrontUrl("/gb/cart"))
    await page.getByRole("heading", { level: 1, name: "Your cart", exact: true }).waitFor()
    const discountRow = page.locator("dl div", { has: page.locator("dt", { hasText: /Discount/i }) })
    const itemsRow = page.locator("dl div", { has: page.locator("dt", { hasText: /^Items$/ }) })
    await discountRow.waitFor()
    expect(money(await discountRow.locator("dd").textContent())).toBeCloseTo(money(await itemsRow.locator("dd").textContent()) * 0.2, 1)
  })

  it("adds the book with the campaign discount from ?add=, checks out, and the report counts the order", async () => {
    const before = await leninLivesReport()
    await page.goto(storefrontUrl("/go/lenin-lives/lenin-and-trotsky?add=paperback"))
    await page.waitForURL(/\/gb\/cart$/)
    const cartId = (await context.cookies()).find((c) => c.name === "_bookshop_cart_id")?.value
    const stored = await storeApi<{ cart: { items: { title: string; product_handle: string }[]; metadata: unknown } }>(
      `/store/carts/${cartId}?fields=*items,metadata`
    )
    expect(stored.body.cart.items.map((i) => i.product_handle)).toEqual(["lenin-and-trotsky"])
    expect(stored.body.cart.metadata).toMatchObject({ campaign_attribution: { first: { slug: "lenin-lives" } } })
    await page.getByRole("heading", { level: 1, name: "Your cart", exact: true }).waitFor()
    const cart = (await page.locator("main").textContent()) ?? ""
    expect(cart).toContain("Lenin and Trotsky")
    const discountRow = page.locator("dl div", { has: page.locator("dt", { hasText: /Discount/i }) })
    const itemsRow = page.locator("dl div", { has: page.locator("dt", { hasText: /^Items$/ }) })
    expect(money(await discountRow.locator("dd").textContent())).toBeCloseTo(money(await itemsRow.locator("dd").textContent()) * 0.2, 1)

    await checkOutWithTestPayment(page, {
      email: `campaign+${Date.now()}@example.org`,
      firstName: "Rosa",
      lastName: "Reader",
      address: "1 Example Street",
      city: "London",
      postcode: "E1 6AN",
    })

    const after = await leninLivesReport()
    expect(after.clicks).toBe(before.clicks + 1)
    expect(after.orders).toBe(before.orders + 1)
    expect(after.units).toBe(before.units + 1)
    const gbp = (r: Report) => r.revenue.find((m) => m.currency_code === "gbp")?.amount ?? 0
    expect(gbp(after)).toBeGreaterThan(gbp(before))
  })
})
