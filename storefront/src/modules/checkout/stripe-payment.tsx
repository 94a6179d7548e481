"use client"

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe, type Stripe } from "@stripe/stripe-js"
import { startTransition, useActionState, useRef, useState } from "react"
import { stripeConfirmOutcome } from "@/lib/cart/payment"
import { placeOrder, type CheckoutActionState } from "@/lib/data/checkout-actions"
import { ErrorSummary } from "./error-summary"
import styles from "./checkout.module.css"

const idle: CheckoutActionState = { status: "idle", message: null }

let stripePromise: Promise<Stripe | null> | null = null
function getStripe(): Promise<Stripe | null> {
  const key = process.env.NEXT_PUBLIC_STRIPE_KEY
  if (!key) return Promise.resolve(null)
  stripePromise ??= loadStripe(key)
  return stripePromise
}

type Props = { countryCode: string; cartId: string; clientSecret: string }

/**
 * Stripe's Payment Element, mounted with the PaymentIntent's client secret from Medusa's
 * payment session. "Pay and place order" confirms the payment with Stripe
 * (`redirect: "if_required"`: only methods that need a redirect leave the page) and then
 * completes the cart, which authorises the session in Medusa and makes the order.
 */
export function StripePayment(props: Props) {
  return (
    <Elements stripe={getStripe()} options={{ clientSecret: props.clientSecret, appearance: { theme: "stripe" } }}>
      <StripeConfirm {...props} />
    </Elements>
  )
}

function StripeConfirm({ countryCode, cartId }: Props) {
  const stripe = useStripe()
  const elements = useElements()
  const [state, complete, completing] = useActionState(placeOrder, idle)
  const [stripeError, setStripeError] = useState<{ message: string; at: number } | null>(null)
  const [confirming, setConfirming] = useState(false)
  const inFlight = useRef(false)
  const busy = confirming || completing

  const pay = async () => {
    if (!stripe || !elements || inFlight.current) return
    inFlight.current = true
    setConfirming(true)
    setStripeError(null)
    try {
      const result = await stripe.confirmPayment({
        elements,
        redirect: "if_required",
        confirmParams: { return_url: `${window.location.origin}/${countryCode}/checkout?step=review` },
      })
      const outcome = stripeConfirmOutcome(result)
      if (!outcome.placeOrder) {
        setStripeError({ message: outcome.message, at: Date.now() })
        return
      }
      const form = new FormData()
      form.set("countryCode", countryCode)
      form.set("cartId", cartId)
      startTransition(() => complete(form))
    } finally {
      inFlight.current = false
      setConfirming(false)
    }
  }

  return (
    <div className={styles.form}>
      <ErrorSummary message={stripeError?.message ?? state.message} version={stripeError?.at ?? state} />
      <PaymentElement />
      <button type="button" className={`button ${styles.placeOrder}`} onClick={pay} disabled={!stripe || !elements || busy}>
        {busy ? "Placing your order…" : "Pay and place order"}
      </button>
    </div>
  )
}
