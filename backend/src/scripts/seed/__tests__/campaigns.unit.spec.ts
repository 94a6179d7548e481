import { campaignInput, CAMPAIGNS } from "../campaigns"
import { handleFor } from "../product-input"
import { TITLES } from "../titles"
import { statusAt } from "../../../modules/campaign/lib/status"
import { slugProblem } from "../../../modules/campaign/lib/status"

describe("demo campaigns", () => {
  const handles = new Set(TITLES.map(handleFor))

  it("feature only books the seed creates", () => {
    for (const campaign of CAMPAIGNS) {
      expect(campaign.handles.filter((h) => !handles.has(h))).toEqual([])
    }
  })

  it("have #LeninLives live today with In Defence of Lenin first, and one ended campaign", () => {
    const now = new Date()
    const states = CAMPAIGNS.map((c) => [c.slug, statusAt(campaignInput(c, [], now), now)])
    expect(states).toContainEqual(["lenin-lives", "live"])
    expect(states.some(([, state]) => state === "ended")).toBe(true)
    expect(CAMPAIGNS.find((c) => c.slug === "lenin-lives")?.handles[0]).toBe("in-defence-of-lenin")
    for (const c of CAMPAIGNS) expect(slugProblem(c.slug)).toBeNull()
  })
})
