import { productInput } from "../product-input"
import { TITLES } from "../titles"

const refs = { salesChannelId: "sc_shop", shippingProfileId: "sp_default" }
const title = (handleTitle: string) => {
  const found = TITLES.find((t) => t.title === handleTitle)
  if (!found) throw new Error(`no title ${handleTitle}`)
  return found
}

describe("productInput", () => {
  const input = productInput(title("The History of Philosophy"), refs)

  it("publishes the work under its slug, marked as demo data", () => {
    expect(input).toMatchObject({
      title: "The History of Philosophy",
      subtitle: "A Marxist Perspective",
      handle: "the-history-of-philosophy",
      status: "published",
      metadata: { demo: true },
      sales_channels: [{ id: "sc_shop" }],
      shipping_profile_id: "sp_default",
    })
  })

  it("has one Format option with a variant per format", () => {
    expect(input.options).toEqual([{ title: "Format", values: ["Paperback", "Hardback", "Ebook"] }])
    expect(input.variants?.map((v) => v.options)).toEqual([
      { Format: "Paperback" },
      { Format: "Hardback" },
      { Format: "Ebook" },
    ])
  })

  it("uses the ISBN as both EAN and SKU, and manages stock for print only", () => {
    for (const variant of input.variants ?? []) {
      expect(variant.sku).toBe(variant.ean)
      expect(variant.manage_inventory).toBe(variant.title !== "Ebook")
    }
  })

  it("prices every variant in all seven shop currencies", () => {
    for (const variant of input.variants ?? []) {
      expect(variant.prices?.map((p) => p.currency_code).sort()).toEqual(
        ["aud", "cad", "chf", "eur", "gbp", "sek", "usd"]
      )
    }
  })
})
