import Link from "next/link"
import { addressLines, defaultCountry } from "@/lib/cart/address"
import { checkoutSteps, currentStep, stepState, stepTitles, type CheckoutStep } from "@/lib/cart/checkout-steps"
import { hasPreorders, preorderShipDays } from "@/lib/cart/order-view"
import { formatMoney } from "@/lib/catalogue/money"
import { formatDay } from "@/lib/catalogue/publication"
import { countryName, type Region } from "@/lib/catalogue/region"
import type { CheckoutData } from "@/lib/data/cart"
import { LineList } from "@/modules/cart/line-list"
import { ShipmentParts } from "@/modules/cart/shipment-parts"
import { TotalsTable } from "@/modules/cart/totals-table"
import { AddressForm } from "./address-form"
import { DeliveryForm } from "./delivery-form"
import { PaymentForm } from "./payment-form"
import { PlaceOrderForm } from "./place-order-form"
import { StepHeading } from "./step-heading"
import { StripePayment } from "./stripe-payment"
import styles from "./checkout.module.css"

type Props = {
  data: CheckoutData
  countryCode: string
  region: Region
  /** `?step=` as given: the reader has just moved to a step (focus its heading). */
  requestedStep: string | string[] | undefined
  /** Stripe sent the reader back after a redirect-based payment that succeeded. */
  paymentConfirmed: boolean
}

export function CheckoutTemplate({ data, countryCode, region, requestedStep, paymentConfirmed }: Props) {
  const { cart } = data
  const address = cart.shippingAddress
  const progress = {
    hasEmailAndAddress: !!cart.email && !!address?.address_1,
    hasShippingMethod: !!cart.shippingMethod,
    hasPaymentSession: !!cart.paymentProviderId,
  }
  const step = currentStep(requestedStep, progress)
  const focus = requestedStep !== undefined
  const payment = data.paymentChoices.find((c) => c.providerId === cart.paymentProviderId)
  const preorderDays = preorderShipDays(cart.lines)

  const body: Record<CheckoutStep, () => React.ReactNode> = {
    address: () => (
      <AddressForm
        countryCode={countryCode}
        region={region}
        initial={{
          email: cart.email ?? "",
          first_name: address?.first_name ?? "",
          last_name: address?.last_name ?? "",
          address_1: address?.address_1 ?? "",
          address_2: address?.address_2 ?? "",
          city: address?.city ?? "",
          province: address?.province ?? "",
          postal_code: address?.postal_code ?? "",
          phone: address?.phone ?? "",
          country_code: defaultCountry(region, countryCode, address?.country_code),
        }}
      />
    ),
    delivery: () => (
      <DeliveryForm
        countryCode={countryCode}
        currencyCode={cart.currencyCode}
        options={data.shippingOptions}
        selected={cart.shippingMethod?.optionId ?? null}
      />
    ),
    payment: () => <PaymentForm countryCode={countryCode} choices={data.paymentChoices} selected={cart.paymentProviderId} />,
    review: () => (
      <>
        {hasPreorders(cart.lines) ? (
          <p className={styles.preorderNote}>
            Your order includes pre-ordered books. They are charged now, with the rest of your order, and sent on
            publication
            {preorderDays.length > 0 ? ` (${preorderDays.map((d) => formatDay(d, countryCode)).join(", ")})` : ""}.
          </p>
        ) : null}
        <p>
          By placing your order you agree to pay {formatMoney(cart.totals.total, countryCode)}
          {payment?.kind === "system" ? " — in test mode, nothing is charged" : ""}.
        </p>
        {payment?.kind === "stripe" && data.stripeClientSecret && !paymentConfirmed ? (
          <StripePayment countryCode={countryCode} cartId={cart.id} clientSecret={data.stripeClientSecret} />
        ) : payment?.kind === "stripe" && !paymentConfirmed ? (
          <p role="alert" className={styles.errorSummary}>
            The card form could not be prepared. Please <Link href={`/${countryCode}/checkout?step=payment`}>choose the payment again</Link>.
          </p>
        ) : (
          <PlaceOrderForm countryCode={countryCode} cartId={cart.id} />
        )}
      </>
    ),
  }

  const summaryOf: Record<CheckoutStep, () => React.ReactNode> = {
    address: () => (
      <>
        <p className={styles.done}>{cart.email}</p>
        <address className={styles.done}>
          {address ? addressLines(address, (code) => countryName(region, code)).map((line) => <span key={line}>{line}</span>) : null}
        </address>
      </>
    ),
    delivery: () =>
      cart.shippingMethod ? (
        <p className={styles.done}>
          {cart.shippingMethod.name} — {formatMoney(cart.shippingMethod.amount, countryCode)}
        </p>
      ) : null,
    payment: () => <p className={styles.done}>{payment?.label ?? "Chosen"}</p>,
    review: () => null,
  }

  return (
    <div className={styles.page}>
      <h1>Checkout</h1>
      <div className={styles.layout}>
        <ol className={styles.steps}>
          {checkoutSteps.map((s, index) => {
            const state = stepState(s, step)
            return (
              <li key={s} className={styles.step} data-state={state} aria-current={state === "current" ? "step" : undefined}>
                <section aria-labelledby={`step-${s}`}>
                  <div className={styles.stepHeader}>
                    <StepHeading id={`step-${s}`} focus={focus && state === "current"}>
                      <span className={styles.stepNumber}>{index + 1}.</span> {stepTitles[s]}
                      {state === "done" ? <span className="visually-hidden"> (done)</span> : null}
                    </StepHeading>
                    {state === "done" && s !== "review" ? (
                      <Link href={`/${countryCode}/checkout?step=${s}`} className={styles.change}>
                        Change<span className="visually-hidden"> {stepTitles[s].toLowerCase()}</span>
                      </Link>
                    ) : null}
                  </div>
                  {state === "current" ? body[s]() : state === "done" ? summaryOf[s]() : null}
                </section>
              </li>
            )
          })}
        </ol>
        <aside aria-labelledby="checkout-summary" className={styles.summary}>
          <h2 id="checkout-summary">Your order</h2>
          <LineList lines={cart.lines} countryCode={countryCode} />
          <TotalsTable totals={cart.totals} countryCode={countryCode} />
          <ShipmentParts lines={cart.lines} countryCode={countryCode} />
          <Link href={`/${countryCode}/cart`}>Edit cart</Link>
        </aside>
      </div>
    </div>
  )
}
