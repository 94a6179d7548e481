export const checkoutSteps = ["address", "delivery", "payment", "review"] as const
export type CheckoutStep = (typeof checkoutSteps)[number]

export const stepTitles: Record<CheckoutStep, string> = {
  address: "Contact and delivery address",
  delivery: "Delivery",
  payment: "Payment",
  review: "Review and place order",
}

type Progress = { hasEmailAndAddress: boolean; hasShippingMethod: boolean; hasPaymentSession: boolean }

/** The first step the reader has not finished. */
export function firstOpenStep(progress: Progress): CheckoutStep {
  if (!progress.hasEmailAndAddress) return "address"
  if (!progress.hasShippingMethod) return "delivery"
  if (!progress.hasPaymentSession) return "payment"
  return "review"
}

/**
 * The step to show for `?step=`: the one asked for if every step before it is done (going back
 * to change something is fine), else the first open one — a URL cannot skip ahead.
 */
export function currentStep(requested: string | string[] | undefined, progress: Progress): CheckoutStep {
  const open = firstOpenStep(progress)
  const asked = typeof requested === "string" ? requested : undefined
  if (!asked || !(checkoutSteps as readonly string[]).includes(asked)) return open
  const step = asked as CheckoutStep
  return checkoutSteps.indexOf(step) <= checkoutSteps.indexOf(open) ? step : open
}

export function stepState(step: CheckoutStep, current: CheckoutStep): "done" | "current" | "upcoming" {
  const diff = checkoutSteps.indexOf(step) - checkoutSteps.indexOf(current)
  return diff < 0 ? "done" : diff === 0 ? "current" : "upcoming"
}
