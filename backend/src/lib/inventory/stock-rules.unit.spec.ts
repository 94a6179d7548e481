import { adjustmentProblem, goodsInProblem } from "./stock-rules"

describe("goodsInProblem", () => {
  it("accepts whole positive quantities with a reference", () => {
    expect(goodsInProblem(20, "DN-1042")).toBeNull()
  })
  it("refuses zero, negative and fractional quantities, and a missing reference", () => {
    expect(goodsInProblem(0, "DN")).toMatch(/above zero/)
    expect(goodsInProblem(-3, "DN")).toMatch(/above zero/)
    expect(goodsInProblem(1.5, "DN")).toMatch(/whole number/)
    expect(goodsInProblem(3, "  ")).toMatch(/reference/)
  })
})

describe("adjustmentProblem", () => {
  const base = { stocked: 10, reserved: 4, reason: "damaged in transit" }
  it("allows write-offs down to the reserved copies and corrections upwards", () => {
    expect(adjustmentProblem({ ...base, change: -6 })).toBeNull()
    expect(adjustmentProblem({ ...base, change: 5 })).toBeNull()
  })
  it("refuses a change that would break promised orders or go negative", () => {
    expect(adjustmentProblem({ ...base, change: -7 })).toMatch(/below the 4 copies reserved/)
    expect(adjustmentProblem({ ...base, reserved: 0, change: -11 })).toMatch(/below zero/)
  })
  it("refuses zero changes and missing reasons", () => {
    expect(adjustmentProblem({ ...base, change: 0 })).toMatch(/other than zero/)
    expect(adjustmentProblem({ ...base, change: -1, reason: "" })).toMatch(/reason/)
  })
})
