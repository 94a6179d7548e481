import { isAttributedTo, readAttribution } from "./attribution"

export type ReportClick = { created_at: Date | string; cart_id: string | null }
export type ReportOrder = {
  id: string
  created_at: Date | string
  currency_code: string
  total: number
  items: { quantity: number }[]
  metadata: unknown
}

export type MoneyTotal = { currency_code: string; amount: number }
export type ReportDay = { date: string; clicks: number; orders: number }

export type CampaignReport = {
  clicks: number
  carts: number
  orders: number
  units: number
  revenue: MoneyTotal[]
  series: ReportDay[]
}

// Sums money in ten-thousandths so 0.1 + 0.2 stays 0.3; amounts are never converted.
const SCALE = 10_000
const day = (value: Date | string): string => new Date(value).toISOString().slice(0, 10)

/**
 * The campaign's figures: clicks on its links, distinct carts those clicks touched, orders whose
 * first or last touch is the campaign, their units, and revenue summed per currency (order
 * totals, never converted), plus clicks and orders per UTC day.
 */
export function buildReport(slug: string, clicks: ReportClick[], orders: ReportOrder[]): CampaignReport {
  const attributed = orders.filter((o) => isAttributedTo(readAttribution(o.metadata), slug))
  const revenue = new Map<string, number>()
  const days = new Map<string, ReportDay>()
  const dayOf = (date: string): ReportDay => {
    const found = days.get(date) ?? { date, clicks: 0, orders: 0 }
    days.set(date, found)
    return found
  }
  for (const click of clicks) dayOf(day(click.created_at)).clicks++
  let units = 0
  for (const order of attributed) {
    dayOf(day(order.created_at)).orders++
    units += order.items.reduce((sum, item) => sum + item.quantity, 0)
    const currency = order.currency_code.toLowerCase()
    revenue.set(currency, (revenue.get(currency) ?? 0) + Math.round(order.total * SCALE))
  }
  return {
    clicks: clicks.length,
    carts: new Set(clicks.map((c) => c.cart_id).filter((id): id is string => id !== null)).size,
    orders: attributed.length,
    units,
    revenue: [...revenue.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency_code, amount]) => ({ currency_code, amount: amount / SCALE })),
    series: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
  }
}

const csvCell = (value: string | number): string => {
  const text = String(value)
  // Quote when needed; a leading =,+,-,@ would be read as a formula by spreadsheets.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** The report as CSV: one row per day, then the totals, then revenue per currency. */
export function reportCsv(title: string, report: CampaignReport): string {
  const rows: (string | number)[][] = [
    ["campaign", title],
    [],
    ["date", "clicks", "orders"],
    ...report.series.map((d) => [d.date, d.clicks, d.orders]),
    [],
    ["clicks", report.clicks],
    ["carts", report.carts],
    ["orders", report.orders],
    ["units", report.units],
    [],
    ["currency", "revenue"],
    ...report.revenue.map((r) => [r.currency_code.toUpperCase(), r.amount.toFixed(2)]),
  ]
  return rows.map((row) => row.map(csvCell).join(",")).join("\n") + "\n"
}
