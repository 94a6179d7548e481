import type { OnixImportSummary } from "../../../workflows/import-onix/run-onix-import"
import { reportLines, summaryLine } from "../report"

const summary: OnixImportSummary = {
  created: 3,
  updated: 1,
  unchanged: 2,
  failed: 2,
  works: 7,
  records: { total: 10, rejected: 1 },
  failures: [
    { record_references: ["WR-9"], isbns: [], kind: "rejected", reason: "missing title in TitleDetail (TitleType 01)" },
    { record_references: ["WR-1-PB", "WR-1-EB"], isbns: ["9781999000007"], title: "Capital", kind: "failed", reason: "ISBNs belong to two products" },
  ],
  warnings: ["WR-2: PublishingDate 202609 gives only a month; taken as 2026-09-01"],
  results: [],
  duration_ms: 3500,
}

describe("import report", () => {
  it("ends with the totals", () => {
    expect(summaryLine(summary)).toBe("created 3 · updated 1 · unchanged 2 · failed 2")
    expect(reportLines(summary).at(-1)).toBe("created 3 · updated 1 · unchanged 2 · failed 2")
  })

  it("names every failed record by RecordReference with its reason, then the warnings and the rate", () => {
    expect(reportLines(summary)).toEqual([
      "✗ WR-9 rejected: missing title in TitleDetail (TitleType 01)",
      '✗ WR-1-PB, WR-1-EB failed ("Capital"): ISBNs belong to two products',
      "! WR-2: PublishingDate 202609 gives only a month; taken as 2026-09-01",
      "10 records, 7 works in 3.5 s (2.0 works/s)",
      "created 3 · updated 1 · unchanged 2 · failed 2",
    ])
  })

  it("shows the first 20 warnings and counts the rest", () => {
    const many = { ...summary, failures: [], warnings: Array.from({ length: 25 }, (_, i) => `w${i}`) }
    const lines = reportLines(many)
    expect(lines.filter((l) => l.startsWith("! w"))).toHaveLength(20)
    expect(lines).toContain("! … and 5 more warnings (write them all with --json <file>)")
  })
})
