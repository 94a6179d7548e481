import Link from "next/link"
import { formatOrderDate } from "@/lib/account/format"
import { canCancelPreorder, orderParts, preorderStateLabel, type OrderPreorder } from "@/lib/account/preorders"
import { addressLines, type OrderDetail as Order } from "@/lib/account/reshape"
import { formatMoney } from "@/lib/catalogue/money"
import styles from "./account.module.css"
import { CancelPreorderForm } from "./cancel-preorder-form"
import { OrderStatus } from "./order-status-badge"

type Props = { order: Order; countryCode: string; countryName: (code: string) => string; preorders?: OrderPreorder[] }

export function OrderDetail({ order, countryCode, countryName, preorders = [] }: Props) {
  const parts = preorders.length > 0 ? orderParts(order.lines, preorders) : []
  const money = (value: Order["total"]) => formatMoney(value, countryCode)
  return (
    <article aria-labelledby="order-title">
      <p>
        <Link href={`/${countryCode}/account/orders`}>← All orders</Link>
      </p>
      <h1 id="order-title">Order {order.number}</h1>
      <p className={styles.lede}>
        Placed on {formatOrderDate(order.placedAt, countryCode)} · <OrderStatus status={order.status} />
      </p>

      <table className={styles.table}>
        <caption className="visually-hidden">Books in order {order.number}</caption>
        <thead>
          <tr>
            <th scope="col">Book</th>
            <th scope="col" className={styles.number}>
              Price
            </th>
            <th scope="col" className={styles.number}>
              Quantity
            </th>
            <th scope="col" className={styles.number}>
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.id}>
              <th scope="row">
                {line.handle ? <Link href={`/${countryCode}/books/${line.handle}`}>{line.title}</Link> : line.title}
                {line.format ? <div className={styles.lede}>{line.format}</div> : null}
              </th>
              <td className={styles.number}>{money(line.unitPrice)}</td>
              <td className={styles.number}>{line.quantity}</td>
              <td className={styles.number}>{money(line.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {parts.length > 0 ? (
        <section aria-labelledby="order-parts">
          <h2 id="order-parts">{parts.length > 1 ? "Your order ships in two parts" : "Your pre-order"}</h2>
          {parts.map((part) =>
            part.kind === "now" ? (
              <div key="now">
                <h3>In stock, sent now</h3>
                <ul>
                  {part.lines.map((line) => (
                    <li key={line.id}>
                      {line.title}
                      {line.format ? ` (${line.format})` : ""} × {line.quantity}
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <div key="preorder">
                <h3>Pre-ordered, sent on release</h3>
                <ul>
                  {part.lines.map(({ line, preorder }) => (
                    <li key={line.id}>
                      {line.title}
                      {line.format ? ` (${line.format})` : ""} × {preorder.quantity}:{" "}
                      {/* Live, so a reader hears "Cancelled and refunded" when the cancel form goes away. */}
                      <strong aria-live="polite">{preorderStateLabel(preorder, countryCode)}</strong>
                      {canCancelPreorder(preorder) ? (
                        <CancelPreorderForm
                          lineId={preorder.id}
                          orderPath={`/${countryCode}/account/orders/${order.id}`}
                          description={`${line.title}${line.format ? `, ${line.format}` : ""}`}
                        />
                      ) : null}
                    </li>
                  ))}
                </ul>
              </div>
            )
          )}
          {parts.length > 1 ? <p className={styles.lede}>Delivery was charged once, for the whole order.</p> : null}
        </section>
      ) : null}

      <dl className={styles.totals}>
        <dt>Books</dt>
        <dd>{money(order.subtotal)}</dd>
        {order.discount.amount > 0 ? (
          <>
            <dt>Discount</dt>
            <dd>−{money(order.discount)}</dd>
          </>
        ) : null}
        <dt>Shipping</dt>
        <dd>{money(order.shipping)}</dd>
        <dt>Tax</dt>
        <dd>{money(order.tax)}</dd>
        <dt className={styles.grandTotal}>Total</dt>
        <dd className={styles.grandTotal}>{money(order.total)}</dd>
      </dl>

      <div className={styles.facts}>
        <section aria-labelledby="order-delivery">
          <h2 id="order-delivery">Delivery address</h2>
          {order.shippingAddress ? (
            <address>
              {addressLines(order.shippingAddress, countryName).map((line, i) => (
                <span key={i}>
                  {line}
                  <br />
                </span>
              ))}
            </address>
          ) : (
            <p>No delivery address (nothing to post).</p>
          )}
        </section>
        <section aria-labelledby="order-shipping">
          <h2 id="order-shipping">Shipping</h2>
          <p>{order.shippingMethod ?? "—"}</p>
        </section>
        <section aria-labelledby="order-contact">
          <h2 id="order-contact">Confirmation sent to</h2>
          <p>{order.email}</p>
        </section>
      </div>
    </article>
  )
}
