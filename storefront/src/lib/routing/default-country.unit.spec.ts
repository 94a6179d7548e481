import { describe, expect, it } from "@jest/globals"
import { defaultCountry } from "./default-country"

describe("defaultCountry", () => {
  it("is the United Kingdom unless configured", () => {
    expect(defaultCountry({})).toBe("gb")
    expect(defaultCountry({ DEFAULT_COUNTRY: "US" })).toBe("us")
  })

  it("ignores a value that is not a country code", () => {
    expect(defaultCountry({ DEFAULT_COUNTRY: "united-kingdom" })).toBe("gb")
  })
})
