import { buildReport, reportCsv, type ReportOrder } from "../report"

const attribution = (first: string, last: string) => ({
  campaign_attribution: { first: { slug: first, at: "2026-01-01T00:00:00Z" }, last: { slug: last, at: "2026-01-02T00:00:00Z" } },
})
const order = (id: string, currency: string, total: number, quantities: number[], metadata: unknown, day = "2026-01-02"): ReportOrder => ({
  id,
  created_at: `${day}T12:00:00Z`,
  currency_code: currency,
  total,
  items: quantities.map((quantity) => ({ quantity })),
  metadata,
})

describe("campaign report figures", () => {
  const clicks = [
    { created_at: "2026-01-01T09:00:00Z", cart_id: "cart_1" },
    { created_at: "2026-01-01T10:00:00Z", cart_id: "cart_1" },
    { created_at: "2026-01-02T10:00:00Z", cart_id: "cart_2" },
    { created_at: "2026-01-02T11:00:00Z", cart_id: null },
  ]
  const orders = [
    order("o1", "gbp", 0.1, [1], attribution("lenin-lives", "lenin-lives")),
    order("o2", "gbp", 0.2, [2, 1], attribution("year-end", "lenin-lives")),
    order("o3", "usd", 31.98, [2], attribution("lenin-lives", "year-end"), "2026-01-03"),
    order("o4", "eur", 50, [5], attribution("year-end", "year-end")),
    order("o5", "eur", 50, [5], {}),
  ]
  const report = buildReport("lenin-lives", clicks, orders)

  it("counts clicks and the distinct carts they touched", () => {
    expect(report.clicks).toBe(4)
    expect(report.carts).toBe(2)
  })

  it("counts orders whose first or last touch is the campaign, and their units", () => {
    expect(report.orders).toBe(3)
    expect(report.units).toBe(6)
  })

  it("sums revenue per currency without converting or losing pennies", () => {
    expect(report.revenue).toEqual([
      { currency_code: "gbp", amount: 0.3 },
      { currency_code: "usd", amount: 31.98 },
    ])
  })

  it("gives clicks and orders per day", () => {
    expect(report.series).toEqual([
      { date: "2026-01-01", clicks: 2, orders: 0 },
      { date: "2026-01-02", clicks: 2, orders: 2 },
      { date: "2026-01-03", clicks: 0, orders: 1 },
    ])
  })

  it("is all zeros for a campaign nobody followed", () => {
    expect(buildReport("quiet", [], orders)).toEqual({ clicks: 0, carts: 0, orders: 0, units: 0, revenue: [], series: [] })
  })

  it("exports CSV that a spreadsheet cannot mistake for formulas", () => {
    const csv = reportCsv('=HYPERLINK("x"), "Lenin"', report)
    expect(csv.split("\n")[0]).toBe(`campaign,"'=HYPERLINK(""x""), ""Lenin"""`)
    expect(csv).toContain("date,clicks,orders\n2026-01-01,2,0\n")
    expect(csv).toContain("GBP,0.30\nUSD,31.98\n")
    expect(csv).toContain("orders,3\n")
  })
})
