import Link from "next/link"
import { addressLines } from "@/lib/cart/address"
import { hasPreorders, preorderShipDays, type OrderView } from "@/lib/cart/order-view"
import { formatDay } from "@/lib/catalogue/publication"
import { countryName, type Region } from "@/lib/catalogue/region"
import { LineList } from "@/modules/cart/line-list"
import { ShipmentParts } from "@/modules/cart/shipment-parts"
import { TotalsTable } from "@/modules/cart/totals-table"
import styles from "./order-confirmation.module.css"

/** The page after checkout: the order number, what was ordered, where it goes, what it cost. */
export function OrderConfirmation({ order, countryCode, region }: { order: OrderView; countryCode: string; region: Region }) {
  const shipDays = preorderShipDays(order.lines)
  return (
    <div className={styles.page}>
      <p className={styles.eyebrow}>Thank you</p>
      <h1>Your order is placed</h1>
      <p className={styles.number}>
        Order number <strong data-testid="order-number">#{order.displayId ?? order.id}</strong>
      </p>
      {order.email ? <p>We will e-mail news of your order to {order.email}.</p> : null}
      {hasPreorders(order.lines) ? (
        <p className={styles.preorder}>
          Pre-ordered items ship on{" "}
          {shipDays.length > 0 ? shipDays.map((d) => formatDay(d, countryCode)).join(", ") : "publication"}; the rest of
          your order ships now.
        </p>
      ) : null}
      <ShipmentParts lines={order.lines} countryCode={countryCode} placed />
      <div className={styles.layout}>
        <section aria-labelledby="order-items">
          <h2 id="order-items">Items</h2>
          <LineList lines={order.lines} countryCode={countryCode} />
          <TotalsTable totals={order.totals} countryCode={countryCode} />
        </section>
        <section aria-labelledby="order-delivery">
          <h2 id="order-delivery">Delivery</h2>
          {order.shippingAddress ? (
            <address className={styles.address}>
              {addressLines(order.shippingAddress, (code) => countryName(region, code)).map((line) => (
                <span key={line}>{line}</span>
              ))}
            </address>
          ) : null}
          {order.shippingMethod ? <p>{order.shippingMethod}</p> : null}
        </section>
      </div>
      <Link href={`/${countryCode}`} className="button">
        Continue browsing
      </Link>
    </div>
  )
}
