import type { Browser, BrowserContext, Page } from "playwright-core"
import { seriousViolations } from "./support/axe"
import { launchChromium, storefrontUrl } from "./support/browser"
import { checkOutWithTestPayment } from "./support/checkout"

/*
 * A new reader's account: registering, signing out and in, an empty order history, an address
 * book, wrong passwords and bad input answered inline, and the account's privacy (signed-out
 * visits go to sign-in, another reader's order is a 404). Most orders are placed through the store
 * API the way the checkout does it; one goes through the shop's own cart and checkout pages, from a
 * guest cart that follows the reader into the account.
 */

const backend = () => {
  const url = process.env.E2E_BACKEND_URL
  if (!url) throw new Error("E2E_BACKEND_URL is not set: run the browser tests through their jest config")
  return url
}

let publishableKey: string | undefined

async function store<T>(path: string, init: { method?: string; body?: unknown; token?: string } = {}): Promise<T> {
  if (!publishableKey) {
    const res = await fetch(`${backend()}/storefront/publishable-key`)
    publishableKey = ((await res.json()) as { publishable_key?: string; key?: string }).publishable_key ?? ""
  }
  const res = await fetch(`${backend()}${path}`, {
    method: init.method ?? (init.body ? "POST" : "GET"),
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": publishableKey,
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${path} answered ${res.status}: ${await res.text()}`)
  return (await res.json()) as T
}

type Variant = { id: string; title: string; calculated_price?: { calculated_amount: number } | null; manage_inventory?: boolean; inventory_quantity?: number | null }

/** Places a UK order with the test payment provider; with a token, as that customer. */
async function placeOrder(email: string, token?: string): Promise<{ id: string; display_id: number; title: string }> {
  const { regions } = await store<{ regions: { id: string; countries: { iso_2: string }[] }[] }>("/store/regions?fields=id,*countries")
  const region = regions.find((r) => r.countries.some((c) => c.iso_2 === "gb"))
  if (!region) throw new Error("no UK region")
  const { products } = await store<{ products: { title: string; variants: Variant[] }[] }>(
    `/store/products?region_id=${region.id}&limit=20&fields=title,*variants,*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory`
  )
  const choice = products
    .flatMap((p) => p.variants.map((v) => ({ product: p.title, variant: v })))
    .find(({ variant }) => variant.calculated_price && (!variant.manage_inventory || (variant.inventory_quantity ?? 0) > 0))
  if (!choice) throw new Error("no buyable variant in the UK shop")

  const { cart } = await store<{ cart: { id: string } }>("/store/carts", { body: { region_id: region.id, email }, token })
  await store(`/store/carts/${cart.id}/line-items`, { body: { variant_id: choice.variant.id, quantity: 1 }, token })
  const address = { first_name: "Clara", last_name: "Zetkin", address_1: "1 Red Lion Square", city: "London", postal_code: "WC1R 4RL", country_code: "gb" }
  await store(`/store/carts/${cart.id}`, { body: { shipping_address: address, billing_address: address }, token })
  const { shipping_options } = await store<{ shipping_options: { id: string }[] }>(`/store/shipping-options?cart_id=${cart.id}`, { token })
  const option = shipping_options[0]
  if (!option) throw new Error("no shipping option for the UK cart")
  await store(`/store/carts/${cart.id}/shipping-methods`, { body: { option_id: option.id }, token })
  const { payment_collection } = await store<{ payment_collection: { id: string } }>("/store/payment-collections", { body: { cart_id: cart.id }, token })
  await store(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { body: { provider_id: "pp_system_default" }, token })
  const done = await store<{ type: string; order?: { id: string; display_id: number } }>(`/store/carts/${cart.id}/complete`, { body: {}, token })
  if (done.type !== "order" || !done.order) throw new Error(`checkout did not complete: ${JSON.stringify(done)}`)
  return { ...done.order, title: choice.product }
}

async function authToken(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name === "_bookshop_jwt")
  if (!cookie) throw new Error("the reader is not signed in")
  return cookie.value
}

const pathOf = (page: Page) => {
  const url = new URL(page.url())
  return `${url.pathname}${url.search}`
}

describe("a reader's account", () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const reader = {
    firstName: "Rosa",
    lastName: "Luxemburg",
    email: `rosa.${Date.now()}@example.com`,
    password: "spartakus-1919",
  }

  beforeAll(async () => {
    browser = await launchChromium()
    context = await browser.newContext()
    page = await context.newPage()
  })
  afterAll(async () => {
    await browser?.close()
  })

  const registerForm = () => page.getByRole("form", { name: "Create an account" })
  const signInForm = () => page.getByRole("form", { name: "Sign in" })

  it("sends a signed-out visit to the account to sign in, and the sign-in page passes axe", async () => {
    const response = await page.goto(storefrontUrl("/gb/account/orders"))
    expect(response?.status()).toBe(200)
    expect(pathOf(page)).toBe("/gb/account/login?next=%2Fgb%2Faccount%2Forders")
    await page.goto(storefrontUrl("/gb/account"))
    expect(pathOf(page)).toBe("/gb/account/login?next=%2Fgb%2Faccount")
    expect(await seriousViolations(page)).toEqual([])
  })

  it("ignores a return path that leaves the site", async () => {
    await page.goto(storefrontUrl("/gb/account/login?next=https%3A%2F%2Fevil.test%2F"))
    expect(await signInForm().locator('input[name="next"]').inputValue()).toBe("/gb/account")
  })

  it("refuses an invalid e-mail and a short password inline, with the summary focused", async () => {
    await page.goto(storefrontUrl("/gb/account/login?next=%2Fgb%2Faccount"))
    const form = registerForm()
    await form.getByLabel("First name").fill(reader.firstName)
    await form.getByLabel("Last name").fill(reader.lastName)
    await form.getByLabel("E-mail address").fill("rosa-at-example")
    await form.getByLabel("Password").fill("short")
    await form.getByRole("button", { name: "Create account" }).click()

    const summary = form.getByRole("alert")
    await summary.waitFor()
    await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true)
    await expect(summary.textContent()).resolves.toMatch(/Your account could not be created/)
    const email = form.getByLabel("E-mail address")
    await expect(email.getAttribute("aria-invalid")).resolves.toBe("true")
    await expect(page.locator("#register-email-error").textContent()).resolves.toBe("Enter an e-mail address like name@example.com")
    await expect(page.locator("#register-password-error").textContent()).resolves.toBe("Use at least 8 characters for your password")
    // What the reader typed is kept (except the password).
    await expect(form.getByLabel("First name").inputValue()).resolves.toBe(reader.firstName)
    await expect(email.inputValue()).resolves.toBe("rosa-at-example")
  })

  it("registers a new reader and lands in the account, signed in", async () => {
    const form = registerForm()
    await form.getByLabel("E-mail address").fill(reader.email)
    await form.getByLabel("Password").fill(reader.password)
    await form.getByRole("button", { name: "Create account" }).click()
    await page.waitForURL((url) => url.pathname === "/gb/account")
    await expect(page.locator("h1").textContent()).resolves.toBe(`Hello, ${reader.firstName}`)
    await expect(page.locator("main").textContent()).resolves.toContain(reader.email)
    expect(await seriousViolations(page)).toEqual([])
  })

  it("shows an empty order history", async () => {
    await page.getByRole("navigation", { name: "Your account" }).getByRole("link", { name: "Orders" }).click()
    await page.waitForURL((url) => url.pathname === "/gb/account/orders")
    await page.getByText("No orders yet.").waitFor()
  })

  it("adds an address, refusing a bad postcode inline first", async () => {
    await page.goto(storefrontUrl("/gb/account/addresses"))
    await page.getByText("No saved addresses yet.").waitFor()
    const form = page.getByRole("form", { name: "Save address" })
    await form.getByLabel("First name").fill("Rosa")
    await form.getByLabel("Last name").fill("Luxemburg")
    await form.getByLabel("Street address").fill("37 Clerkenwell Green")
    await form.getByLabel("Town or city").fill("London")
    await form.getByLabel("Postcode").fill("12345")
    await expect(form.getByLabel("Country").inputValue()).resolves.toBe("gb")
    await form.getByRole("button", { name: "Save address" }).click()
    await form.getByRole("alert").waitFor()
    await expect(page.locator("#new-address-form-postalCode-error").textContent()).resolves.toBe("Enter a postcode like SW1A 1AA")
    await expect(form.getByLabel("Street address").inputValue()).resolves.toBe("37 Clerkenwell Green")

    await form.getByLabel("Postcode").fill("EC1R 0DU")
    await form.getByRole("button", { name: "Save address" }).click()
    await page.waitForURL((url) => url.search === "?saved=1")
    await expect(page.getByText("Address saved.").isVisible()).resolves.toBe(true)
    const saved = page.getByRole("list", { name: "Saved addresses" })
    await saved.waitFor()
    await expect(saved.textContent()).resolves.toMatch(/37 Clerkenwell Green.*EC1R 0DU.*United Kingdom/)
    expect(await seriousViolations(page)).toEqual([])
  })

  it("edits and deletes an address", async () => {
    await page.getByRole("link", { name: /^Edit Rosa Luxemburg/ }).click()
    await page.waitForURL(/\/gb\/account\/addresses\/[a-z]+_/)
    const form = page.getByRole("form", { name: "Save changes" })
    await form.getByLabel("Town or city").fill("Islington")
    await form.getByRole("button", { name: "Save changes" }).click()
    await page.waitForURL((url) => url.pathname === "/gb/account/addresses")
    const saved = page.getByRole("list", { name: "Saved addresses" })
    await saved.waitFor()
    await expect(saved.textContent()).resolves.toContain("Islington")

    await page.getByRole("button", { name: /^Delete Rosa Luxemburg/ }).click()
    await page.waitForURL((url) => url.search === "?deleted=1")
    await page.getByText("No saved addresses yet.").waitFor()
  })

  it("shows an order placed while signed in, and answers another reader's order with a 404", async () => {
    const mine = await placeOrder(reader.email, await authToken(context))
    const theirs = await placeOrder("someone.else@example.com")

    await page.goto(storefrontUrl("/gb/account/orders"))
    await page.getByRole("link", { name: `Order #${mine.display_id}`, exact: true }).click()
    await page.waitForURL((url) => url.pathname === `/gb/account/orders/${mine.id}`)
    const main = (await page.locator("main").textContent()) ?? ""
    expect(main).toContain(`Order #${mine.display_id}`)
    expect(main).toContain(mine.title)
    expect(main).toMatch(/£\d+\.\d{2}/)
    expect(main).toContain("1 Red Lion Square")
    expect(await seriousViolations(page)).toEqual([])

    const response = await page.goto(storefrontUrl(`/gb/account/orders/${theirs.id}`))
    expect(response?.status()).toBe(404)
  })

  it("signs out, and the account is closed again", async () => {
    await page.goto(storefrontUrl("/gb/account"))
    await page.getByRole("button", { name: "Sign out" }).click()
    await page.waitForURL((url) => url.pathname === "/gb")
    expect((await context.cookies()).some((c) => c.name === "_bookshop_jwt")).toBe(false)
    await page.goto(storefrontUrl("/gb/account"))
    expect(new URL(page.url()).pathname).toBe("/gb/account/login")
  })

  it("refuses a wrong password inline, then signs in and returns where the reader was going", async () => {
    await page.goto(storefrontUrl("/gb/account/orders"))
    const form = signInForm()
    await form.getByLabel("E-mail address").fill(reader.email.toUpperCase())
    await form.getByLabel("Password").fill("not-the-password")
    await form.getByRole("button", { name: "Sign in" }).click()
    const summary = form.getByRole("alert")
    await summary.waitFor()
    await expect(summary.textContent()).resolves.toContain("E-mail or password is incorrect")
    await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true)

    await form.getByLabel("Password").fill(reader.password)
    await form.getByRole("button", { name: "Sign in" }).click()
    await page.waitForURL((url) => url.pathname === "/gb/account/orders")
    await expect(page.locator("h1").textContent()).resolves.toBe("Your orders")
  })

  it("takes a guest's cart into the account at sign-in, and the order placed at checkout shows in the history", async () => {
    await page.goto(storefrontUrl("/gb/account"))
    await page.getByRole("button", { name: "Sign out" }).click()
    await page.waitForURL((url) => url.pathname === "/gb")

    // A guest adds a paperback…
    await page.goto(storefrontUrl("/gb/books/reason-in-revolt"))
    const paperback = page.locator("li", { has: page.locator("h3", { hasText: /^Paperback$/ }) })
    await paperback.getByRole("button", { name: /^Add to cart/ }).click()
    await paperback.getByRole("status").getByText("Added to your cart.").waitFor()

    // …signs in, and the cart is still there.
    await page.goto(storefrontUrl("/gb/account/login?next=%2Fgb%2Fcart"))
    const form = signInForm()
    await form.getByLabel("E-mail address").fill(reader.email)
    await form.getByLabel("Password").fill(reader.password)
    await form.getByRole("button", { name: "Sign in" }).click()
    await page.waitForURL((url) => url.pathname === "/gb/cart")
    await page.getByRole("heading", { level: 1, name: "Your cart" }).waitFor()
    expect(await page.getByRole("textbox", { name: /^Quantity of Reason in Revolt, Paperback/ }).inputValue()).toBe("1")

    // Checkout with the test payment.
    await checkOutWithTestPayment(page, { ...reader, address: "37 Clerkenwell Green", city: "London", postcode: "EC1R 0DU" })
    const number = (await page.getByTestId("order-number").textContent())?.trim()
    expect(number).toMatch(/^#\d+$/)

    await page.goto(storefrontUrl("/gb/account/orders"))
    await page.getByRole("link", { name: `Order ${number}`, exact: true }).click()
    await page.waitForURL(/\/gb\/account\/orders\/order_/)
    const main = (await page.locator("main").textContent()) ?? ""
    expect(main).toContain("Reason in Revolt")
    expect(main).toContain("Paperback")
    expect(main).toContain("37 Clerkenwell Green")
  })

  it("tells a reader who registers twice to sign in instead", async () => {
    const other = await browser.newContext()
    const fresh = await other.newPage()
    await fresh.goto(storefrontUrl("/gb/account/login"))
    const form = fresh.getByRole("form", { name: "Create an account" })
    await form.getByLabel("First name").fill("Rosa")
    await form.getByLabel("Last name").fill("Again")
    await form.getByLabel("E-mail address").fill(reader.email)
    await form.getByLabel("Password").fill("another-password")
    await form.getByRole("button", { name: "Create account" }).click()
    await form.getByRole("alert").waitFor()
    await expect(form.getByRole("alert").textContent()).resolves.toContain("already exists")
    await other.close()
  })
})
