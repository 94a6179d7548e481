import { z } from "@medusajs/framework/zod"
import { escapeHtml } from "./escape"
import { formatDate, formatMoney } from "./format"
import { htmlDocument, para, textDocument, type RenderedEmail } from "./layout"

const money = z.number().finite()

export const OrderConfirmationData = z.object({
  /** The number the reader sees (Medusa's display_id). */
  order_number: z.union([z.number().int(), z.string().min(1)]),
  customer_name: z.string().nullish(),
  currency_code: z.string().length(3),
  items: z
    .array(
      z.object({
        title: z.string().min(1),
        /** Paperback, Hardback, Ebook… */
        format: z.string().nullish(),
        quantity: z.number().int().positive(),
        unit_price: money,
        /** unit price × quantity, before discounts and tax */
        subtotal: money,
        /** ISO date a pre-ordered item ships on; absent for items in stock. */
        ships_on: z.string().nullish(),
      })
    )
    .min(1),
  item_subtotal: money,
  shipping_total: money,
  discount_total: money.default(0),
  tax_total: money.default(0),
  total: money,
  shipping_method: z.string().nullish(),
  shipping_address: z
    .object({
      name: z.string().nullish(),
      company: z.string().nullish(),
      address_1: z.string().nullish(),
      address_2: z.string().nullish(),
      city: z.string().nullish(),
      province: z.string().nullish(),
      postal_code: z.string().nullish(),
      country: z.string().nullish(),
    })
    .nullish(),
})
export type OrderConfirmationData = z.input<typeof OrderConfirmationData>

type Parsed = z.output<typeof OrderConfirmationData>
type Item = Parsed["items"][number]

const itemLabel = (item: Item) => (item.format ? `${item.title} (${item.format})` : item.title)

function addressLines(address: Parsed["shipping_address"]): string[] {
  if (!address) return []
  const cityLine = [address.city, address.province, address.postal_code].filter(Boolean).join(" ")
  return [address.name, address.company, address.address_1, address.address_2, cityLine, address.country]
    .map((line) => line?.trim())
    .filter((line): line is string => Boolean(line))
}

function totalLines(order: Parsed): [string, string][] {
  const money = (amount: number) => formatMoney(amount, order.currency_code)
  const lines: [string, string][] = [["Items", money(order.item_subtotal)]]
  lines.push([order.shipping_method ? `Shipping (${order.shipping_method})` : "Shipping", money(order.shipping_total)])
  if (order.discount_total > 0) lines.push(["Discount", `−${money(order.discount_total)}`])
  if (order.tax_total > 0) lines.push(["Tax", money(order.tax_total)])
  lines.push(["Total", money(order.total)])
  return lines
}

/** The confirmation a reader gets when their order is placed. */
export function renderOrderConfirmation(input: OrderConfirmationData): RenderedEmail {
  const order = OrderConfirmationData.parse(input)
  const money = (amount: number) => formatMoney(amount, order.currency_code)
  const number = `#${order.order_number}`
  const preordered = order.items.filter((item) => item.ships_on)
  const inStock = order.items.length - preordered.length
  const greeting = order.customer_name ? `Thank you for your order, ${order.customer_name}.` : "Thank you for your order."
  const shipping =
    preordered.length === 0
      ? "We will let you know when it ships."
      : inStock > 0
        ? "Your order ships in two parts: the items in stock now, and each pre-ordered title on its release date. You pay for shipping once."
        : "Pre-ordered titles ship on their release date; we will e-mail you when your copy is on its way."
  const address = addressLines(order.shipping_address)
  const totals = totalLines(order)

  const itemRows = order.items
    .map((item) => {
      const when = item.ships_on
        ? `<br><span style="color:#b3202a;font-size:14px">Pre-order — ships on ${escapeHtml(formatDate(item.ships_on))}</span>`
        : ""
      return [
        "<tr>",
        `<td style="padding:8px 0;border-bottom:1px solid #e6e0d8;vertical-align:top">${escapeHtml(item.quantity)} ×</td>`,
        `<td style="padding:8px;border-bottom:1px solid #e6e0d8;vertical-align:top"><strong>${escapeHtml(item.title)}</strong>${
          item.format ? ` <span style="color:#6b655e">(${escapeHtml(item.format)})</span>` : ""
        }<br><span style="color:#6b655e;font-size:14px">${escapeHtml(money(item.unit_price))} each</span>${when}</td>`,
        `<td style="padding:8px 0;border-bottom:1px solid #e6e0d8;vertical-align:top;text-align:right;white-space:nowrap">${escapeHtml(money(item.subtotal))}</td>`,
        "</tr>",
      ].join("")
    })
    .join("\n")
  const totalRows = totals
    .map(([label, value], index) => {
      const strong = index === totals.length - 1
      const style = `padding:4px 0;text-align:right${strong ? ";font-weight:bold;font-size:18px" : ""}`
      return `<tr><td colspan="2" style="${style}">${escapeHtml(label)}</td><td style="${style};white-space:nowrap">${escapeHtml(value)}</td></tr>`
    })
    .join("\n")

  const html = htmlDocument(
    `Order ${number} confirmed`,
    [
      `<h1 style="margin:0 0 12px;font-size:24px">Order ${escapeHtml(number)} confirmed</h1>`,
      para(greeting),
      `<table role="presentation" style="width:100%;border-collapse:collapse;margin:16px 0">`,
      itemRows,
      totalRows,
      "</table>",
      para(shipping),
      address.length
        ? `<h2 style="margin:16px 0 8px;font-size:18px">Shipping to</h2><p style="margin:0 0 12px">${address
            .map(escapeHtml)
            .join("<br>")}</p>`
        : "",
    ].join("\n")
  )

  const text = textDocument([
    `Order ${number} confirmed`,
    greeting,
    order.items
      .map((item) => {
        const line = `${item.quantity} × ${itemLabel(item)} — ${money(item.subtotal)} (${money(item.unit_price)} each)`
        return item.ships_on ? `${line}\n    Pre-order — ships on ${formatDate(item.ships_on)}` : line
      })
      .join("\n"),
    totals.map(([label, value]) => `${label}: ${value}`).join("\n"),
    shipping,
    ...(address.length ? [`Shipping to:\n${address.join("\n")}`] : []),
  ])

  return { subject: `Your Wellred Books order ${number} is confirmed`, html, text }
}
