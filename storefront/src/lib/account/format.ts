import { localeForCountry } from "../catalogue/money"

/** "22 November 2026" in the UK shop, "November 22, 2026" in the US one (dates as at UTC). */
export function formatOrderDate(iso: string, countryCode: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ""
  return new Intl.DateTimeFormat(localeForCountry(countryCode), { dateStyle: "long", timeZone: "UTC" }).format(date)
}

/** "1 book", "3 books". */
export function bookCount(count: number): string {
  return `${count} ${count === 1 ? "book" : "books"}`
}
