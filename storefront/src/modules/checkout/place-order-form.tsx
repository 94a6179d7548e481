"use client"

import { useActionState, useRef, type FormEvent } from "react"
import { placeOrder, type CheckoutActionState } from "@/lib/data/checkout-actions"
import { ErrorSummary } from "./error-summary"
import styles from "./checkout.module.css"

const idle: CheckoutActionState = { status: "idle", message: null }

/**
 * Places the order (system provider, or after a Stripe redirect already confirmed the
 * payment). One submission at a time: the button is disabled while the order is being
 * placed and a second submit is ignored; the server action is idempotent as well.
 */
export function PlaceOrderForm({ countryCode, cartId, label = "Place order" }: { countryCode: string; cartId: string; label?: string }) {
  const [state, action, pending] = useActionState(placeOrder, idle)
  const inFlight = useRef(false)
  if (!pending) inFlight.current = false

  const guard = (event: FormEvent<HTMLFormElement>) => {
    if (inFlight.current) {
      event.preventDefault()
      return
    }
    inFlight.current = true
  }

  return (
    <form action={action} onSubmit={guard} className={styles.form}>
      <ErrorSummary message={state.message} version={state} />
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="cartId" value={cartId} />
      <button type="submit" className={`button ${styles.placeOrder}`} disabled={pending} aria-disabled={pending}>
        {pending ? "Placing your order…" : label}
      </button>
    </form>
  )
}
