import type { OrderStatusLabel } from "@/lib/account/order-status"
import styles from "./account.module.css"

export function OrderStatus({ status }: { status: OrderStatusLabel }) {
  return (
    <span className={styles.status} data-tone={status.tone}>
      {status.label}
    </span>
  )
}
