import { ADMIN_VARIANT_WRITE_ROUTES } from "../isbn-drafts"

const draftsFor = (matcher: string, body: unknown, params: Record<string, string> = {}) => {
  const route = ADMIN_VARIANT_WRITE_ROUTES.find((r) => r.matcher === matcher)
  if (!route) throw new Error(`no route ${matcher}`)
  return route.drafts(body, params)
}

describe("ISBN drafts from admin request bodies", () => {
  it("reads the variants of a new product with their titles", () => {
    const body = {
      title: "Anti-Dühring",
      variants: [
        { title: "Paperback", ean: "9780306406157" },
        { title: "Ebook", ean: null },
        { title: "Hardback", ean: " " },
      ],
    }
    expect(draftsFor("/admin/products", body)).toEqual([
      { id: undefined, title: "Paperback", ean: "9780306406157", product_id: undefined, product_title: "Anti-Dühring" },
    ])
  })

  it("reads created and updated products of a product batch", () => {
    const body = {
      create: [{ title: "New", variants: [{ title: "Paperback", ean: "1" }] }],
      update: [{ id: "prod_1", variants: [{ id: "variant_1", ean: "2" }] }],
      delete: ["prod_2"],
    }
    expect(draftsFor("/admin/products/batch", body).map((d) => [d.id, d.ean, d.product_id, d.product_title])).toEqual([
      [undefined, "1", undefined, "New"],
      ["variant_1", "2", "prod_1", undefined],
    ])
  })

  it("reads a product update, keeping variant ids so a variant may keep its own ISBN", () => {
    const body = { title: "Renamed", variants: [{ id: "variant_1", ean: "9780306406157" }, { title: "New", ean: "3" }] }
    expect(draftsFor("/admin/products/:id", body, { id: "prod_1" })).toEqual([
      { id: "variant_1", title: undefined, ean: "9780306406157", product_id: "prod_1", product_title: "Renamed" },
      { id: undefined, title: "New", ean: "3", product_id: "prod_1", product_title: "Renamed" },
    ])
  })

  it("reads single variant writes and variant batches, naming the variant by the route", () => {
    expect(draftsFor("/admin/products/:id/variants", { id: "sneaky", title: "Ebook", ean: "4" }, { id: "prod_1" })).toEqual([
      { id: undefined, title: "Ebook", ean: "4", product_id: "prod_1", product_title: undefined },
    ])
    expect(
      draftsFor("/admin/products/:id/variants/:variant_id", { ean: "5" }, { id: "prod_1", variant_id: "variant_9" })[0]
    ).toMatchObject({ id: "variant_9", ean: "5", product_id: "prod_1" })
    const batch = { create: [{ title: "Hardback", ean: "6" }], update: [{ id: "variant_2", ean: "7" }, { id: "variant_3" }] }
    expect(draftsFor("/admin/products/:id/variants/batch", batch, { id: "prod_1" }).map((d) => [d.id, d.ean])).toEqual([
      [undefined, "6"],
      ["variant_2", "7"],
    ])
  })

  it("ignores bodies that are not objects or carry no eans", () => {
    for (const route of ADMIN_VARIANT_WRITE_ROUTES) {
      expect(route.drafts(null, { id: "p", variant_id: "v" })).toEqual([])
      expect(route.drafts("text", { id: "p", variant_id: "v" })).toEqual([])
      expect(route.drafts({ title: "No variants", variants: "many" }, { id: "p", variant_id: "v" })).toEqual([])
    }
  })
})
