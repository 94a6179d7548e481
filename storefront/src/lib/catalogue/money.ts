/** An amount in a currency's main unit (Medusa v2 stores 9.99, not 999). */
export type Money = {
  amount: number
  currencyCode: string
}

/**
 * The site is written in English; numbers follow the visitor's country (en-GB → £1,234.50,
 * en-SE → 1 234,50 kr, en-CH → CHF 1'234.50), and a country's own currency gets its local symbol
 * (en-CA shows CAD as $, not CA$).
 */
export function localeForCountry(countryCode: string): string {
  return /^[a-z]{2}$/i.test(countryCode) ? `en-${countryCode.toUpperCase()}` : "en-GB"
}

const formatters = new Map<string, Intl.NumberFormat>()

function formatterFor(locale: string, currencyCode: string): Intl.NumberFormat {
  const key = `${locale}|${currencyCode}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode })
    formatters.set(key, formatter)
  }
  return formatter
}

export function formatMoney(money: Money, countryCode: string): string {
  return formatterFor(localeForCountry(countryCode), money.currencyCode.toUpperCase()).format(
    money.amount
  )
}

/** "£9.99", or "From £9.99" when the book's formats are priced differently. */
export function formatPriceFrom(money: Money, varies: boolean, countryCode: string): string {
  const formatted = formatMoney(money, countryCode)
  return varies ? `From ${formatted}` : formatted
}
