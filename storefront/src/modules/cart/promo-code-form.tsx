"use client"

import { useActionState, useId } from "react"
import { applyPromoCode, removePromoCode, type CartActionState } from "@/lib/data/cart-actions"
import styles from "./cart.module.css"

const idle: CartActionState = { status: "idle", message: null }

/** Applies a promo code, and lists the applied ones with a Remove button each. */
export function PromoCodeForm({ codes }: { codes: string[] }) {
  const [state, action, pending] = useActionState(applyPromoCode, idle)
  const [removeState, remove, removing] = useActionState(removePromoCode, idle)
  const id = useId()
  const error = state.status === "error" ? state.message : null
  return (
    <div className={styles.promo}>
      <form action={action} className={styles.promoForm} noValidate>
        <label htmlFor={`${id}-code`}>Promo code</label>
        <div className={styles.promoRow}>
          <input
            id={`${id}-code`}
            name="code"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={64}
            className={styles.textInput}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-message`}
          />
          <button type="submit" className="button button-quiet" disabled={pending}>
            {pending ? "Applying…" : "Apply"}
          </button>
        </div>
        <p id={`${id}-message`} role="status" className={error ? styles.fieldError : styles.okMessage}>
          {state.message}
        </p>
      </form>
      {codes.length > 0 ? (
        <ul className={styles.codes} aria-label="Applied promo codes">
          {codes.map((code) => (
            <li key={code}>
              <span className={styles.code}>{code}</span>
              <form action={remove}>
                <input type="hidden" name="code" value={code} />
                <button type="submit" className={styles.linkButton} disabled={removing}>
                  Remove<span className="visually-hidden"> promo code {code}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : null}
      <p role="status" className={removeState.status === "error" ? styles.fieldError : styles.okMessage}>
        {removeState.message}
      </p>
    </div>
  )
}
