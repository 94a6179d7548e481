import { describe, expect, it } from "@jest/globals"
import { checkAddress, checkRegistration, checkSignIn, normaliseEmail, postcodeError } from "./validation"

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

const reader = { firstName: "Rosa", lastName: "Luxemburg", email: "rosa@example.com", password: "spartakus1919" }

describe("registration", () => {
  it("accepts a complete form and cleans the e-mail", () => {
    const checked = checkRegistration(form({ ...reader, email: "  Rosa@Example.COM " }))
    expect(checked).toEqual({ ok: true, values: { ...reader, email: "rosa@example.com" } })
  })

  it("names every missing field", () => {
    const checked = checkRegistration(form({}))
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(Object.keys(checked.errors).sort()).toEqual(["email", "firstName", "lastName", "password"])
  })

  it("refuses an invalid e-mail", () => {
    for (const email of ["rosa", "rosa@", "@example.com", "rosa@example", "ro sa@example.com", "rosa@@example.com"]) {
      const checked = checkRegistration(form({ ...reader, email }))
      expect(checked.ok ? null : checked.errors.email).toMatch(/e-mail address like/)
    }
  })

  it("refuses a short password and says how long it must be", () => {
    const checked = checkRegistration(form({ ...reader, password: "short" }))
    expect(checked.ok ? null : checked.errors.password).toBe("Use at least 8 characters for your password")
  })

  it("refuses a password of spaces only, and keeps spaces a reader typed in a real one", () => {
    const blank = checkRegistration(form({ ...reader, password: "          " }))
    expect(blank.ok ? null : blank.errors.password).toMatch(/only spaces/)
    const spaced = checkRegistration(form({ ...reader, password: " two words " }))
    expect(spaced.ok && spaced.values.password).toBe(" two words ")
  })
})

describe("sign-in", () => {
  it("needs an e-mail and a password", () => {
    const checked = checkSignIn(form({ email: "", password: "" }))
    expect(checked.ok ? null : checked.errors).toEqual({ email: "Enter your e-mail address", password: "Enter your password" })
  })

  it("does not judge the password's length (old accounts may have shorter ones)", () => {
    expect(checkSignIn(form({ email: "rosa@example.com", password: "x" })).ok).toBe(true)
  })
})

describe("addresses", () => {
  const allowed = new Set(["gb", "us", "de", "ie"])
  const address = {
    firstName: "Rosa",
    lastName: "Luxemburg",
    address1: "1 Red Lion Square",
    city: "London",
    postalCode: "wc1r 4rl",
    countryCode: "GB",
  }

  it("accepts a UK address and normalises postcode and country", () => {
    const checked = checkAddress(form(address), allowed)
    expect(checked.ok).toBe(true)
    expect(checked.values.postalCode).toBe("WC1R 4RL")
    expect(checked.values.countryCode).toBe("gb")
  })

  it("limits the country to those the shop delivers to", () => {
    const checked = checkAddress(form({ ...address, countryCode: "fr" }), allowed)
    expect(checked.ok ? null : checked.errors.countryCode).toBe("Choose a country the shop delivers to")
  })

  it("names the missing street, city and postcode", () => {
    const checked = checkAddress(form({ ...address, address1: " ", city: "", postalCode: "" }), allowed)
    expect(checked.ok ? null : checked.errors).toEqual({
      address1: "Enter the street address",
      city: "Enter the town or city",
      postalCode: "Enter the postcode",
    })
  })

  it("checks the postcode's shape for the chosen country", () => {
    expect(postcodeError("SW1A 1AA", "gb")).toBeUndefined()
    expect(postcodeError("12345", "gb")).toBe("Enter a postcode like SW1A 1AA")
    expect(postcodeError("10001-1234", "us")).toBeUndefined()
    expect(postcodeError("1000", "us")).toBe("Enter a postcode like 10001")
    expect(postcodeError("", "ie")).toBeUndefined()
    expect(postcodeError("D02 X285", "ie")).toBeUndefined()
  })

  it("accepts a phone number with usual punctuation and refuses letters", () => {
    expect(checkAddress(form({ ...address, phone: "+44 (0)20 7946-0000" }), allowed).ok).toBe(true)
    const checked = checkAddress(form({ ...address, phone: "call me" }), allowed)
    expect(checked.ok ? null : checked.errors.phone).toMatch(/phone number/)
  })
})

describe("normaliseEmail", () => {
  it("trims and lower-cases", () => {
    expect(normaliseEmail("  Ada@Example.org\n")).toBe("ada@example.org")
  })
})
