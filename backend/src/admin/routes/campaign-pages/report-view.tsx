import { Alert, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { errorMessage } from "../../lib/api-error"
import { chartLines } from "../../lib/campaign-form"
import { useCampaignReport } from "../../lib/campaign-queries"

const WIDTH = 600
const HEIGHT = 160

const formatMoney = (amount: number, currency: string) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(amount)

/** What the campaign sold: figures, revenue per currency (never converted), a chart per day, CSV. */
export function ReportView({ id }: { id: string }) {
  const { data, isPending, isError, error } = useCampaignReport(id)
  if (isError) return <Alert variant="error">{errorMessage(error)}</Alert>
  if (isPending) return <Skeleton className="h-40 w-full" />
  const { report } = data
  const lines = chartLines(report.series, WIDTH, HEIGHT)
  const figures: [string, number][] = [
    ["Link clicks", report.clicks],
    ["Carts", report.carts],
    ["Orders", report.orders],
    ["Units", report.units],
  ]
  return (
    <Container className="flex flex-col gap-y-4">
      <div className="flex items-center justify-between">
        <Heading level="h2">Report</Heading>
        <a className="text-ui-fg-interactive" href={`/admin/campaign-pages/${id}/report?format=csv`} download>
          Export CSV
        </a>
      </div>
      <dl className="grid grid-cols-4 gap-4">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt className="text-ui-fg-subtle txt-small">{label}</dt>
            <dd className="txt-xlarge-plus">{value}</dd>
          </div>
        ))}
      </dl>
      <div>
        <Text weight="plus">Revenue</Text>
        {report.revenue.length === 0 ? (
          <Text className="text-ui-fg-subtle">No orders yet.</Text>
        ) : (
          <ul>
            {report.revenue.map((r) => (
              <li key={r.currency_code}>{formatMoney(r.amount, r.currency_code)}</li>
            ))}
          </ul>
        )}
      </div>
      {report.series.length > 0 ? (
        <figure>
          <svg viewBox={`-4 -4 ${WIDTH + 8} ${HEIGHT + 8}`} role="img" aria-labelledby="campaign-chart-title" className="w-full">
            <title id="campaign-chart-title">
              Clicks and orders per day, {report.series[0]?.date} to {report.series[report.series.length - 1]?.date}; highest
              value {lines.max}
            </title>
            <line x1={0} y1={HEIGHT} x2={WIDTH} y2={HEIGHT} stroke="currentColor" strokeOpacity={0.3} />
            <polyline points={lines.clicks} fill="none" stroke="#2563eb" strokeWidth={2} />
            <polyline points={lines.orders} fill="none" stroke="#16a34a" strokeWidth={2} />
          </svg>
          <figcaption className="txt-small text-ui-fg-subtle">
            <span style={{ color: "#2563eb" }}>■</span> clicks · <span style={{ color: "#16a34a" }}>■</span> orders (per day, UTC)
          </figcaption>
        </figure>
      ) : null}
    </Container>
  )
}
