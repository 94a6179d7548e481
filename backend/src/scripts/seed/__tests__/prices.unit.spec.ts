import { charmPrice, kronorPrice, priceIn, pricesFromGbp, SHOP_CURRENCIES } from "../prices"

describe("charmPrice", () => {
  it("rounds to the nearest whole unit less a penny", () => {
    expect(charmPrice(24.12)).toBe(23.99)
    expect(charmPrice(24.6)).toBe(24.99)
    expect(charmPrice(14.99)).toBe(14.99)
  })

  it("never goes below 0.99", () => {
    expect(charmPrice(0.2)).toBe(0.99)
  })
})

describe("kronorPrice", () => {
  it("rounds to whole kronor ending in 9", () => {
    expect(kronorPrice(256.4)).toBe(259)
    expect(kronorPrice(193.1)).toBe(189)
    expect(kronorPrice(1)).toBe(9)
  })
})

describe("pricesFromGbp", () => {
  it("gives one price per shop currency, keeping the pound price as edited", () => {
    const prices = pricesFromGbp(18.99)
    expect(prices.map((p) => p.currency_code)).toEqual([...SHOP_CURRENCIES])
    expect(prices.find((p) => p.currency_code === "gbp")?.amount).toBe(18.99)
  })

  it("produces shelf prices in major units (what Medusa v2 stores)", () => {
    expect(Object.fromEntries(pricesFromGbp(18.99).map((p) => [p.currency_code, p.amount]))).toEqual({
      gbp: 18.99,
      usd: 23.99,
      eur: 21.99,
      cad: 32.99,
      aud: 36.99,
      sek: 259,
      chf: 20.99,
    })
  })

  it("never produces float noise such as 23.990000000000002", () => {
    for (const gbp of [5.99, 7.99, 9.99, 12.99, 19.99, 29.99]) {
      for (const { amount } of pricesFromGbp(gbp)) {
        expect(Number(amount.toFixed(2))).toBe(amount)
      }
    }
  })

  it("refuses a price that is not positive", () => {
    expect(() => priceIn("usd", 0)).toThrow(/positive/)
    expect(() => priceIn("usd", Number.NaN)).toThrow(/positive/)
  })
})
