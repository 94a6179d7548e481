import { adminFetch, adminToken } from "./support/admin-api"
import { storefrontUrl } from "./support/browser"

type Price = { id: string; amount: number; currency_code: string }
type AdminProduct = { id: string; handle: string; variants: { id: string; title: string; prices: Price[] }[] }

async function pageText(path: string): Promise<{ status: number; text: string }> {
  const res = await fetch(storefrontUrl(path))
  return { status: res.status, text: await res.text() }
}

describe("staff edit a price in the admin", () => {
  it("shows the new price on the book page within seconds", async () => {
    const token = await adminToken()
    const { products } = await adminFetch<{ products: AdminProduct[] }>(
      token,
      "/admin/products?limit=1&order=title&fields=id,handle,*variants,*variants.prices"
    )
    const product = products[0]
    const variant = product?.variants.find((v) => v.prices.some((p) => p.currency_code === "gbp"))
    if (!product || !variant) throw new Error("no seeded product with a GBP price")

    const path = `/gb/books/${product.handle}`
    expect((await pageText(path)).status).toBe(200) // primes the storefront's cache

    const newAmount = 11.11
    await adminFetch(token, `/admin/products/${product.id}/variants/${variant.id}`, {
      method: "POST",
      body: JSON.stringify({
        prices: variant.prices.map(({ id, amount, currency_code }) => ({
          id,
          currency_code,
          amount: currency_code === "gbp" ? newAmount : amount,
        })),
      }),
    })

    const deadline = Date.now() + 15_000
    let shown = false
    while (!shown && Date.now() < deadline) {
      shown = (await pageText(path)).text.includes("£11.11")
      if (!shown) await new Promise((r) => setTimeout(r, 500))
    }
    expect(shown).toBe(true)
  })

  it("refuses a revalidation request with a wrong secret (401) and a bad body (400)", async () => {
    const post = (headers: Record<string, string>, body: string) =>
      fetch(storefrontUrl("/api/revalidate"), { method: "POST", headers: { "content-type": "application/json", ...headers }, body })
    expect((await post({ "x-revalidate-secret": "wrong" }, '{"tags":["products"]}')).status).toBe(401)
    expect((await post({}, '{"tags":["products"]}')).status).toBe(401)
  })
})
