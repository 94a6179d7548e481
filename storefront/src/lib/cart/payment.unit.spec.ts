import { describe, expect, it } from "@jest/globals"
import {
  defaultPaymentChoice,
  paymentChoices,
  stripeClientSecret,
  stripeConfirmOutcome,
  systemPaymentLabel,
} from "./payment"

describe("paymentChoices", () => {
  it("offers the test payment, labelled so nobody expects a charge, in the embedded default", () => {
    expect(paymentChoices(["pp_system_default"], undefined)).toEqual([
      { providerId: "pp_system_default", label: "Test payment — no card is charged", kind: "system" },
    ])
    expect(systemPaymentLabel).toBe("Test payment — no card is charged")
  })

  it("offers Stripe first when the region has it and the browser key is set", () => {
    const choices = paymentChoices(["pp_system_default", "pp_stripe_stripe"], "pk_test_123")
    expect(choices.map((c) => c.providerId)).toEqual(["pp_stripe_stripe", "pp_system_default"])
    expect(defaultPaymentChoice(choices, null)?.kind).toBe("stripe")
  })

  it("leaves Stripe out without the browser key, or when the region lacks the provider", () => {
    expect(paymentChoices(["pp_stripe_stripe", "pp_system_default"], undefined).map((c) => c.kind)).toEqual(["system"])
    expect(paymentChoices(["pp_system_default"], "pk_test_123").map((c) => c.kind)).toEqual(["system"])
    expect(paymentChoices(["pp_something_else"], "pk_test_123")).toEqual([])
  })

  it("keeps the reader's earlier choice selected", () => {
    const choices = paymentChoices(["pp_system_default", "pp_stripe_stripe"], "pk_test_123")
    expect(defaultPaymentChoice(choices, "pp_system_default")?.providerId).toBe("pp_system_default")
    expect(defaultPaymentChoice([], null)).toBeNull()
  })
})

describe("stripeClientSecret", () => {
  it("reads the PaymentIntent's client secret from the Stripe session's data", () => {
    expect(
      stripeClientSecret([
        { provider_id: "pp_system_default", status: "pending", data: {} },
        { provider_id: "pp_stripe_stripe", status: "pending", data: { id: "pi_3Abc", client_secret: "pi_3Abc_secret_XyZ09" } },
      ])
    ).toBe("pi_3Abc_secret_XyZ09")
  })

  it("gives null without a Stripe session, or with a secret that is not one", () => {
    expect(stripeClientSecret([{ provider_id: "pp_system_default", data: {} }])).toBeNull()
    expect(stripeClientSecret([{ provider_id: "pp_stripe_stripe", data: { client_secret: 42 } }])).toBeNull()
    expect(stripeClientSecret([{ provider_id: "pp_stripe_stripe", data: { client_secret: "<script>" } }])).toBeNull()
    expect(stripeClientSecret(null)).toBeNull()
  })
})

describe("stripeConfirmOutcome", () => {
  it("places the order once the PaymentIntent needs nothing more from the reader", () => {
    for (const status of ["succeeded", "requires_capture", "processing"]) {
      expect(stripeConfirmOutcome({ paymentIntent: { status } })).toEqual({ placeOrder: true })
    }
  })

  it("shows Stripe's own message when the card is declined, and does not place the order", () => {
    expect(stripeConfirmOutcome({ error: { type: "card_error", message: "Your card was declined." } })).toEqual({
      placeOrder: false,
      message: "Your card was declined.",
    })
    expect(stripeConfirmOutcome({ paymentIntent: { status: "requires_payment_method" } })).toMatchObject({ placeOrder: false })
  })
})
