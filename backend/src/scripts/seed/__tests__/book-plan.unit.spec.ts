import { isoDate, publicationDateFor, releaseDate, sameBook, wantedBook, type BookState } from "../book-plan"
import { TITLES } from "../titles"

const title = (name: string) => {
  const found = TITLES.find((t) => t.title === name)
  if (!found) throw new Error(`no title ${name}`)
  return found
}
const now = new Date("2026-11-22T15:30:00.000Z")
const lenin = title("In Defence of Lenin")

describe("releaseDate", () => {
  it("is midnight UTC of the day the given weeks later", () => {
    expect(releaseDate(now, 6)).toBe("2027-01-03T00:00:00.000Z")
  })
})

describe("wantedBook", () => {
  it("credits contributors by handle in the order of the catalogue, with roles", () => {
    expect(wantedBook(title("Writings on Britain"), null, now).credits).toEqual([
      { handle: "leon-trotsky", role: "author" },
      { handle: "rob-sewell", role: "introduction" },
    ])
    expect(wantedBook(title("Reason in Revolt"), null, now).credits.map((c) => c.handle)).toEqual(["ted-grant", "alan-woods"])
  })

  it("describes an active title with its formats and pages, and its date only when known", () => {
    const reason = wantedBook(title("Reason in Revolt"), null, now)
    expect(reason).toMatchObject({
      subtitle: "Marxist Philosophy and Modern Science",
      publishing_status: "active",
      language: "eng",
      publication_date: null,
    })
    expect(reason.formats).toEqual([
      { sku: "9781999990114", format: "paperback", pages: 440 },
      { sku: expect.any(String), format: "ebook", pages: 440 },
    ])
    expect(wantedBook(title("The History of Philosophy"), null, now).publication_date).toBe("2021-09-26T00:00:00.000Z")
  })

  it("makes In Defence of Lenin forthcoming, six weeks after the first run", () => {
    expect(wantedBook(lenin, null, now)).toMatchObject({ publishing_status: "forthcoming", publication_date: "2027-01-03T00:00:00.000Z" })
  })
})

describe("publicationDateFor a forthcoming title", () => {
  const stored = { publishing_status: "forthcoming" as const, publication_date: "2026-12-20T00:00:00.000Z" }

  it("keeps the stored date on later runs while the title is forthcoming", () => {
    expect(publicationDateFor(lenin, stored, now)).toBe(stored.publication_date)
  })

  it("sets a new date when staff changed the status or the date has passed", () => {
    expect(publicationDateFor(lenin, { ...stored, publishing_status: "postponed" }, now)).toBe(releaseDate(now, 6))
    expect(publicationDateFor(lenin, { ...stored, publication_date: "2026-11-01T00:00:00.000Z" }, now)).toBe(releaseDate(now, 6))
    expect(publicationDateFor(lenin, { ...stored, publication_date: null }, now)).toBe(releaseDate(now, 6))
  })
})

describe("sameBook", () => {
  const wanted = wantedBook(title("Lenin and Trotsky"), null, now)
  const stored = (change: Partial<BookState> = {}): BookState => ({ ...wanted, ...change })

  it("is true when the stored book is what the seed wants, ignoring formats staff added", () => {
    expect(sameBook(wanted, stored())).toBe(true)
    expect(sameBook(wanted, stored({ formats: [...wanted.formats, { sku: "9780306406157", format: "hardback", pages: 1 }] }))).toBe(true)
  })

  it("is false when a detail, the credit order, a role, a format or its pages differ", () => {
    const [first, second, third] = wanted.credits
    expect(sameBook(wanted, stored({ edition: null }))).toBe(false)
    expect(sameBook(wanted, stored({ credits: [second, first, third].filter((c) => c !== undefined) }))).toBe(false)
    expect(sameBook(wanted, stored({ credits: wanted.credits.map((c) => ({ ...c, role: "editor" as const })) }))).toBe(false)
    expect(sameBook(wanted, stored({ formats: wanted.formats.slice(1) }))).toBe(false)
    expect(sameBook(wanted, stored({ formats: wanted.formats.map((f) => ({ ...f, pages: null })) }))).toBe(false)
  })

  it("keeps a forthcoming title unchanged on a later run", () => {
    const first = wantedBook(lenin, null, now)
    const later = new Date(now.getTime() + 3 * 24 * 3600 * 1000)
    expect(sameBook(wantedBook(lenin, first, later), first)).toBe(true)
  })
})

describe("isoDate", () => {
  it("normalises dates as the query returns them", () => {
    expect(isoDate(new Date("2021-09-26T00:00:00Z"))).toBe("2021-09-26T00:00:00.000Z")
    expect(isoDate("2021-09-26T00:00:00.000Z")).toBe("2021-09-26T00:00:00.000Z")
    expect(isoDate(null)).toBeNull()
    expect(isoDate("not a date")).toBeNull()
  })
})
