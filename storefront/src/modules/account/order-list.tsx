import Link from "next/link"
import { bookCount, formatOrderDate } from "@/lib/account/format"
import type { OrderSummary } from "@/lib/account/reshape"
import { formatMoney } from "@/lib/catalogue/money"
import styles from "./account.module.css"
import { OrderStatus } from "./order-status-badge"

type Props = { orders: OrderSummary[]; countryCode: string; caption: string }

export function OrderList({ orders, countryCode, caption }: Props) {
  if (orders.length === 0) {
    return (
      <div className={styles.empty}>
        <p>
          <strong>No orders yet.</strong> When you buy a book while signed in, it will appear here.
        </p>
        <Link href={`/${countryCode}`} className="button">
          Browse the books
        </Link>
      </div>
    )
  }
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Order</th>
          <th scope="col">Placed</th>
          <th scope="col">Books</th>
          <th scope="col">Status</th>
          <th scope="col" className={styles.number}>
            Total
          </th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr key={order.id}>
            <th scope="row">
              <Link href={`/${countryCode}/account/orders/${order.id}`} aria-label={`Order ${order.number}`}>
                {order.number}
              </Link>
            </th>
            <td>{formatOrderDate(order.placedAt, countryCode)}</td>
            <td>{bookCount(order.itemCount)}</td>
            <td>
              <OrderStatus status={order.status} />
            </td>
            <td className={styles.number}>{formatMoney(order.total, countryCode)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
