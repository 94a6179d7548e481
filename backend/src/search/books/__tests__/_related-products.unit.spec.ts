// Named with a leading "_": Medusa imports every other file under src/search at boot.
import { BOOK_INDEX_EVENTS, eventIds, productIdsForEvent, valuesAtPath } from "../related-products"

describe("eventIds", () => {
  it("reads one id or a list of ids", () => {
    expect(eventIds({ id: "prod_1" })).toEqual(["prod_1"])
    expect(eventIds({ id: ["a", "b", 3, ""] })).toEqual(["a", "b"])
    expect(eventIds(null)).toEqual([])
    expect(eventIds({})).toEqual([])
  })
})

describe("valuesAtPath", () => {
  it("walks through lists and drops gaps and duplicates", () => {
    const contributors = [
      { contributions: [{ book: { product: { id: "p1" } } }, { book: null }, { book: { product: { id: "p2" } } }] },
      { contributions: [{ book: { product: { id: "p1" } } }] },
      null,
    ]
    expect(valuesAtPath(contributors, "contributions.book.product.id")).toEqual(["p1", "p2"])
    expect(valuesAtPath([{ product_id: "p3" }], "product_id")).toEqual(["p3"])
  })
})

describe("productIdsForEvent", () => {
  const graph = jest.fn(async (_input: { entity: string; fields: string[]; filters: object; withDeleted?: boolean }) => ({
    data: [{ inventory_item: { variants: [{ product_id: "p1" }, { product_id: "p2" }] } }],
  }))
  const query = { graph } as never

  beforeEach(() => graph.mockClear())

  it("takes a product event's ids as they are", async () => {
    expect(await productIdsForEvent({ name: "product.updated", data: { id: ["p1", "p2"] } }, query)).toEqual(["p1", "p2"])
    expect(graph).not.toHaveBeenCalled()
  })

  it("follows stock to the products it belongs to, deleted rows included", async () => {
    expect(await productIdsForEvent({ name: "inventory-level.updated", data: { id: "ilev_1" } }, query)).toEqual(["p1", "p2"])
    expect(graph).toHaveBeenCalledWith({
      entity: "inventory_level",
      fields: ["inventory_item.variants.product_id"],
      filters: { id: ["ilev_1"] },
      withDeleted: true,
    })
  })

  it("follows a change of pre-order terms from the variant to its product", async () => {
    graph.mockResolvedValueOnce({ data: [{ product_id: "p7" }] } as never)
    expect(await productIdsForEvent({ name: "preorder.terms_changed", data: { id: "variant_1" } }, query)).toEqual(["p7"])
    expect(graph).toHaveBeenCalledWith({ entity: "product_variant", fields: ["product_id"], filters: { id: ["variant_1"] }, withDeleted: true })
  })

  it("ignores events it does not know", async () => {
    expect(await productIdsForEvent({ name: "order.placed", data: { id: "order_1" } }, query)).toEqual([])
  })

  it("listens to changes of everything a book document is made of", () => {
    expect(BOOK_INDEX_EVENTS).toEqual(
      expect.arrayContaining([
        "product.updated",
        "product-variant.updated",
        "inventory-level.updated",
        "reservation-item.created",
        "product-collection.updated",
        "product-category.updated",
        "book.book.updated",
        "book.contribution.created",
        "book.contributor.updated",
        "book.book-format.updated",
        "preorder.terms_changed",
      ])
    )
  })
})
