import { localDay, parsePreorderForm, preorderFormValues } from "./preorder-form"

const opening = { today: "2026-11-22", opening: true, claimed: 0 }

describe("parsePreorderForm", () => {
  it("turns a release day and a cap into the API body", () => {
    expect(parsePreorderForm({ releaseDate: "2027-01-21", cap: " 300 " }, opening)).toEqual({
      ok: true,
      body: { release_date: "2027-01-21", cap: 300 },
    })
  })

  it("sends no cap when the field is empty", () => {
    expect(parsePreorderForm({ releaseDate: "2027-01-21", cap: "" }, opening)).toEqual({ ok: true, body: { release_date: "2027-01-21", cap: null } })
  })

  it("asks for a date when it is missing or not a day", () => {
    for (const releaseDate of ["", "21/01/2027", "2027-13-45"]) {
      const result = parsePreorderForm({ releaseDate, cap: "" }, opening)
      expect(result).toEqual({ ok: false, errors: { releaseDate: "Enter the release date, e.g. 2027-01-21" } })
    }
  })

  it("refuses today or a past day for a new pre-order, but lets open terms keep theirs", () => {
    expect(parsePreorderForm({ releaseDate: "2026-11-22", cap: "" }, opening)).toMatchObject({
      ok: false,
      errors: { releaseDate: "A new pre-order needs a release date after today" },
    })
    expect(parsePreorderForm({ releaseDate: "2026-11-01", cap: "" }, { ...opening, opening: false })).toMatchObject({ ok: true })
  })

  it("refuses a cap that is not a whole number above zero", () => {
    for (const cap of ["0", "-3", "2.5", "ten"]) {
      expect(parsePreorderForm({ releaseDate: "2027-01-21", cap }, opening)).toEqual({
        ok: false,
        errors: { cap: "The cap is a whole number above zero; leave it empty for no cap" },
      })
    }
  })

  it("refuses a cap below the copies already pre-ordered", () => {
    expect(parsePreorderForm({ releaseDate: "2027-01-21", cap: "4" }, { ...opening, opening: false, claimed: 7 })).toEqual({
      ok: false,
      errors: { cap: "7 copies are already pre-ordered; the cap cannot go below that" },
    })
    expect(parsePreorderForm({ releaseDate: "2027-01-21", cap: "7" }, { ...opening, opening: false, claimed: 7 })).toMatchObject({ ok: true })
  })

  it("reports both fields at once", () => {
    expect(parsePreorderForm({ releaseDate: "", cap: "0" }, opening)).toMatchObject({ ok: false, errors: { releaseDate: expect.any(String), cap: expect.any(String) } })
  })
})

describe("preorderFormValues", () => {
  it("starts empty without terms and from the stored day and cap with them", () => {
    expect(preorderFormValues(null)).toEqual({ releaseDate: "", cap: "" })
    expect(preorderFormValues({ release_date: "2027-01-21T00:00:00.000Z", cap: null })).toEqual({ releaseDate: "2027-01-21", cap: "" })
    expect(preorderFormValues({ release_date: "2027-01-21T00:00:00.000Z", cap: 250 })).toEqual({ releaseDate: "2027-01-21", cap: "250" })
  })
})

describe("localDay", () => {
  it("is the local calendar day, zero-padded", () => {
    expect(localDay(new Date(2027, 0, 5, 23, 30))).toBe("2027-01-05")
  })
})
