import { describe, expect, it } from "@jest/globals"
import {
  formatDay,
  isoDay,
  languageName,
  publicationBadge,
  publicationNotice,
  reshapePublication,
  todayIso,
} from "./publication"

const today = "2026-11-22"

describe("reshapePublication", () => {
  it("keeps the calendar day of the stored midnight-UTC date", () => {
    expect(reshapePublication({ publishing_status: "forthcoming", publication_date: "2026-12-15T00:00:00.000Z" })).toEqual({
      status: "forthcoming",
      date: "2026-12-15",
    })
  })

  it("treats a book without details, or with an unknown status, as published", () => {
    expect(reshapePublication(null)).toEqual({ status: "active", date: null })
    expect(reshapePublication({ publishing_status: "withdrawn" }).status).toBe("active")
    expect(isoDay("not a date")).toBeNull()
  })
})

describe("formatDay", () => {
  it("writes the date in the country's order", () => {
    expect(formatDay("2026-12-15", "gb")).toBe("15 December 2026")
    expect(formatDay("2026-12-15", "us")).toBe("December 15, 2026")
  })

  it("does not slip a day in time zones west of UTC", () => {
    expect(formatDay("2027-01-01", "ca")).toMatch(/January 1, 2027|1 January 2027/)
  })
})

describe("publicationNotice", () => {
  it("says when a forthcoming title publishes", () => {
    expect(publicationNotice({ status: "forthcoming", date: "2026-12-15" }, "gb", today)).toBe(
      "Forthcoming — publishes on 15 December 2026"
    )
  })

  it("does not promise a date that has passed or is missing", () => {
    expect(publicationNotice({ status: "forthcoming", date: "2026-01-01" }, "gb", today)).toBe(
      "Forthcoming — the publication date is not yet fixed"
    )
    expect(publicationNotice({ status: "postponed", date: null }, "gb", today)).toBe("Postponed — the new date is not yet known")
  })

  it("says nothing for a book that is out, and warns of a cancelled one", () => {
    expect(publicationNotice({ status: "active", date: "2021-05-01" }, "gb", today)).toBeNull()
    expect(publicationNotice({ status: "cancelled", date: null }, "gb", today)).toMatch(/^Cancelled/)
  })
})

describe("publicationBadge", () => {
  it("labels forthcoming cards with their date", () => {
    expect(publicationBadge({ status: "forthcoming", date: "2026-12-15" }, "us", today)).toBe("Forthcoming · Dec 15, 2026")
    expect(publicationBadge({ status: "forthcoming", date: "2026-12-15" }, "gb", today)).toBe("Forthcoming · 15 Dec 2026")
    expect(publicationBadge({ status: "forthcoming", date: null }, "gb", today)).toBe("Forthcoming")
    expect(publicationBadge({ status: "active", date: "2020-01-01" }, "gb", today)).toBeNull()
  })
})

describe("todayIso and languageName", () => {
  it("gives today's UTC day", () => {
    expect(todayIso(new Date("2026-11-22T23:30:00-05:00"))).toBe("2026-11-23")
  })

  it("names ONIX language codes in English, and keeps codes it cannot name", () => {
    expect(languageName("eng")).toBe("English")
    expect(languageName("ger")).toBe("German")
    expect(languageName("")).toBeNull()
    expect(languageName("x!")).toBe("x!")
  })
})
