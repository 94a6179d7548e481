/** Bars of the "pre-orders per day" chart, scaled into an SVG box (pure, unit-tested). */
export type DayCount = { day: string; quantity: number }
export type Bar = { day: string; quantity: number; x: number; y: number; width: number; height: number }

export function launchCurveBars(days: readonly DayCount[], width: number, height: number): { bars: Bar[]; max: number } {
  const max = Math.max(1, ...days.map((d) => d.quantity))
  if (days.length === 0) return { bars: [], max }
  const slot = width / days.length
  const barWidth = Math.max(1, slot * 0.8)
  return {
    max,
    bars: days.map((d, i) => {
      const h = (d.quantity / max) * height
      return { day: d.day, quantity: d.quantity, x: i * slot + (slot - barWidth) / 2, y: height - h, width: barWidth, height: h }
    }),
  }
}
