import { describe, expect, it } from "@jest/globals"
import { currentStep, firstOpenStep, stepState } from "./checkout-steps"

const none = { hasEmailAndAddress: false, hasShippingMethod: false, hasPaymentSession: false }
const addressed = { ...none, hasEmailAndAddress: true }
const all = { hasEmailAndAddress: true, hasShippingMethod: true, hasPaymentSession: true }

describe("checkout steps", () => {
  it("starts at the first step not yet done", () => {
    expect(firstOpenStep(none)).toBe("address")
    expect(firstOpenStep(addressed)).toBe("delivery")
    expect(firstOpenStep(all)).toBe("review")
  })

  it("lets the reader go back to a finished step but not skip ahead by URL", () => {
    expect(currentStep("address", all)).toBe("address")
    expect(currentStep("review", addressed)).toBe("delivery")
    expect(currentStep("nonsense", addressed)).toBe("delivery")
    expect(currentStep(["review", "x"], all)).toBe("review")
    expect(currentStep(undefined, none)).toBe("address")
  })

  it("marks steps before the current one done and after it upcoming", () => {
    expect(stepState("address", "payment")).toBe("done")
    expect(stepState("payment", "payment")).toBe("current")
    expect(stepState("review", "payment")).toBe("upcoming")
  })
})
