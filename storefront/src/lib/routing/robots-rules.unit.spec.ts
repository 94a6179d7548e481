import { describe, expect, it } from "@jest/globals"
import { disallowedPaths } from "./robots-rules"

describe("disallowedPaths", () => {
  it("keeps crawlers out of each country's cart, checkout, account and search, and the API", () => {
    const paths = disallowedPaths(["us", "gb"])
    expect(paths).toContain("/api/")
    for (const path of ["/gb/cart$", "/gb/cart/", "/us/checkout$", "/us/account/", "/gb/search?"]) expect(paths).toContain(path)
  })

  it("never blocks a book whose handle starts with a private word", () => {
    const blocked = (path: string) =>
      disallowedPaths(["gb"]).some((rule) =>
        rule.endsWith("$") ? path === rule.slice(0, -1) : path.startsWith(rule)
      )
    expect(blocked("/gb/books/cartography-of-revolt")).toBe(false)
    expect(blocked("/gb/cart")).toBe(true)
    expect(blocked("/gb/checkout/review")).toBe(true)
  })

  it("falls back to wildcards without the list of countries", () => {
    expect(disallowedPaths(null)).toContain("/*/cart$")
  })
})
