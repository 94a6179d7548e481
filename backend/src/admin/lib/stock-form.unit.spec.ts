import { parseStockForm } from "./stock-form"

const goodsIn = { kind: "goods_in" as const, locationId: "sloc_1", quantity: "12", note: " DN-1 " }

describe("parseStockForm", () => {
  it("turns goods-in and adjustments into the API body", () => {
    expect(parseStockForm(goodsIn)).toEqual({ ok: true, body: { kind: "goods_in", location_id: "sloc_1", quantity: 12, reference: "DN-1" } })
    expect(parseStockForm({ ...goodsIn, kind: "adjustment", quantity: "-3", note: "Water damage" })).toEqual({
      ok: true,
      body: { kind: "adjustment", location_id: "sloc_1", quantity: -3, reason: "Water damage" },
    })
  })

  it("asks for every missing field at once", () => {
    expect(parseStockForm({ kind: "goods_in", locationId: "", quantity: "", note: "" })).toEqual({
      ok: false,
      errors: {
        locationId: "Choose the location",
        quantity: "Enter the number of copies received",
        note: "Enter the delivery note or reference",
      },
    })
  })

  it("refuses goods-in of zero or fewer copies and an adjustment of zero", () => {
    expect(parseStockForm({ ...goodsIn, quantity: "0" })).toMatchObject({ ok: false, errors: { quantity: "Copies received must be more than zero" } })
    expect(parseStockForm({ ...goodsIn, quantity: "-2" })).toMatchObject({ ok: false, errors: { quantity: "Copies received must be more than zero" } })
    expect(parseStockForm({ ...goodsIn, kind: "adjustment", quantity: "0" })).toMatchObject({
      ok: false,
      errors: { quantity: "An adjustment changes stock: enter a number other than zero" },
    })
  })

  it("refuses numbers that are not whole", () => {
    for (const quantity of ["2.5", "1e3", "ten"]) {
      expect(parseStockForm({ ...goodsIn, quantity })).toMatchObject({ ok: false, errors: { quantity: "Enter the number of copies received" } })
    }
  })
})
