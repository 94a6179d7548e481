import { EMAIL_TEMPLATE_NAMES, escapeHtml, renderEmail } from "./index"
import { renderOrderConfirmation, type OrderConfirmationData } from "./order-confirmation"
import {
  renderPreorderCancelled,
  renderPreorderPostponed,
  renderPreorderReleaseDateChanged,
  renderPreorderShipped,
} from "./preorder"

const order: OrderConfirmationData = {
  order_number: 1042,
  customer_name: "Ada",
  currency_code: "gbp",
  items: [
    { title: "The State and Revolution", format: "Paperback", quantity: 2, unit_price: 9.99, subtotal: 19.98 },
    {
      title: "In Defence of Lenin",
      format: "Hardback",
      quantity: 1,
      unit_price: 30,
      subtotal: 30,
      ships_on: "2027-01-03T00:00:00.000Z",
    },
  ],
  item_subtotal: 49.98,
  shipping_total: 3.5,
  discount_total: 5,
  tax_total: 0,
  total: 48.48,
  shipping_method: "Standard",
  shipping_address: {
    name: "Ada Reader",
    address_1: "1 Test Street",
    city: "London",
    postal_code: "N1 9GU",
    country: "GB",
  },
}

describe("escapeHtml", () => {
  it("neutralises markup and quotes", () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
    )
  })
})

describe("order confirmation", () => {
  const mail = renderOrderConfirmation(order)

  it("names the order number in the subject and the heading", () => {
    expect(mail.subject).toBe("Your Wellred Books order #1042 is confirmed")
    expect(mail.html).toContain("Order #1042 confirmed")
    expect(mail.text).toContain("Order #1042 confirmed")
  })

  it("lists every line with format, quantity and prices in the order's currency", () => {
    expect(mail.text).toContain("2 × The State and Revolution (Paperback) — £19.98 (£9.99 each)")
    expect(mail.text).toContain("1 × In Defence of Lenin (Hardback) — £30.00")
    expect(mail.html).toContain("£19.98")
  })

  it("shows the totals, with the discount and without a zero tax line", () => {
    expect(mail.text).toContain("Items: £49.98")
    expect(mail.text).toContain("Shipping (Standard): £3.50")
    expect(mail.text).toContain("Discount: −£5.00")
    expect(mail.text).toContain("Total: £48.48")
    expect(mail.text).not.toContain("Tax:")
  })

  it("gives the ship date of the pre-ordered title and explains the two parts", () => {
    expect(mail.text).toContain("Pre-order — ships on 3 January 2027")
    expect(mail.html).toContain("Pre-order — ships on 3 January 2027")
    expect(mail.text).toMatch(/ships in two parts/)
  })

  it("prints the shipping address", () => {
    expect(mail.text).toContain("Shipping to:\nAda Reader\n1 Test Street\nLondon N1 9GU\nGB")
  })

  it("formats dollars for a US order", () => {
    const us = renderOrderConfirmation({ ...order, currency_code: "usd", items: [order.items[0]!] })
    expect(us.text).toContain("US$19.98")
    expect(us.text).not.toMatch(/two parts|Pre-order/)
  })

  it("escapes whatever a reader typed, in the HTML", () => {
    const hostile = renderOrderConfirmation({
      ...order,
      customer_name: `<img src=x onerror="alert(1)">`,
      shipping_address: { name: "<b>Bold</b>", address_1: "1 <script>x</script> St" },
    })
    expect(hostile.html).not.toMatch(/<img|<script|<b>/)
    expect(hostile.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;")
    expect(hostile.html).toContain("1 &lt;script&gt;x&lt;/script&gt; St")
    // The text version is plain text: kept as typed.
    expect(hostile.text).toContain("<b>Bold</b>")
  })

  it("refuses data without lines or currency", () => {
    expect(() => renderOrderConfirmation({ ...order, items: [] })).toThrow()
    expect(() => renderEmail("order-confirmation", { ...order, currency_code: undefined })).toThrow()
  })
})

describe("pre-order mails", () => {
  const base = { order_number: 7, customer_name: "Ada", title: "In Defence of Lenin", format: "Hardback" }

  it("release date changed: old and new date", () => {
    const mail = renderPreorderReleaseDateChanged({
      ...base,
      previous_date: "2027-01-03",
      new_date: "2027-02-14T00:00:00Z",
    })
    expect(mail.subject).toBe("New release date for In Defence of Lenin")
    expect(mail.text).toContain("from 3 January 2027 to 14 February 2027")
    expect(mail.text).toContain("order #7")
  })

  it("postponed: with and without a new date", () => {
    expect(renderPreorderPostponed({ ...base, new_date: "2027-06-01" }).text).toContain("We now expect it on 1 June 2027.")
    expect(renderPreorderPostponed({ ...base }).text).toContain("We do not have a new date yet")
  })

  it("cancelled: says the refund in the order's currency", () => {
    const mail = renderPreorderCancelled({ ...base, quantity: 2, refund_amount: 60, currency_code: "eur" })
    expect(mail.subject).toBe("Your pre-order of In Defence of Lenin is cancelled")
    expect(mail.text).toContain("2 × In Defence of Lenin (Hardback)")
    expect(mail.text).toContain("refunded €60.00")
  })

  it("cancelled because the title was cancelled: says why", () => {
    const mail = renderPreorderCancelled({ ...base, refund_amount: 15, currency_code: "gbp", reason: "the publication of this title has been cancelled" })
    expect(mail.text).toContain("is cancelled: the publication of this title has been cancelled")
    expect(mail.text).toContain("refunded £15.00")
  })

  it("shipped: with tracking numbers", () => {
    const mail = renderPreorderShipped({ ...base, tracking_numbers: ["RM123GB"] })
    expect(mail.subject).toBe("Your copy of In Defence of Lenin is on its way")
    expect(mail.text).toContain("Tracking: RM123GB")
  })

  it("escapes titles in HTML", () => {
    const mail = renderPreorderShipped({ ...base, title: "<i>Capital</i>" })
    expect(mail.html).toContain("&lt;i&gt;Capital&lt;/i&gt; has shipped")
    expect(mail.html).not.toContain("<i>")
  })
})

describe("renderEmail", () => {
  it("renders every template by name and refuses unknown ones", () => {
    expect(EMAIL_TEMPLATE_NAMES).toEqual(
      expect.arrayContaining(["order-confirmation", "preorder-release-date-changed", "preorder-postponed", "preorder-cancelled", "preorder-shipped"])
    )
    expect(renderEmail("preorder-postponed", { order_number: 1, title: "X" }).subject).toBe("X is postponed")
    expect(() => renderEmail("../../etc/passwd", {})).toThrow(/Unknown e-mail template/)
    expect(() => renderEmail("preorder-shipped", { title: "X" })).toThrow()
  })
})
