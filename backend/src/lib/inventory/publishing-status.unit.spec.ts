import { forthcomingReleaseProblem, publishingStatusAction, publishingStatusChange } from "./publishing-status"

describe("publishingStatusChange", () => {
  it("reports a new status, also for a book saved for the first time", () => {
    expect(publishingStatusChange("active", "cancelled")).toBe("cancelled")
    expect(publishingStatusChange(null, "forthcoming")).toBe("forthcoming")
  })
  it("is null when the status stays or is not given", () => {
    expect(publishingStatusChange("postponed", "postponed")).toBeNull()
    expect(publishingStatusChange("active", undefined)).toBeNull()
  })
})

describe("publishingStatusAction", () => {
  it("maps each status to what happens to pre-orders", () => {
    expect(publishingStatusAction("forthcoming")).toBe("open-terms")
    expect(publishingStatusAction("postponed")).toBe("notify-postponed")
    expect(publishingStatusAction("cancelled")).toBe("cancel-preorders")
    expect(publishingStatusAction("active")).toBe("none")
  })
})

describe("forthcomingReleaseProblem", () => {
  const now = new Date("2026-11-22T10:00:00.000Z")
  it("accepts a publication date ahead", () => {
    expect(forthcomingReleaseProblem("2027-03-01", now)).toBeNull()
  })
  it("explains a missing, past or present date", () => {
    expect(forthcomingReleaseProblem(null, now)).toMatch(/no publication date/)
    expect(forthcomingReleaseProblem("2020-01-01", now)).toMatch(/2020-01-01 is not in the future/)
    expect(forthcomingReleaseProblem(now, now)).toMatch(/not in the future/)
    expect(forthcomingReleaseProblem("soon", now)).toMatch(/not a date/)
  })
})
