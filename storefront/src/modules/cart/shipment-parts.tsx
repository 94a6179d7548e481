import type { CartLine } from "@/lib/cart/cart-view"
import { shipmentParts } from "@/lib/cart/shipments"
import { formatDay } from "@/lib/catalogue/publication"
import styles from "./shipment-parts.module.css"

type Props = { lines: readonly CartLine[]; countryCode: string; placed?: boolean }

function titles(lines: readonly CartLine[]): string {
  return lines.map((l) => (l.format ? `${l.title} (${l.format})` : l.title)).join(", ")
}

/**
 * For a cart (or order) mixing books in stock and pre-orders: it ships in two parts, the books in
 * stock now and the pre-ordered ones on release, with delivery charged once. Nothing otherwise.
 */
export function ShipmentParts({ lines, countryCode, placed = false }: Props) {
  const parts = shipmentParts(lines)
  if (parts.length < 2) return null
  return (
    <div className={styles.parts} role="note" aria-label={placed ? "Your order ships in two parts" : "This order ships in two parts"}>
      <p>
        <strong>{placed ? "Your order ships in two parts:" : "This order ships in two parts:"}</strong>
      </p>
      <ol>
        {parts.map((part) => (
          <li key={part.kind}>
            {part.kind === "now"
              ? "In stock, sent now: "
              : `Pre-ordered, sent on release${part.days.length > 0 ? ` (${part.days.map((d) => formatDay(d, countryCode)).join(", ")})` : ""}: `}
            {titles(part.lines)}
          </li>
        ))}
      </ol>
      <p>Delivery is charged once, for the whole order.</p>
    </div>
  )
}
