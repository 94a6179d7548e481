"use client"

import { useActionState, useId, useState, type FormEvent } from "react"
import { checkQuantity } from "@/lib/cart/quantity"
import { updateLineQuantity, type CartActionState } from "@/lib/data/cart-actions"
import styles from "./cart.module.css"

const idle: CartActionState = { status: "idle", message: null }

/**
 * A line's quantity with an Update button. The number is checked before it is sent (an
 * inline message, the field marked invalid); the server's refusal (say, not enough stock) is
 * shown the same way, and the line keeps its old quantity.
 */
export function QuantityForm({ lineId, quantity, label }: { lineId: string; quantity: number; label: string }) {
  const [state, action, pending] = useActionState(updateLineQuantity, idle)
  const [localError, setLocalError] = useState<string | null>(null)
  const id = useId()
  const error = localError ?? (state.status === "error" ? state.message : null)

  const check = (event: FormEvent<HTMLFormElement>) => {
    const result = checkQuantity(new FormData(event.currentTarget).get("quantity"))
    if (!result.ok) {
      event.preventDefault()
      setLocalError(result.message)
      ;(event.currentTarget.elements.namedItem("quantity") as HTMLInputElement | null)?.focus()
    } else {
      setLocalError(null)
    }
  }

  return (
    <form action={action} onSubmit={check} className={styles.quantityForm} noValidate>
      <input type="hidden" name="lineId" value={lineId} />
      <label htmlFor={`${id}-q`} className="visually-hidden">
        {label}
      </label>
      <input
        id={`${id}-q`}
        name="quantity"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        defaultValue={String(quantity)}
        key={quantity}
        className={styles.quantityInput}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        size={3}
      />
      <button type="submit" className="button button-quiet" disabled={pending}>
        {pending ? "Updating…" : "Update"}
      </button>
      <p id={`${id}-error`} className={styles.fieldError} role="alert">
        {error}
      </p>
    </form>
  )
}
