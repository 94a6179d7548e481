/**
 * Money and dates as a reader reads them in an e-mail. Medusa v2 keeps amounts in the
 * currency's main unit (12.99 is £12.99), so no division by 100.
 */
export function formatMoney(amount: number, currencyCode: string): string {
  const currency = currencyCode.toUpperCase()
  try {
    return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(amount)
  } catch {
    // An unknown code still shows the amount with the code, never a crash mid-send.
    return `${amount.toFixed(2)} ${currency}`
  }
}

/** A calendar date ("3 January 2027"); the value is an ISO date or date-time, read in UTC. */
export function formatDate(value: string): string {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date)
}
