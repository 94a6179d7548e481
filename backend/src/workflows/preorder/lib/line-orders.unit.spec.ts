import { lineMail, type LineOrder } from "./line-orders"

const order: LineOrder = {
  id: "order_1",
  display_id: 42,
  email: "reader@example.com",
  shipping_address: { first_name: "Nadezhda" },
  items: [{ id: "item_1", product_title: "In Defence of Lenin", variant_title: "Paperback" }],
}

describe("lineMail", () => {
  it("addresses the reader about the line's book and format", () => {
    expect(lineMail(order, "item_1")).toEqual({
      to: "reader@example.com",
      order_number: 42,
      customer_name: "Nadezhda",
      title: "In Defence of Lenin",
      format: "Paperback",
    })
  })

  it("falls back to the order id, the given title and no format", () => {
    expect(lineMail({ ...order, display_id: null, shipping_address: null }, "item_x", "Lenin")).toEqual({
      to: "reader@example.com",
      order_number: "order_1",
      customer_name: null,
      title: "Lenin",
      format: null,
    })
  })

  it("is null without an order or an e-mail address", () => {
    expect(lineMail(undefined, "item_1")).toBeNull()
    expect(lineMail({ ...order, email: null }, "item_1")).toBeNull()
  })
})
