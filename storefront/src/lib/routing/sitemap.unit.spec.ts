import { describe, expect, it } from "@jest/globals"
import {
  bookRange,
  booksPerFile,
  countrySitemapUrls,
  escapeXml,
  parseSitemapFileName,
  sitemapFileName,
  sitemapFiles,
  sitemapIndexXml,
  urlsetXml,
} from "./sitemap"

const base = new URL("https://books.example")

describe("sitemap files", () => {
  it("gives each country one file for a small catalogue", () => {
    expect(sitemapFiles(["us", "gb"], 14).map(sitemapFileName)).toEqual(["gb-0.xml", "us-0.xml"])
  })

  it("splits a large catalogue so no file passes 50,000 URLs", () => {
    const files = sitemapFiles(["gb"], 100_000)
    expect(files.map(sitemapFileName)).toEqual(["gb-0.xml", "gb-1.xml", "gb-2.xml"])
    expect(bookRange(2)).toEqual({ from: 2 * booksPerFile, to: 3 * booksPerFile })
    expect(booksPerFile).toBeLessThan(50_000)
  })

  it("reads file names back, refusing anything else", () => {
    expect(parseSitemapFileName("gb-1.xml")).toEqual({ country: "gb", part: 1 })
    for (const name of ["gb.xml", "GB-0.xml", "gb-0.xml.gz", "../gb-0.xml", "gb--1.xml"]) {
      expect(parseSitemapFileName(name)).toBeNull()
    }
  })
})

describe("a country's sitemap", () => {
  it("lists the home page, catalogue, series, authors and books of the country", () => {
    const urls = countrySitemapUrls({
      base,
      country: "us",
      part: 0,
      series: ["classics-of-marxism"],
      authors: ["alan-woods"],
      books: [{ handle: "reason-in-revolt" }],
    }).map((url) => url.loc)
    expect(urls).toEqual([
      "https://books.example/us",
      "https://books.example/us/books",
      "https://books.example/us/series",
      "https://books.example/us/series/classics-of-marxism",
      "https://books.example/us/authors/alan-woods",
      "https://books.example/us/books/reason-in-revolt",
    ])
  })

  it("lists only books in a later file", () => {
    const urls = countrySitemapUrls({ base, country: "gb", part: 1, series: ["s"], authors: ["a"], books: [{ handle: "b" }] })
    expect(urls.map((url) => url.loc)).toEqual(["https://books.example/gb/books/b"])
  })
})

describe("sitemap XML", () => {
  it("escapes what XML needs escaped", () => {
    expect(escapeXml(`a&b<c>"d'`)).toBe("a&amp;b&lt;c&gt;&quot;d&apos;")
    expect(urlsetXml([{ loc: "https://x/?a=1&b=2", priority: 1 }])).toContain(
      "<url><loc>https://x/?a=1&amp;b=2</loc><priority>1.0</priority></url>"
    )
  })

  it("writes an index of sitemap files", () => {
    const xml = sitemapIndexXml(["https://books.example/sitemaps/gb-0.xml"])
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex /)
    expect(xml).toContain("<sitemap><loc>https://books.example/sitemaps/gb-0.xml</loc></sitemap>")
  })
})
