"use client"

import { useActionState } from "react"
import type { PaymentChoice } from "@/lib/cart/payment"
import { choosePayment, type CheckoutActionState } from "@/lib/data/checkout-actions"
import { ErrorSummary } from "./error-summary"
import styles from "./checkout.module.css"

const idle: CheckoutActionState = { status: "idle", message: null }

/** Step 3: how to pay. Card details (Stripe) are entered on the review step, in Stripe's own form. */
export function PaymentForm({ countryCode, choices, selected }: { countryCode: string; choices: PaymentChoice[]; selected: string | null }) {
  const [state, action, pending] = useActionState(choosePayment, idle)
  if (choices.length === 0) {
    return (
      <p role="alert" className={styles.errorSummary}>
        No way to pay is set up for your country yet. Please contact us to order.
      </p>
    )
  }
  const initial = choices.find((c) => c.providerId === selected)?.providerId ?? choices[0]?.providerId
  return (
    <form action={action} className={styles.form}>
      <ErrorSummary message={state.message} version={state} />
      <input type="hidden" name="countryCode" value={countryCode} />
      <fieldset className={styles.choices}>
        <legend className="visually-hidden">Payment method</legend>
        {choices.map((choice) => (
          <label key={choice.providerId} className={styles.choice}>
            <input type="radio" name="providerId" value={choice.providerId} defaultChecked={choice.providerId === initial} />
            <span className={styles.choiceText}>
              <span className={styles.choiceName}>{choice.label}</span>
              {choice.kind === "system" ? (
                <span className={styles.choiceNote}>This shop is running in test mode: your order is recorded, nothing is paid.</span>
              ) : (
                <span className={styles.choiceNote}>Enter your card on the next step; it is sent straight to Stripe.</span>
              )}
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Saving…" : "Continue to review"}
      </button>
    </form>
  )
}
