/**
 * Demo prices: each format has one editorial price in pounds; the other currencies follow
 * from fixed demo exchange rates and the usual shelf-price rounding. Fixed rates keep the
 * seed deterministic (a rerun never sees different prices). Amounts are in major units,
 * as Medusa v2 stores them (14.99, not 1499).
 */

export const SHOP_CURRENCIES = ["gbp", "usd", "eur", "cad", "aud", "sek", "chf"] as const
export type CurrencyCode = (typeof SHOP_CURRENCIES)[number]

/** Pounds → other currency. Demo figures of roughly 2025 levels, not live rates. */
export const DEMO_RATES_FROM_GBP: Readonly<Record<CurrencyCode, number>> = {
  gbp: 1,
  usd: 1.27,
  eur: 1.17,
  cad: 1.74,
  aud: 1.93,
  sek: 13.5,
  chf: 1.12,
}

/** Rounds to a ".99" shelf price: 24.12 → 23.99, 24.60 → 24.99; never below 0.99. */
export function charmPrice(amount: number): number {
  const whole = Math.max(1, Math.round(amount))
  return (whole * 100 - 1) / 100
}

/** Swedish shelf prices are whole kronor ending in 9: 256.4 → 259, 193.1 → 189. */
export function kronorPrice(amount: number): number {
  return Math.max(9, Math.round((amount - 9) / 10) * 10 + 9)
}

/** The price in one currency for an editorial pound price (pounds are kept as given). */
export function priceIn(currency: CurrencyCode, gbp: number): number {
  if (!(gbp > 0)) throw new Error(`A price must be positive, got ${gbp}.`)
  if (currency === "gbp") return gbp
  const converted = gbp * DEMO_RATES_FROM_GBP[currency]
  return currency === "sek" ? kronorPrice(converted) : charmPrice(converted)
}

export type PriceInput = { currency_code: CurrencyCode; amount: number }

/** One price per shop currency, in SHOP_CURRENCIES order. */
export function pricesFromGbp(gbp: number): PriceInput[] {
  return SHOP_CURRENCIES.map((currency_code) => ({
    currency_code,
    amount: priceIn(currency_code, gbp),
  }))
}
