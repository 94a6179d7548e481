import { launchCurveBars, type DayCount } from "../lib/launch-curve"

const WIDTH = 600
const HEIGHT = 140

/** Pre-orders per day as a bar chart (plain SVG); each bar has a title for hover and screen readers. */
export const LaunchCurve = ({ days }: { days: DayCount[] }) => {
  const { bars, max } = launchCurveBars(days, WIDTH, HEIGHT)
  if (bars.length === 0) return <p className="text-ui-fg-subtle txt-small">No pre-orders yet.</p>
  const total = days.reduce((s, d) => s + d.quantity, 0)
  return (
    <figure>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 20}`} role="img" aria-label={`Pre-orders per day: ${total} copies over ${days.length} days, at most ${max} in one day`} className="w-full">
        {bars.map((b) => (
          <rect key={b.day} x={b.x} y={b.y} width={b.width} height={b.height} className="fill-ui-fg-interactive">
            <title>{`${b.day}: ${b.quantity}`}</title>
          </rect>
        ))}
        <text x={0} y={HEIGHT + 15} className="fill-ui-fg-subtle" fontSize="11">{days[0]?.day}</text>
        <text x={WIDTH} y={HEIGHT + 15} textAnchor="end" className="fill-ui-fg-subtle" fontSize="11">{days[days.length - 1]?.day}</text>
      </svg>
      <figcaption className="text-ui-fg-subtle txt-small">Pre-ordered copies per day (busiest day: {max})</figcaption>
    </figure>
  )
}
