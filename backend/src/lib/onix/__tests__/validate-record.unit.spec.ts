import { parseOnix } from "../parse-onix"
import type { OnixRecord, OnixRecordResult } from "../types"
import { contributorXml, isbnId, messageXml, priceXml, productXml } from "./build-onix"
import type { ProductParts } from "./build-onix"

const parseOne = (parts: ProductParts, header = ""): OnixRecordResult => {
  const [result] = parseOnix(messageXml([productXml(parts)], header)).records
  if (result === undefined) throw new Error("no record parsed")
  return result
}
const record = (parts: ProductParts, header = ""): OnixRecord => {
  const result = parseOne(parts, header)
  if (!result.ok) throw new Error(`rejected: ${result.reasons.join("; ")}`)
  return result.value
}
const reasons = (parts: ProductParts): string[] => {
  const result = parseOne(parts)
  return result.ok ? [] : result.reasons
}

describe("ISBN-13 in ProductIdentifier", () => {
  it("rejects a missing ISBN and a GTIN that is not a book", () => {
    expect(reasons({ identifiers: "" })).toEqual(["missing ISBN-13 in ProductIdentifier"])
    expect(reasons({ identifiers: isbnId("4006381333931", "03") })).toEqual([
      "missing ISBN-13 in ProductIdentifier (GTIN-13 4006381333931 is not an ISBN)",
    ])
  })

  it("says what is wrong with an invalid one", () => {
    expect(reasons({ identifiers: isbnId("97819999901") })).toEqual(["invalid ISBN-13 97819999901 in ProductIdentifier (not 13 digits)"])
    expect(reasons({ identifiers: isbnId("1234567890128") })).toEqual([
      "invalid ISBN-13 1234567890128 in ProductIdentifier (does not start with 978 or 979)",
    ])
  })

  it("prefers ProductIDType 15 over 03", () => {
    expect(record({ identifiers: isbnId("9781999990213", "03") + isbnId("9781999990114") }).isbn13).toBe("9781999990114")
  })
})

describe("contributors", () => {
  it("maps A01, B01, B06 and A24, one entry per role, in SequenceNumber order", () => {
    const { contributors } = record({
      descriptive: [
        contributorXml(3, ["B06"], "<PersonNameInverted>Burns, Emile</PersonNameInverted>"),
        contributorXml(1, ["A01"], "<PersonName>Friedrich Engels</PersonName>"),
        contributorXml(2, ["B01", "A24"], "<NamesBeforeKey>Alan</NamesBeforeKey><KeyNames>Woods</KeyNames>"),
      ].join(""),
    })
    expect(contributors).toEqual([
      { name: "Friedrich Engels", role: "author" },
      { name: "Alan Woods", role: "editor" },
      { name: "Alan Woods", role: "introduction" },
      { name: "Emile Burns", role: "translator" },
    ])
  })

  it("keeps a particle between first and key names and warns about nameless contributors", () => {
    const result = record({
      descriptive:
        contributorXml(1, ["A01"], "<NamesBeforeKey>Ludwig</NamesBeforeKey><PrefixToKey>von</PrefixToKey><KeyNames>Mises</KeyNames>") +
        contributorXml(2, ["A01"], "<UnnamedPersons>02</UnnamedPersons>"),
    })
    expect(result.contributors).toEqual([{ name: "Ludwig von Mises", role: "author" }])
    expect(result.warnings).toContain("Contributor 2 has no name and was ignored")
  })
})

describe("ProductForm", () => {
  it("accepts EA only with an ebook file format in ProductFormDetail", () => {
    expect(record({ form: "EA", formDetails: "<ProductFormDetail>E107</ProductFormDetail>" })).toMatchObject({
      format: "Ebook",
      productForm: "EA",
      productFormDetails: ["E107"],
    })
    expect(reasons({ form: "EA", formDetails: "<ProductFormDetail>E200</ProductFormDetail>" })[0]).toMatch(
      /^unsupported ProductForm EA with ProductFormDetail E200 in DescriptiveDetail/
    )
  })
})

describe("prices", () => {
  it("rejects negative and non-numeric amounts, naming them", () => {
    expect(reasons({ prices: priceXml("-1.00", "GBP") })).toEqual(["negative PriceAmount -1.00 for GBP in Price"])
    expect(reasons({ prices: priceXml("abc", "USD") })).toEqual(["invalid PriceAmount abc for USD in Price"])
  })

  it("uses the header's DefaultCurrencyCode when a price has none, and rejects a price with no currency at all", () => {
    const header = "<DefaultCurrencyCode>SEK</DefaultCurrencyCode>"
    expect(record({ prices: priceXml("199", undefined) }, header).prices).toEqual([{ currency_code: "sek", amount: 199 }])
    expect(reasons({ prices: priceXml("199", undefined) })).toEqual(["missing CurrencyCode in Price (PriceAmount 199)"])
  })

  it("keeps a record without a retail price, with a warning", () => {
    const result = record({ prices: "<UnpricedItemType>03</UnpricedItemType>" })
    expect(result.prices).toEqual([])
    expect(result.warnings).toContain("no retail price (PriceType 01–04); the format cannot be sold until one is set")
  })
})

describe("publishing status and date", () => {
  const statusOf = (code: string): OnixRecord["status"] => record({ publishing: `<PublishingStatus>${code}</PublishingStatus>` }).status

  it("folds list 64 into forthcoming, active, postponed and cancelled", () => {
    expect(["02", "04", "03", "06", "01", "07", "13"].map(statusOf)).toEqual([
      "forthcoming",
      "active",
      "postponed",
      "postponed",
      "cancelled",
      "cancelled",
      "active",
    ])
    const unknown = record({ publishing: "<PublishingStatus>09</PublishingStatus>" })
    expect(unknown.status).toBeUndefined()
    expect(unknown.warnings).toContain("PublishingStatus 09: no status imported")
  })

  it("leaves out impossible dates with a warning", () => {
    const publishing = "<PublishingStatus>02</PublishingStatus><PublishingDate><PublishingDateRole>01</PublishingDateRole><Date>20260231</Date></PublishingDate>"
    const result = record({ publishing })
    expect(result.publishingDate).toBeUndefined()
    expect(result.warnings).toContain("PublishingDate 20260231 (dateformat 00) is not a date the import reads; left out")
  })

  it("ignores dates of other roles and reads the deprecated DateFormat element", () => {
    const publishing =
      "<PublishingDate><PublishingDateRole>19</PublishingDateRole><Date>20200101</Date></PublishingDate>" +
      "<PublishingDate><PublishingDateRole>01</PublishingDateRole><DateFormat>13</DateFormat><Date>20210926T1800</Date></PublishingDate>"
    expect(record({ publishing }).publishingDate).toBe("2021-09-26")
  })
})

describe("other notices", () => {
  it("does not import deletions", () => {
    expect(reasons({ notification: "05" })).toEqual([
      "NotificationType 05 (delete) for ISBN-13 9781999990114: deletions are not imported, withdraw the product by hand",
    ])
  })

  it("collects every problem of one record, not only the first", () => {
    expect(reasons({ identifiers: isbnId("9781999990115"), title: "", form: "AJ", prices: priceXml("5", "XYZ") })).toEqual([
      "invalid ISBN-13 9781999990115 in ProductIdentifier (check digit should be 4)",
      "missing title in TitleDetail (TitleType 01)",
      expect.stringMatching(/^unsupported ProductForm AJ/),
      "unknown currency code XYZ in Price (PriceAmount 5)",
    ])
  })

  it("names a record without RecordReference by its position", () => {
    const result = parseOne({ ref: "" })
    expect(result.ok && result.value.recordReference).toBe("product 1")
  })
})
