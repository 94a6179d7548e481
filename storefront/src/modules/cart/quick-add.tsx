"use client"

import Link from "next/link"
import { useActionState, useId } from "react"
import { addToCart, type CartActionState } from "@/lib/data/cart-actions"
import styles from "./quick-add.module.css"

const idle: CartActionState = { status: "idle", message: null }

export type QuickAddFormat = { id: string; label: string }

type Props = {
  countryCode: string
  bookTitle: string
  formats: QuickAddFormat[]
  /** "Add to cart", or "Pre-order" for a forthcoming title. */
  buttonLabel: string
}

/** Add to cart from a listing: the format to buy (when there is a choice) and one button. */
export function QuickAdd({ countryCode, bookTitle, formats, buttonLabel }: Props) {
  const [state, action, pending] = useActionState(addToCart, idle)
  const id = useId()
  const only = formats.length === 1 ? formats[0] : null
  if (formats.length === 0) return null
  return (
    <form action={action} className={styles.form}>
      <input type="hidden" name="countryCode" value={countryCode} />
      {only ? (
        <input type="hidden" name="variantId" value={only.id} />
      ) : (
        <>
          <label htmlFor={`${id}-format`} className="visually-hidden">
            Format of {bookTitle}
          </label>
          <select id={`${id}-format`} name="variantId" className={styles.select}>
            {formats.map((format) => (
              <option key={format.id} value={format.id}>
                {format.label}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="submit" className={styles.button} disabled={pending}>
        {pending ? "Adding…" : buttonLabel}
        <span className="visually-hidden">
          : {only ? `${only.label} of ` : ""}
          {bookTitle}
        </span>
      </button>
      <p role="status" className={styles.message} data-status={state.status}>
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
