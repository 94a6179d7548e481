import { readFileSync } from "node:fs"
import { join } from "node:path"
import { OnixParseError, parseOnix } from "../parse-onix"
import type { OnixRecord, OnixRecordResult } from "../types"
import { describeRejection } from "../duplicates"
import { messageXml, productXml } from "./build-onix"

const fixture = (name: string): string => readFileSync(join(__dirname, "..", "__fixtures__", name), "utf8")

const valid = (results: OnixRecordResult[]): OnixRecord[] => results.flatMap((r) => (r.ok ? [r.value] : []))
const byRef = (results: OnixRecordResult[], ref: string): OnixRecord => {
  const record = valid(results).find((r) => r.recordReference === ref)
  if (record === undefined) throw new Error(`no valid record ${ref}`)
  return record
}

describe("parseOnix on the Wellred demo feed", () => {
  const { release, header, records } = parseOnix(fixture("wellred-catalogue.xml"))

  it("reads the header and accepts every product", () => {
    expect(release).toBe("3.0")
    expect(header).toEqual({ senderName: "Wellred Books", sentDateTime: "20250301T0900Z", defaultLanguageOfText: "eng" })
    expect(records.map((r) => r.ok)).toEqual([true, true, true, true, true, true])
  })

  it("maps ProductForm to the formats staff see", () => {
    expect(valid(records).map((r) => [r.recordReference, r.format])).toEqual([
      ["WR-RIR-PB", "Paperback"],
      ["WR-RIR-EB", "Ebook"],
      ["WR-BOL-HB", "Hardback"],
      ["WR-IDOL1-PB", "Paperback"],
      ["WR-IDOL2-PB", "Paperback"],
      ["WR-WOB-HB", "Hardback"],
    ])
  })

  it("keeps ISBNs exact: hyphens removed, GTIN-13 of a 978 book accepted", () => {
    expect(byRef(records, "WR-RIR-PB").isbn13).toBe("9781999990114")
    expect(byRef(records, "WR-BOL-HB").isbn13).toBe("9781999990220")
    expect(byRef(records, "WR-IDOL1-PB").isbn13).toBe("9781999990510")
  })

  it("orders contributors by SequenceNumber and writes names the natural way", () => {
    const rir = byRef(records, "WR-RIR-PB")
    expect(rir.contributors.map((c) => [c.name, c.role])).toEqual([
      ["Ted Grant", "author"],
      ["Alan Woods", "author"],
    ])
    expect(rir.contributors[0]?.bio).toBe("Ted Grant (1913–2006) was a Marxist theoretician.")
    expect(byRef(records, "WR-WOB-HB").contributors).toEqual([
      { name: "Leon Trotsky", role: "author" },
      { name: "Rob Sewell", role: "introduction" },
    ])
  })

  it("ignores roles the shop does not show, with a warning naming the person", () => {
    const bolshevism = byRef(records, "WR-BOL-HB")
    expect(bolshevism.contributors).toEqual([{ name: "Alan Woods", role: "author" }])
    expect(bolshevism.warnings).toContain("ContributorRole A36 for Demo Cover Designer is not imported and was ignored")
  })

  it("reads title, subtitle, pages, language, edition, subjects and series", () => {
    const rir = byRef(records, "WR-RIR-PB")
    expect(rir).toMatchObject({
      title: "Reason in Revolt",
      subtitle: "Marxist Philosophy and Modern Science",
      pages: 440,
      language: "eng",
      editionNumber: 1,
      status: "active",
      publishingStatusCode: "04",
      publishingDate: "1995-06-01",
      relatedFormatIsbns: ["9781999990138"],
    })
    expect(rir.subjects).toEqual([
      { scheme: "thema", schemeIdentifier: "93", code: "QDTK", main: true },
      { scheme: "bisac", schemeIdentifier: "10", code: "PHI019000", heading: "PHILOSOPHY / Political", main: false },
    ])
    expect(byRef(records, "WR-IDOL1-PB")).toMatchObject({ series: { title: "Lenin centenary", partNumber: "1" }, pages: 560 })
    expect(byRef(records, "WR-WOB-HB").series).toEqual({ title: "Classics of Marxism" })
  })

  it("turns XHTML and escaped HTML descriptions into plain paragraphs, scripts dropped", () => {
    expect(byRef(records, "WR-RIR-PB").description).toBe(
      "Demo description. Grant & Woods test dialectical materialism against modern science.\n\nFrom physics to biology."
    )
    const lenin = byRef(records, "WR-IDOL1-PB").description
    expect(lenin).toBe("Demo description of the first volume.\n\nLenin’s life to April 1917.")
    expect(byRef(records, "WR-BOL-HB")).toMatchObject({
      description: "The history of the Bolshevik party, 1883–1917. Demo text.",
      shortDescription: "The history of the Bolshevik party, 1883–1917. Demo text.",
    })
  })

  it("marks In Defence of Lenin as forthcoming with its publication date", () => {
    expect(byRef(records, "WR-IDOL1-PB")).toMatchObject({ status: "forthcoming", publishingDate: "2026-04-15" })
    const volume2 = byRef(records, "WR-IDOL2-PB")
    expect(volume2.publishingDate).toBe("2026-09-01")
    expect(volume2.warnings).toContain("PublishingDate 202609 gives only a month; taken as 2026-09-01")
  })

  it("takes one price per currency in major units, preferring RRP including tax", () => {
    expect(byRef(records, "WR-RIR-PB").prices).toEqual([
      { currency_code: "gbp", amount: 9.95 },
      { currency_code: "usd", amount: 16.95 },
      { currency_code: "eur", amount: 12.5 },
    ])
    // GBP is sent as trade (05, ignored), RRP ex tax 14.00 and RRP inc tax 15.00.
    expect(byRef(records, "WR-BOL-HB").prices).toEqual([
      { currency_code: "gbp", amount: 15 },
      { currency_code: "usd", amount: 24 },
    ])
  })
})

describe("parseOnix on a feed with broken records", () => {
  const { records } = parseOnix(fixture("bad-records.xml"))
  const rejected = (ref: string): string[] => {
    const result = records.find((r) => !r.ok && r.recordReference === ref)
    return result && !result.ok ? result.reasons : []
  }

  it("still lets the good records through", () => {
    expect(valid(records).map((r) => r.recordReference)).toEqual(["WR-CHARTIST-PB", "WR-LABOUR-PB"])
  })

  it("names the field and the bad value in each reason", () => {
    expect(rejected("WR-BAD-ISBN")).toEqual([
      "invalid ISBN-13 9781999990115 in ProductIdentifier (check digit should be 4)",
    ])
    expect(rejected("WR-BAD-CURRENCY")).toEqual(["unknown currency code XYZ in Price (PriceAmount 14.99)"])
    expect(rejected("WR-NO-TITLE")).toEqual(["missing title in TitleDetail (TitleType 01)"])
    expect(rejected("WR-AUDIO")[0]).toMatch(/^unsupported ProductForm AJ in DescriptiveDetail/)
  })

  it("rejects a second record with the same ISBN instead of merging it", () => {
    expect(rejected("WR-CHARTIST-DUP")).toEqual([
      "duplicate ISBN-13 9781999990718 in ProductIdentifier: already used by record WR-CHARTIST-PB (product 1)",
    ])
  })

  it("describes each rejection with its RecordReference for the import report", () => {
    expect(records.map(describeRejection).filter(Boolean)).toEqual([
      "WR-BAD-ISBN (product 2): invalid ISBN-13 9781999990115 in ProductIdentifier (check digit should be 4)",
      "WR-BAD-CURRENCY (product 3): unknown currency code XYZ in Price (PriceAmount 14.99)",
      "WR-NO-TITLE (product 4): missing title in TitleDetail (TitleType 01)",
      expect.stringMatching(/^WR-AUDIO \(product 5\): unsupported ProductForm AJ/),
      "WR-CHARTIST-DUP (product 7): duplicate ISBN-13 9781999990718 in ProductIdentifier: already used by record WR-CHARTIST-PB (product 1)",
    ])
  })
})

describe("parseOnix refuses documents it cannot read", () => {
  const parseError = (xml: string): OnixParseError => {
    try {
      parseOnix(xml)
    } catch (error) {
      if (error instanceof OnixParseError) return error
      throw error
    }
    throw new Error("expected an OnixParseError")
  }

  it("reports malformed XML with the parser's line and column", () => {
    const error = parseError(fixture("malformed.xml"))
    expect(error.message).toMatch(/^Malformed XML at line 10, column \d+: .*IDValue/)
    expect(error.line).toBe(10)
  })

  it("says when the document is not ONIX at all", () => {
    expect(parseError("<catalogue><book/></catalogue>").message).toBe(
      "Not an ONIX message: the root element is <catalogue>, expected <ONIXMessage>"
    )
    expect(parseError("").message).toMatch(/^Malformed XML/)
  })

  it("refuses ONIX 2.1 and other releases", () => {
    expect(parseError("<ONIXMessage><Product/></ONIXMessage>").message).toMatch(/Only ONIX 3\.x is supported.*missing/)
    expect(parseError('<ONIXMessage release="2.1"/>').message).toMatch(/Only ONIX 3\.x is supported.*"2\.1"/)
    expect(parseOnix('<ONIXMessage release="3.1"/>').records).toEqual([])
  })

  it("says that only reference tags are supported", () => {
    expect(parseError('<ONIXmessage release="3.0"><product/></ONIXmessage>').message).toMatch(/Short-tag ONIX is not supported/)
    expect(parseError('<ONIXMessage release="3.0"><product/></ONIXMessage>').message).toMatch(/only ONIX 3\.0 reference tags/)
  })

  it("does not expand entities declared in a DOCTYPE", () => {
    const xml = `<!DOCTYPE ONIXMessage [<!ENTITY boom "boom">]>${messageXml([productXml()])}`
    expect(parseError(xml).message).toBe("DOCTYPE entity declarations are not supported in ONIX files")
  })
})
