"use client"

import { useActionState } from "react"
import { formatMoney } from "@/lib/catalogue/money"
import type { ShippingChoice } from "@/lib/data/cart"
import { chooseDelivery, type CheckoutActionState } from "@/lib/data/checkout-actions"
import { ErrorSummary } from "./error-summary"
import styles from "./checkout.module.css"

const idle: CheckoutActionState = { status: "idle", message: null }

type Props = { countryCode: string; currencyCode: string; options: ShippingChoice[]; selected: string | null }

/** Step 2: the delivery options for the address, each with its price. */
export function DeliveryForm({ countryCode, currencyCode, options, selected }: Props) {
  const [state, action, pending] = useActionState(chooseDelivery, idle)
  if (options.length === 0) {
    return (
      <p role="alert" className={styles.errorSummary}>
        We cannot deliver to this address yet. Please check the address, or contact us.
      </p>
    )
  }
  const initial = selected && options.some((o) => o.id === selected) ? selected : options[0]?.id
  return (
    <form action={action} className={styles.form}>
      <ErrorSummary message={state.message} version={state} />
      <input type="hidden" name="countryCode" value={countryCode} />
      <fieldset className={styles.choices}>
        <legend className="visually-hidden">Delivery option</legend>
        {options.map((option) => (
          <label key={option.id} className={styles.choice}>
            <input type="radio" name="optionId" value={option.id} defaultChecked={option.id === initial} />
            <span className={styles.choiceText}>
              <span className={styles.choiceName}>{option.name}</span>
              {option.description ? <span className={styles.choiceNote}>{option.description}</span> : null}
            </span>
            <span className={styles.choicePrice}>
              {option.amount === null ? "Price at checkout" : option.amount === 0 ? "Free" : formatMoney({ amount: option.amount, currencyCode }, countryCode)}
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Saving…" : "Continue to payment"}
      </button>
    </form>
  )
}
