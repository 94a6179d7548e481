import { revalidateEndpoint, REVALIDATING_EVENTS, tagsForEvent } from "../storefront-revalidation"

describe("storefront revalidation", () => {
  it("refreshes product pages when a product, a price (variant) or stock changes", () => {
    expect(tagsForEvent("product.updated")).toEqual(["products"])
    expect(tagsForEvent("product-variant.updated")).toEqual(["products"])
    expect(tagsForEvent("inventory-level.updated")).toEqual(["products"])
    expect(tagsForEvent("region.updated")).toEqual(["regions"])
    expect(tagsForEvent("contributor.updated")).toEqual(["contributors", "products"])
    expect(tagsForEvent("book-details.updated")).toEqual(["products", "contributors"])
    // Pre-order terms change the book page's buy button ("Pre-order — ships on …").
    expect(tagsForEvent("preorder.terms_changed")).toEqual(["products"])
  })

  it("ignores events that change nothing a reader sees", () => {
    expect(tagsForEvent("customer.created")).toEqual([])
    expect(REVALIDATING_EVENTS).not.toContain("order.placed")
  })

  it("prefers the internal storefront URL (compose network) over the public one", () => {
    expect(revalidateEndpoint({ STOREFRONT_URL: "http://localhost:8000" })).toBe("http://localhost:8000/api/revalidate")
    expect(
      revalidateEndpoint({ STOREFRONT_URL: "https://shop.example", STOREFRONT_INTERNAL_URL: "http://storefront:8000" })
    ).toBe("http://storefront:8000/api/revalidate")
    expect(revalidateEndpoint({})).toBeUndefined()
  })
})
