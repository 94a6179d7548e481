import { readFileSync } from "node:fs"
import { join } from "node:path"
import { groupIntoWorks, workKey } from "../group-works"
import { parseOnix } from "../parse-onix"
import type { OnixRecord } from "../types"
import { contributorXml, isbnId, messageXml, productXml, titleXml } from "./build-onix"

const validRecords = (xml: string): OnixRecord[] => parseOnix(xml).records.flatMap((r) => (r.ok ? [r.value] : []))
const fixture = (name: string): string => readFileSync(join(__dirname, "..", "__fixtures__", name), "utf8")

describe("groupIntoWorks on the Wellred demo feed", () => {
  const works = groupIntoWorks(validRecords(fixture("wellred-catalogue.xml")))

  it("puts the Reason in Revolt paperback and ebook under one work", () => {
    expect(works.map((w) => [w.handle, w.formats.map((f) => f.format)])).toEqual([
      ["reason-in-revolt", ["Paperback", "Ebook"]],
      ["bolshevism", ["Hardback"]],
      ["in-defence-of-lenin", ["Paperback"]],
      ["in-defence-of-lenin-volume-2", ["Paperback"]],
      ["writings-on-britain", ["Hardback"]],
    ])
  })

  it("carries the shared book details on the work and the per-format ones on each format", () => {
    const [reason] = works
    expect(reason).toMatchObject({
      title: "Reason in Revolt",
      subtitle: "Marxist Philosophy and Modern Science",
      contributors: [
        { name: "Ted Grant", role: "author" },
        { name: "Alan Woods", role: "author" },
      ],
      language: "eng",
      status: "active",
      publicationDate: "1995-06-01",
      warnings: [],
    })
    expect(reason?.description).toMatch(/^Demo description\./)
    expect(reason?.formats).toEqual([
      {
        recordReference: "WR-RIR-PB",
        isbn13: "9781999990114",
        format: "Paperback",
        pages: 440,
        editionNumber: 1,
        status: "active",
        publishingDate: "1995-06-01",
        prices: [
          { currency_code: "gbp", amount: 9.95 },
          { currency_code: "usd", amount: 16.95 },
          { currency_code: "eur", amount: 12.5 },
        ],
      },
      {
        recordReference: "WR-RIR-EB",
        isbn13: "9781999990138",
        format: "Ebook",
        status: "active",
        publishingDate: "2020-01-15",
        prices: [
          { currency_code: "gbp", amount: 7.99 },
          { currency_code: "usd", amount: 9.99 },
          { currency_code: "eur", amount: 8.99 },
        ],
      },
    ])
  })

  it("keeps the two volumes of In Defence of Lenin apart, both forthcoming in the series", () => {
    const volumes = works.filter((w) => w.title === "In Defence of Lenin")
    expect(volumes.map((w) => [w.subtitle, w.status, w.publicationDate, w.series])).toEqual([
      ["Volume 1", "forthcoming", "2026-04-15", { title: "Lenin centenary", partNumber: "1" }],
      ["Volume 2", "forthcoming", "2026-09-01", { title: "Lenin centenary", partNumber: "2" }],
    ])
  })
})

describe("groupIntoWorks links and keys", () => {
  const author = contributorXml(1, ["A01"], "<PersonName>Alan Woods</PersonName>")

  it("joins records linked as alternative formats even when their titles are written differently", () => {
    const records = validRecords(
      messageXml([
        productXml({
          ref: "PB",
          identifiers: isbnId("9781999990213"),
          title: titleXml("Bolshevism", "The Road to Revolution"),
          descriptive: author,
        }),
        productXml({
          ref: "EB",
          form: "ED",
          identifiers: isbnId("9781999990220"),
          title: titleXml("Bolshevism: the road to revolution (ebook)"),
          descriptive: author,
          related: `<RelatedProduct><ProductRelationCode>06</ProductRelationCode>${isbnId("9781999990213")}</RelatedProduct>`,
        }),
      ])
    )
    const works = groupIntoWorks(records)
    expect(works).toHaveLength(1)
    expect(works[0]?.formats.map((f) => f.recordReference)).toEqual(["PB", "EB"])
    expect(works[0]?.warnings).toEqual([
      'record EB has title "Bolshevism: the road to revolution (ebook)"; the work uses "Bolshevism: The Road to Revolution" from record PB',
    ])
  })

  it("follows links transitively (a → b, c → b)", () => {
    const link = (isbn: string): string =>
      `<RelatedProduct><ProductRelationCode>06</ProductRelationCode>${isbnId(isbn)}</RelatedProduct>`
    const records = validRecords(
      messageXml([
        productXml({ ref: "A", identifiers: isbnId("9781999990213"), title: titleXml("One"), related: link("9781999990220") }),
        productXml({ ref: "B", form: "BB", identifiers: isbnId("9781999990220"), title: titleXml("Two") }),
        productXml({ ref: "C", form: "ED", identifiers: isbnId("9781999990114"), title: titleXml("Three"), related: link("9781999990220") }),
      ])
    )
    expect(groupIntoWorks(records).map((w) => w.formats.map((f) => f.recordReference))).toEqual([["A", "B", "C"]])
  })

  it("does not join different authors or editions of the same title", () => {
    const records = validRecords(
      messageXml([
        productXml({ ref: "1", identifiers: isbnId("9781999990213"), descriptive: author }),
        productXml({
          ref: "2",
          identifiers: isbnId("9781999990220"),
          descriptive: contributorXml(1, ["A01"], "<PersonName>Ted Grant</PersonName>"),
        }),
        productXml({ ref: "3", identifiers: isbnId("9781999990114"), descriptive: `${author}<EditionNumber>2</EditionNumber>` }),
      ])
    )
    expect(new Set(records.map(workKey)).size).toBe(3)
    expect(groupIntoWorks(records).map((w) => w.handle)).toEqual([
      "reason-in-revolt",
      "reason-in-revolt-2",
      "reason-in-revolt-edition-2",
    ])
  })

  it("matches titles regardless of case, accents and punctuation, and slugs accents away", () => {
    const records = validRecords(
      messageXml([
        productXml({ ref: "PB", identifiers: isbnId("9781999990213"), title: titleXml("Anti-Dühring") }),
        productXml({ ref: "HB", form: "BB", identifiers: isbnId("9781999990220"), title: titleXml("ANTI DUHRING") }),
      ])
    )
    const works = groupIntoWorks(records)
    expect(works.map((w) => [w.handle, w.title, w.formats.length])).toEqual([["anti-duhring", "Anti-Dühring", 2]])
  })

  it("warns when one work ends up with two variants of the same format", () => {
    const records = validRecords(
      messageXml([
        productXml({ ref: "UK", identifiers: isbnId("9781999990213") }),
        productXml({ ref: "US", identifiers: isbnId("9781999990220") }),
      ])
    )
    expect(groupIntoWorks(records)[0]?.warnings).toEqual([
      "2 Paperback formats (9781999990213 from UK, 9781999990220 from US): a product cannot have two variants of one format",
    ])
  })

  it("refuses records that share an ISBN instead of merging them silently", () => {
    const records = validRecords(messageXml([productXml({ ref: "A" })]))
    const [first] = records
    if (first === undefined) throw new Error("fixture record missing")
    expect(() => groupIntoWorks([first, { ...first, recordReference: "B" }])).toThrow(
      "groupIntoWorks: ISBN-13 9781999990114 is in records A and B; reject duplicates first"
    )
  })

  it("gives the work the most available status and the earliest live date", () => {
    const records = validRecords(
      messageXml([
        productXml({
          ref: "PB",
          identifiers: isbnId("9781999990213"),
          publishing: "<PublishingStatus>02</PublishingStatus><PublishingDate><PublishingDateRole>01</PublishingDateRole><Date>20260501</Date></PublishingDate>",
        }),
        productXml({
          ref: "EB",
          form: "ED",
          identifiers: isbnId("9781999990220"),
          publishing: "<PublishingStatus>01</PublishingStatus><PublishingDate><PublishingDateRole>01</PublishingDateRole><Date>20250101</Date></PublishingDate>",
        }),
      ])
    )
    expect(groupIntoWorks(records)[0]).toMatchObject({ status: "forthcoming", publicationDate: "2026-05-01" })
  })
})
