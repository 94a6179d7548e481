import type { Browser, Page } from "playwright-core"
import { adminFetch, adminToken } from "./support/admin-api"
import { launchChromium, settled, storefrontUrl } from "./support/browser"

// Staff run a launch from Medusa Admin, with no database access: open pre-orders on a format
// from the variant page (the "Pre-orders" widget), see the storefront sell it as a pre-order,
// receive goods on the format's stock page, close pre-orders again.
jest.setTimeout(180_000)

const HANDLE = "anti-duhring"
type Variant = { id: string; title: string; sku: string | null }

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10)
const longDay = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`))

async function paperback(): Promise<{ productId: string; variant: Variant }> {
  const token = await adminToken()
  const { products } = await adminFetch<{ products: { id: string; variants: Variant[] }[] }>(
    token,
    `/admin/products?handle=${HANDLE}&fields=id,variants.id,variants.title,variants.sku`
  )
  const product = products[0]
  const variant = product?.variants.find((v) => /paperback/i.test(v.title))
  if (!product || !variant) throw new Error(`the seed has no paperback of ${HANDLE}`)
  return { productId: product.id, variant }
}

async function terms(variantId: string) {
  return (await adminFetch<{ preorder: { status: string; release_date: string; cap: number | null } | null }>(await adminToken(), `/admin/variants/${variantId}/preorder`)).preorder
}

/** The paperback's buy button on the book page, re-read until `expected` shows (cached pages are revalidated by events). */
async function expectBookButton(page: Page, expected: RegExp) {
  const deadline = Date.now() + 30_000
  for (;;) {
    await page.goto(storefrontUrl(`/gb/books/${HANDLE}`))
    await settled(page)
    const buttons = await page.getByRole("button", { name: /add to cart|pre-order/i }).allTextContents()
    if (buttons.some((b) => expected.test(b))) return
    if (Date.now() > deadline) throw new Error(`the book page never showed ${expected}; buttons: ${buttons.join(" | ")}`)
    await page.waitForTimeout(1_000)
  }
}

describe("staff run a launch from Medusa Admin", () => {
  let browser: Browser
  let admin: Page
  let reader: Page

  beforeAll(async () => {
    browser = await launchChromium()
    admin = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage()
    reader = await (await browser.newContext()).newPage()
    admin.setDefaultTimeout(30_000)
    await admin.goto(`${process.env.E2E_BACKEND_URL}/app/login`)
    await admin.getByPlaceholder("Email").fill(process.env.E2E_ADMIN_EMAIL as string)
    await admin.getByPlaceholder("Password").fill(process.env.E2E_ADMIN_PASSWORD as string)
    await admin.getByRole("button", { name: /continue|sign in|log in/i }).click()
    await admin.waitForURL((u) => !u.pathname.includes("login"))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("opens pre-orders on a format from its variant page, the book page sells it as a pre-order, and closing them restores Add to cart", async () => {
    const { productId, variant } = await paperback()
    expect(await terms(variant.id)).toBeNull()
    // The book page is rendered (and cached) before staff change anything: what follows must
    // reach readers through revalidation, not a first render.
    await expectBookButton(reader, /^Add to cart/)
    await admin.goto(`${process.env.E2E_BACKEND_URL}/app/products/${productId}/variants/${variant.id}`)
    const widget = admin.getByRole("region", { name: "Pre-orders" })
    await widget.getByText(/Not on pre-order/).waitFor()

    // Bad input is explained beside the field and nothing is saved.
    await widget.getByLabel("Release date").fill(day(-3))
    await widget.getByLabel(/^Cap/).fill("0")
    await widget.getByRole("button", { name: "Open pre-orders" }).click()
    await widget.getByText("A new pre-order needs a release date after today").waitFor()
    await widget.getByText("The cap is a whole number above zero; leave it empty for no cap").waitFor()
    expect(await terms(variant.id)).toBeNull()

    const release = day(45)
    await widget.getByLabel("Release date").fill(release)
    await widget.getByLabel(/^Cap/).fill("250")
    await widget.getByRole("button", { name: "Open pre-orders" }).click()
    await widget.getByText("Open", { exact: true }).waitFor()
    expect(await terms(variant.id)).toMatchObject({ status: "open", cap: 250, release_date: expect.stringMatching(new RegExp(`^${release}`)) })

    await expectBookButton(reader, new RegExp(`Pre-order — ships on ${longDay(release)}`))

    // Closing asks first; the terms stay on record as closed.
    await widget.getByRole("button", { name: "Close pre-orders" }).click()
    await admin.getByRole("alertdialog").getByRole("button", { name: "Close pre-orders" }).click()
    await widget.getByText("Closed", { exact: true }).waitFor()
    expect(await terms(variant.id)).toMatchObject({ status: "closed" })
    await expectBookButton(reader, /^Add to cart/)
  })

  it("receives goods on the format's stock page and lists the movement with who, what and why", async () => {
    const { productId, variant } = await paperback()
    await admin.goto(`${process.env.E2E_BACKEND_URL}/app/products/${productId}/variants/${variant.id}`)
    await admin.getByRole("region", { name: "Pre-orders" }).getByRole("link", { name: /^Stock/ }).click()
    await admin.getByRole("heading", { name: "Stock movements" }).waitFor()
    const form = admin.getByRole("form", { name: "Receive or adjust stock" })
    // Nothing filled in: each field says what it needs, and no movement is recorded.
    await form.getByRole("button", { name: "Save movement" }).click()
    await form.getByText("Choose the location").waitFor()
    await form.getByText("Enter the number of copies received").waitFor()
    await form.getByText("Enter the delivery note or reference").waitFor()
    expect(await admin.getByText("No movements recorded yet.").count()).toBe(1)
    await form.getByRole("combobox").nth(1).click()
    await admin.getByRole("option").first().click()
    await form.getByLabel("Copies received").fill("12")
    await form.getByLabel("Reference (delivery note)").fill("DN-LAUNCH-1")
    await form.getByRole("button", { name: "Save movement" }).click()
    await form.getByRole("status").filter({ hasText: "Saved." }).waitFor()
    const row = admin.getByRole("row").filter({ hasText: "DN-LAUNCH-1" })
    await row.waitFor()
    expect(await row.textContent()).toContain(process.env.E2E_ADMIN_EMAIL as string)
    expect(await row.textContent()).toContain("12")
  })
})
