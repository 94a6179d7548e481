import { preorderLineRefund } from "./preorder-cancel"

describe("refund for a cancelled pre-order line", () => {
  it("is what the reader paid for the line, rounded to cents", () => {
    expect(preorderLineRefund(18.99, 1)).toBe(18.99)
    expect(preorderLineRefund(18.99, 3)).toBe(56.97)
    expect(preorderLineRefund(0.1, 3)).toBe(0.3)
  })

  it("is nothing for a line without a readable price or quantity", () => {
    expect(preorderLineRefund(Number.NaN, 1)).toBe(0)
    expect(preorderLineRefund(0, 2)).toBe(0)
    expect(preorderLineRefund(10, 0)).toBe(0)
    expect(preorderLineRefund(-5, 1)).toBe(0)
  })
})
