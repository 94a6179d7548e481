import { datesProblem, isVisibleAt, slugProblem, statusAt } from "../status"

const window = { starts_at: "2026-01-01T00:00:00Z", ends_at: "2026-02-01T00:00:00Z" }
const at = (iso: string) => new Date(iso)

describe("campaign status at a time", () => {
  it("never shows a draft, even inside its dates", () => {
    expect(statusAt({ ...window, status: "draft" }, at("2026-01-15T00:00:00Z"))).toBe("draft")
    expect(isVisibleAt({ ...window, status: "draft" }, at("2026-01-15T00:00:00Z"))).toBe(false)
  })

  it("is live from its start (inclusive) to its end (exclusive)", () => {
    const live = { ...window, status: "live" as const }
    expect(statusAt(live, at("2025-12-31T23:59:59Z"))).toBe("scheduled")
    expect(statusAt(live, at("2026-01-01T00:00:00Z"))).toBe("live")
    expect(statusAt(live, at("2026-01-31T23:59:59Z"))).toBe("live")
    expect(statusAt(live, at("2026-02-01T00:00:00Z"))).toBe("ended")
  })

  it("hides a scheduled campaign and shows an ended one", () => {
    const live = { ...window, status: "live" as const }
    expect(isVisibleAt(live, at("2025-12-01T00:00:00Z"))).toBe(false)
    expect(isVisibleAt(live, at("2026-03-01T00:00:00Z"))).toBe(true)
  })

  it("keeps a campaign staff ended ended, even inside its dates", () => {
    expect(statusAt({ ...window, status: "ended" }, at("2026-01-15T00:00:00Z"))).toBe("ended")
  })
})

describe("campaign slugs and dates", () => {
  it("accepts lower-case words joined by hyphens", () => {
    expect(slugProblem("lenin-lives")).toBeNull()
    expect(slugProblem("year-end-2026")).toBeNull()
  })

  it.each(["Lenin-Lives", "lenin lives", "-lenin", "lenin--lives", "lenin_lives", "x", "a".repeat(81), "léninlives", "../admin"])(
    "refuses %p with a message",
    (slug) => {
      expect(slugProblem(slug)).toMatch(/slug/)
    }
  )

  it("refuses an end before or at the start", () => {
    expect(datesProblem("2026-02-01", "2026-01-01")).toMatch(/after/)
    expect(datesProblem("2026-02-01", "2026-02-01")).toMatch(/after/)
    expect(datesProblem("2026-01-01", "2026-02-01")).toBeNull()
    expect(datesProblem("soon", "2026-02-01")).toMatch(/dates/)
  })
})
