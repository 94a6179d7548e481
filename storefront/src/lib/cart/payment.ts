/** Medusa's built-in provider: records a payment without taking money (the embedded default). */
export const systemProviderId = "pp_system_default"
/** Medusa's Stripe provider as registered with id "stripe" (medusa-config). */
export const stripeProviderId = "pp_stripe_stripe"

export const systemPaymentLabel = "Test payment — no card is charged"

export type PaymentChoice = {
  providerId: string
  label: string
  kind: "system" | "stripe"
}

/**
 * The ways to pay offered at checkout: the region's providers the storefront knows how to
 * take. Stripe needs the publishable key in the browser (NEXT_PUBLIC_STRIPE_KEY); without
 * it the Stripe provider is left out rather than offered and then broken. When Stripe is
 * offered, the test provider is still listed only if the region has it.
 */
export function paymentChoices(regionProviderIds: readonly string[], stripePublishableKey: string | undefined): PaymentChoice[] {
  const choices: PaymentChoice[] = []
  if (stripePublishableKey && regionProviderIds.includes(stripeProviderId)) {
    choices.push({ providerId: stripeProviderId, label: "Card or wallet (Stripe)", kind: "stripe" })
  }
  if (regionProviderIds.includes(systemProviderId)) {
    choices.push({ providerId: systemProviderId, label: systemPaymentLabel, kind: "system" })
  }
  return choices
}

/** The choice selected before any is made: the first on offer (Stripe when it is there). */
export function defaultPaymentChoice(choices: readonly PaymentChoice[], current: string | null): PaymentChoice | null {
  return choices.find((c) => c.providerId === current) ?? choices[0] ?? null
}

export function isStripeProvider(providerId: string | null | undefined): boolean {
  return !!providerId && providerId.startsWith("pp_stripe")
}

type Session = { provider_id: string; status?: string | null; data?: Record<string, unknown> | null }

/**
 * The PaymentIntent's client secret that Medusa's Stripe provider keeps in the payment
 * session's data (`data.client_secret`); the Payment Element is mounted with it. Null when
 * there is no Stripe session or its data has no usable secret (`pi_…_secret_…`).
 */
export function stripeClientSecret(sessions: readonly Session[] | null | undefined): string | null {
  const session = (sessions ?? []).find((s) => isStripeProvider(s.provider_id) && s.status !== "canceled" && s.status !== "error")
  const secret = session?.data?.client_secret
  return typeof secret === "string" && /^pi_[A-Za-z0-9]+_secret_[A-Za-z0-9]+$/.test(secret) ? secret : null
}

/**
 * What Stripe's `confirmPayment` answered, as the checkout should act on it: place the order
 * when the PaymentIntent needs no more from the reader (succeeded, or authorised for later
 * capture, or still processing), otherwise show Stripe's message.
 */
export function stripeConfirmOutcome(result: {
  error?: { message?: string | null; type?: string | null } | null
  paymentIntent?: { status?: string | null } | null
}): { placeOrder: true } | { placeOrder: false; message: string } {
  if (result.error) {
    return { placeOrder: false, message: result.error.message || "Your card could not be charged. Check the details and try again." }
  }
  const status = result.paymentIntent?.status
  if (status === "succeeded" || status === "requires_capture" || status === "processing") return { placeOrder: true }
  return { placeOrder: false, message: "The payment was not completed. Please try again or use another card." }
}
