import { parseImportArgs, scriptArgs } from "../args"

describe("import-onix script arguments", () => {
  it("reads the words after the script's path in argv, else Medusa's positionals", () => {
    const argv = ["/usr/bin/node", "/repo/node_modules/.bin/medusa", "exec", "./src/scripts/import-onix.ts", "/data/feed.xml"]
    expect(scriptArgs(argv, [])).toEqual(["/data/feed.xml"])
    expect(scriptArgs(["node", "medusa", "exec", "./src/scripts/import-onix.js", "a.xml"], [])).toEqual(["a.xml"])
    expect(scriptArgs(["node", "other"], ["b.xml"])).toEqual(["b.xml"])
  })

  it("takes one file, with the summary file and concurrency from the environment", () => {
    expect(parseImportArgs(["feed.xml"])).toEqual({ file: "feed.xml", concurrency: 4 })
    expect(parseImportArgs(["feed.xml"], { ONIX_IMPORT_JSON: "/tmp/s.json", ONIX_IMPORT_CONCURRENCY: "2" })).toEqual({
      file: "feed.xml",
      json: "/tmp/s.json",
      concurrency: 2,
    })
  })

  it("says what is wrong with a bad command line", () => {
    expect(parseImportArgs([])).toEqual({ error: "no ONIX file given" })
    expect(parseImportArgs(["a.xml", "b.xml"])).toEqual({ error: "one ONIX file at a time (got 2)" })
    expect(parseImportArgs(["a.xml", "--json"])).toEqual({ error: "unexpected option --json: options come from the environment" })
    expect(parseImportArgs(["a.xml"], { ONIX_IMPORT_CONCURRENCY: "0" })).toEqual({ error: "ONIX_IMPORT_CONCURRENCY must be a whole number from 1 to 16" })
  })
})
