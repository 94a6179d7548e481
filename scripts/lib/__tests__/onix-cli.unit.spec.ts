import { parseImportCli, parseSeedLargeCli } from "../onix-cli.ts"

describe("npm run import:onix command line", () => {
  it("takes one file and optional --json and --concurrency (with a space or =)", () => {
    expect(parseImportCli(["feed.xml"])).toEqual({ file: "feed.xml" })
    expect(parseImportCli(["feed.xml", "--json", "out.json", "--concurrency=2"])).toEqual({ file: "feed.xml", json: "out.json", concurrency: 2 })
  })

  it("says what is wrong", () => {
    expect(parseImportCli([])).toEqual({ error: "no ONIX file given" })
    expect(parseImportCli(["a.xml", "b.xml"])).toEqual({ error: "give one ONIX file at a time" })
    expect(parseImportCli(["a.xml", "--json"])).toEqual({ error: "--json needs a value" })
    expect(parseImportCli(["a.xml", "--fast"])).toEqual({ error: "unknown option --fast" })
    expect(parseImportCli(["a.xml", "--concurrency", "99"])).toEqual({ error: "--concurrency needs a whole number from 1 to 16" })
  })
})

describe("npm run seed:large command line", () => {
  it("defaults to 10,000 titles", () => {
    expect(parseSeedLargeCli([])).toEqual({ titles: 10000 })
    expect(parseSeedLargeCli(["--titles", "10000", "--concurrency", "3"])).toEqual({ titles: 10000, concurrency: 3 })
  })

  it("refuses titles outside the ISBN block and stray words", () => {
    expect(parseSeedLargeCli(["--titles", "30001"])).toEqual({ error: "--titles needs a whole number from 1 to 30000" })
    expect(parseSeedLargeCli(["10000"])).toEqual({ error: "unexpected argument 10000" })
  })
})
