import { launchCurveBars } from "./launch-curve"

describe("launchCurveBars", () => {
  it("scales the busiest day to full height and keeps bars inside the box", () => {
    const { bars, max } = launchCurveBars([{ day: "2027-01-01", quantity: 2 }, { day: "2027-01-02", quantity: 8 }], 200, 100)
    expect(max).toBe(8)
    expect(bars[1]).toMatchObject({ height: 100, y: 0 })
    expect(bars[0]).toMatchObject({ height: 25, y: 75 })
    for (const b of bars) expect(b.x + b.width).toBeLessThanOrEqual(200)
  })
  it("draws nothing for no pre-orders", () => {
    expect(launchCurveBars([], 200, 100).bars).toEqual([])
  })
})
