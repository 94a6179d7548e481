"use client"

import Link from "next/link"
import { useActionState } from "react"
import { addToCart, type CartActionState } from "@/lib/data/cart-actions"
import styles from "./add-to-cart.module.css"

const idle: CartActionState = { status: "idle", message: null }

type Props = {
  countryCode: string
  variantId: string
  /** "Add to cart", or "Pre-order — ships on 3 January 2027" for a forthcoming title. */
  label: string
  /** Said to screen readers after the label: "Paperback of Reason in Revolt". */
  description: string
  compact?: boolean
}

/**
 * One format's buy button. Works without JavaScript (a plain form post to the server
 * action); with it, the button is disabled while the book is being added and the outcome
 * is announced in place, with a link to the cart.
 */
export function AddToCart({ countryCode, variantId, label, description, compact = false }: Props) {
  const [state, action, pending] = useActionState(addToCart, idle)
  const messageId = `add-${variantId}-message`
  return (
    <form action={action} className={compact ? `${styles.form} ${styles.compact}` : styles.form}>
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="variantId" value={variantId} />
      <button type="submit" className="button" disabled={pending} aria-describedby={state.message ? messageId : undefined}>
        {pending ? "Adding…" : label}
        <span className="visually-hidden">: {description}</span>
      </button>
      <p id={messageId} role="status" className={styles.message} data-status={state.status}>
        {state.message}
        {state.status === "ok" ? (
          <>
            {" "}
            <Link href={`/${countryCode}/cart`}>View cart</Link>
          </>
        ) : null}
      </p>
    </form>
  )
}
