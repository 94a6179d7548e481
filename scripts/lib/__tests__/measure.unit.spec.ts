import { percentile, summarise } from "../measure.ts"

describe("benchmark statistics", () => {
  it("takes nearest-rank percentiles", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(sorted, 50)).toBe(50)
    expect(percentile(sorted, 95)).toBe(95)
    expect(percentile([7], 95)).toBe(7)
  })

  it("summarises unsorted samples without changing them", () => {
    const samples = [30, 10, 20]
    expect(summarise(samples)).toEqual({ requests: 3, p50: 20, p95: 30, mean: 20, max: 30 })
    expect(samples).toEqual([30, 10, 20])
  })
})
