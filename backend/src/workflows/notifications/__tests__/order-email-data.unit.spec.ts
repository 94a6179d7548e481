import { renderOrderConfirmation } from "../../../lib/mail/templates/order-confirmation"
import { orderConfirmationData, preorderShipDate, type OrderForEmail, type OrderItemForEmail } from "../order-email-data"
import { readerEmailNotification } from "../reader-email"

const line = (over: Partial<OrderItemForEmail> = {}): OrderItemForEmail => ({
  id: "ordli_1",
  title: "Paperback",
  product_title: "The State and Revolution",
  variant_title: "Paperback",
  quantity: 1,
  unit_price: 9.99,
  subtotal: 9.99,
  variant: { book_format: { format: "paperback" }, product: { book: { publishing_status: "active", publication_date: "2019-01-01" } } },
  ...over,
})

const order: OrderForEmail = {
  id: "order_1",
  display_id: 12,
  email: "ada@example.com",
  currency_code: "gbp",
  item_subtotal: 9.99,
  shipping_subtotal: 3.5,
  discount_subtotal: 0,
  tax_total: 0,
  total: 13.49,
  shipping_address: { first_name: "Ada", last_name: "Reader", address_1: "1 Test St", city: "London", postal_code: "N1", country_code: "gb" },
  shipping_methods: [{ name: "Standard" }],
  items: [line()],
}

describe("preorderShipDate", () => {
  it("is undefined for a title in print with no pre-order terms", () => {
    expect(preorderShipDate(line())).toBeUndefined()
  })

  it("is the publication date of a forthcoming book", () => {
    const forthcoming = line({
      variant: { product: { book: { publishing_status: "forthcoming", publication_date: new Date("2027-01-03T00:00:00Z") } } },
    })
    expect(preorderShipDate(forthcoming)).toBe("2027-01-03T00:00:00.000Z")
  })

  it("prefers what the line promised, then the variant's open terms, then metadata", () => {
    const variant = {
      metadata: { preorder_release_date: "2027-03-01" },
      preorder_terms: { release_date: "2027-02-01T00:00:00Z", status: "open" },
      product: { metadata: { release_date: "2027-04-01" }, book: { publishing_status: "forthcoming", publication_date: "2027-05-01" } },
    }
    expect(preorderShipDate(line({ metadata: { ships_on: "2027-01-15" }, variant }))).toBe("2027-01-15T00:00:00.000Z")
    expect(preorderShipDate(line({ variant }))).toBe("2027-02-01T00:00:00.000Z")
    expect(preorderShipDate(line({ variant: { ...variant, preorder_terms: { ...variant.preorder_terms, status: "closed" } } }))).toBe(
      "2027-03-01T00:00:00.000Z"
    )
    expect(preorderShipDate(line({ variant: { product: variant.product } }))).toBe("2027-04-01T00:00:00.000Z")
  })

  it("ignores values that are not dates", () => {
    expect(preorderShipDate(line({ metadata: { preorder_release_date: "soon" } }))).toBeUndefined()
  })
})

describe("orderConfirmationData", () => {
  it("takes the number, lines with format, totals and address from the order", () => {
    expect(orderConfirmationData(order)).toEqual({
      order_number: 12,
      customer_name: "Ada",
      currency_code: "gbp",
      items: [
        { title: "The State and Revolution", format: "Paperback", quantity: 1, unit_price: 9.99, subtotal: 9.99, ships_on: null },
      ],
      item_subtotal: 9.99,
      shipping_total: 3.5,
      discount_total: 0,
      tax_total: 0,
      total: 13.49,
      shipping_method: "Standard",
      shipping_address: {
        name: "Ada Reader",
        company: null,
        address_1: "1 Test St",
        address_2: null,
        city: "London",
        province: null,
        postal_code: "N1",
        country: "GB",
      },
    })
  })

  it("falls back to the variant title for the format, but never prints 'Default variant'", () => {
    const [a, b] = orderConfirmationData({
      ...order,
      items: [line({ variant: null, variant_title: "Hardback" }), line({ variant: null, variant_title: "Default variant" })],
    }).items
    expect(a?.format).toBe("Hardback")
    expect(b?.format).toBeNull()
  })

  it("renders as a confirmation with the order number and title", () => {
    const mail = renderOrderConfirmation(orderConfirmationData(order))
    expect(mail.subject).toContain("#12")
    expect(mail.text).toContain("1 × The State and Revolution (Paperback)")
  })
})

describe("readerEmailNotification", () => {
  it("is an e-mail notification with rendered content and its idempotency key", () => {
    const notification = readerEmailNotification({
      to: "ada@example.com",
      template: "preorder-shipped",
      data: { order_number: 12, title: "In Defence of Lenin" },
      idempotency_key: "preorder-shipped:preline_1",
      resource_type: "order",
      resource_id: "order_1",
    })
    expect(notification).toMatchObject({
      to: "ada@example.com",
      channel: "email",
      template: "preorder-shipped",
      idempotency_key: "preorder-shipped:preline_1",
      content: { subject: "Your copy of In Defence of Lenin is on its way" },
    })
  })

  it("refuses data the template cannot render", () => {
    expect(() =>
      readerEmailNotification({ to: "a@b.c", template: "preorder-shipped", data: { title: "X" } as never })
    ).toThrow()
  })
})
