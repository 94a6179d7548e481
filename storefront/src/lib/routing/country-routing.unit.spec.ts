import { describe, expect, it } from "@jest/globals"
import { preferredCountry, routeByCountry } from "./country-routing"

const seeded = new Set(["gb", "us", "de", "fr", "es", "it", "nl", "be", "at", "ie", "pt", "fi", "ca", "au", "se", "ch"])

const route = (pathname: string, search = "", preferred = "gb") =>
  routeByCountry({ pathname, search, known: seeded, preferred: () => preferred })

describe("routeByCountry", () => {
  it("sends the home address to the visitor's country, keeping the query", () => {
    expect(route("/")).toEqual({ kind: "redirect", location: "/gb", permanent: false })
    expect(route("/", "?utm_source=news", "se")).toEqual({
      kind: "redirect",
      location: "/se?utm_source=news",
      permanent: false,
    })
  })

  it("lets country pages through", () => {
    expect(route("/gb")).toEqual({ kind: "next" })
    expect(route("/us/books/the-state")).toEqual({ kind: "next" })
  })

  it("answers an unknown first segment with a 404, never a redirect", () => {
    expect(route("/zz")).toEqual({ kind: "not-found" })
    expect(route("/books/the-state")).toEqual({ kind: "not-found" })
    expect(route("/ZZ/books")).toEqual({ kind: "not-found" })
    expect(route("/gbr")).toEqual({ kind: "not-found" })
  })

  it("leaves framework routes alone", () => {
    expect(route("/_not-found")).toEqual({ kind: "next" })
  })

  it("lets everything through when the backend's countries are unknown", () => {
    const blind = (pathname: string) => routeByCountry({ pathname, search: "", known: null, preferred: () => "gb" })
    expect(blind("/zz")).toEqual({ kind: "next" })
    expect(blind("/")).toEqual({ kind: "redirect", location: "/gb", permanent: false })
  })

  it("corrects an upper-case country once, permanently", () => {
    expect(route("/GB/books/the-state", "?a=1")).toEqual({
      kind: "redirect",
      location: "/gb/books/the-state?a=1",
      permanent: true,
    })
  })
})

describe("preferredCountry", () => {
  it("uses a CDN country header when we sell there", () => {
    expect(preferredCountry(["SE"], seeded, "gb")).toBe("se")
    expect(preferredCountry([null, "US"], seeded, "gb")).toBe("us")
  })

  it("falls back to the default country for places we do not sell to, or no header", () => {
    expect(preferredCountry(["JP"], seeded, "gb")).toBe("gb")
    expect(preferredCountry([undefined, ""], seeded, "gb")).toBe("gb")
  })

  it("trusts the default when the backend's country list is unavailable", () => {
    expect(preferredCountry(["SE"], null, "GB")).toBe("gb")
  })

  it("never sends visitors to a default the shop does not sell to", () => {
    expect(preferredCountry([], new Set(["us", "ca"]), "gb")).toBe("ca")
  })
})
