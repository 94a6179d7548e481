import { isAttributedTo, mergeTouch, readAttribution, withTouch } from "../attribution"

const touch = (slug: string, at: string) => ({ slug, at })

describe("campaign attribution (first and last touch)", () => {
  it("makes the first touch both first and last", () => {
    const t = touch("lenin-lives", "2026-01-01T10:00:00.000Z")
    expect(mergeTouch(null, t)).toEqual({ first: t, last: t })
  })

  it("keeps the first touch and moves the last one", () => {
    const a = touch("lenin-lives", "2026-01-01T10:00:00.000Z")
    const b = touch("year-end", "2026-01-02T10:00:00.000Z")
    expect(mergeTouch(mergeTouch(null, a), b)).toEqual({ first: a, last: b })
  })

  it("does not let an older touch arriving late replace the last one", () => {
    const a = touch("a", "2026-01-02T00:00:00.000Z")
    const b = touch("b", "2026-01-03T00:00:00.000Z")
    const old = touch("c", "2026-01-01T00:00:00.000Z")
    expect(mergeTouch({ first: a, last: b }, old)).toEqual({ first: old, last: b })
  })

  it("keeps the cart's other metadata when it records a touch", () => {
    const t = touch("lenin-lives", "2026-01-01T10:00:00.000Z")
    expect(withTouch({ gift: true }, t)).toEqual({ gift: true, campaign_attribution: { first: t, last: t } })
  })

  it("ignores malformed attribution instead of trusting it", () => {
    expect(readAttribution({ campaign_attribution: { first: { slug: "x" } } })).toBeNull()
    expect(readAttribution({ campaign_attribution: "lenin-lives" })).toBeNull()
    expect(readAttribution(null)).toBeNull()
    const t = touch("x", "not a date")
    expect(readAttribution({ campaign_attribution: { first: t, last: t } })).toBeNull()
  })

  it("attributes an order to its first and to its last campaign, not to one in between", () => {
    const attribution = { first: touch("a", "2026-01-01T00:00:00Z"), last: touch("c", "2026-01-03T00:00:00Z") }
    expect(isAttributedTo(attribution, "a")).toBe(true)
    expect(isAttributedTo(attribution, "c")).toBe(true)
    expect(isAttributedTo(attribution, "b")).toBe(false)
    expect(isAttributedTo(null, "a")).toBe(false)
  })
})
