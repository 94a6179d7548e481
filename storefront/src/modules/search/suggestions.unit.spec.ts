import { describe, expect, it } from "@jest/globals"
import { authorLine, readSuggestRequest, toSuggestion } from "./suggestions"

describe("readSuggestRequest", () => {
  it("accepts a query and a country, cutting long input", () => {
    expect(readSuggestRequest(new URLSearchParams("q=%20trotksy%20&country=GB"))).toEqual({ ok: true, q: "trotksy", country: "gb" })
    const long = readSuggestRequest(new URLSearchParams({ q: "a".repeat(1000), country: "us" }))
    expect(long.ok && long.q.length).toBe(100)
  })

  it("refuses a request without a plausible country", () => {
    expect(readSuggestRequest(new URLSearchParams("q=lenin"))).toEqual({ ok: false, error: expect.any(String) })
    expect(readSuggestRequest(new URLSearchParams("q=lenin&country=../x")).ok).toBe(false)
  })
})

describe("toSuggestion", () => {
  it("links to the book and prices it in the country's currency", () => {
    const suggestion = toSuggestion(
      {
        id: "prod_1",
        handle: "lenin-and-trotsky",
        title: "Lenin and Trotsky",
        subtitle: "What They Really Stood For",
        authors: ["Alan Woods", "Ted Grant"],
        coverUrl: null,
        price: { amount: 12.99, currencyCode: "GBP" },
        availability: "in_stock",
        preorderReleaseDate: null,
      },
      "gb"
    )
    expect(suggestion).toEqual({
      id: "prod_1",
      handle: "lenin-and-trotsky",
      href: "/gb/books/lenin-and-trotsky",
      title: "Lenin and Trotsky",
      author: "Alan Woods and Ted Grant",
      coverUrl: null,
      price: "£12.99",
    })
  })

  it("writes author lines as a reader would", () => {
    expect(authorLine([])).toBeNull()
    expect(authorLine(["Karl Marx"])).toBe("Karl Marx")
    expect(authorLine(["Marx", "Engels", "Lenin"])).toBe("Marx, Engels and Lenin")
  })
})
