import Link from "next/link"
import { formatOrderDate } from "@/lib/account/format"
import { addressLines, type OrderDetail as Order } from "@/lib/account/reshape"
import { formatMoney } from "@/lib/catalogue/money"
import styles from "./account.module.css"
import { OrderStatus } from "./order-status-badge"

type Props = { order: Order; countryCode: string; countryName: (code: string) => string }

export function OrderDetail({ order, countryCode, countryName }: Props) {
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
