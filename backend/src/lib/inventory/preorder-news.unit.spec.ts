import { releaseDateChangeTemplate, releaseDay } from "./preorder-news"

describe("news of a changed release date", () => {
  it("a later day is a postponement, an earlier day a new date", () => {
    expect(releaseDateChangeTemplate("2027-01-03T00:00:00Z", "2027-02-01T00:00:00Z")).toBe("preorder-postponed")
    expect(releaseDateChangeTemplate(new Date("2027-02-01T00:00:00Z"), "2027-01-03")).toBe("preorder-release-date-changed")
  })

  it("the same day is no news, whatever the time", () => {
    expect(releaseDateChangeTemplate("2027-01-03T00:00:00Z", "2027-01-03T15:30:00Z")).toBeNull()
    expect(releaseDay("2027-01-03T15:30:00Z")).toBe("2027-01-03")
  })
})
