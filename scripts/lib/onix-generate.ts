/**
 * A large, deterministic ONIX 3.0 catalogue for benchmarks (`npm run seed:large`): work i is
 * the same in every file, so `--titles 1000` is the first tenth of `--titles 10000` and a rerun
 * imports nothing new. Each work has 1–3 formats with their own ISBN-13, 2–3 contributors from
 * a pool, maybe a series, one or two Thema subjects and prices in the shop's seven currencies.
 *
 * ISBNs: 978-1-999-NNNNN + check digit, serial NNNNN = 3 × work + format slot (0–89999), a
 * demo block below the demo seed's 978-1-99999 block (which starts at serial 99000).
 */
import fs from "node:fs"
import path from "node:path"
import { once } from "node:events"
import { pricesFromGbp } from "../../backend/src/scripts/seed/prices.ts"

export const MAX_TITLES = 30_000
const ISBN_PREFIX = "9781999"
const FORMATS = [
  { slot: 0, name: "Paperback", form: "BC", detail: "" },
  { slot: 1, name: "Hardback", form: "BB", detail: "" },
  { slot: 2, name: "Ebook", form: "ED", detail: "<ProductFormDetail>E101</ProductFormDetail>" },
] as const

const FIRST = ["Ada", "Alan", "Anna", "Boris", "Clara", "Daniel", "Eleanor", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Karin", "Leon", "Maya", "Nadia", "Oscar", "Paula", "Rosa", "Samir", "Tariq", "Ursula", "Victor", "Wanda", "Yusuf", "Zoe"]
const LAST = ["Abbott", "Berg", "Castro", "Dahl", "Engels", "Fischer", "García", "Hughes", "Ibsen", "Jansen", "Kowalski", "Larsen", "Moreau", "Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Santos", "Tanaka", "Ulrich", "Varga", "Weiss", "Xu", "Young", "Zimmer"]
const ADJECTIVES = ["Unfinished", "Permanent", "Long", "Hidden", "Forgotten", "Red", "Great", "Silent", "Restless", "Uneven", "Combined", "Living", "Broken", "Open", "Rising"]
const NOUNS = ["Revolution", "Century", "Struggle", "Strike", "Republic", "Commune", "Rebellion", "Crisis", "Transition", "Movement", "Uprising", "Debate", "Question", "Tradition", "Horizon"]
const THEMES = ["Labour History", "Political Economy", "Philosophy", "the Arts", "Science", "Colonial History", "Trade Unions", "Women's Liberation", "Internationalism", "the Peasantry"]
const SERIES = Array.from({ length: 40 }, (_, i) => `${NOUNS[i % NOUNS.length]} Library ${Math.floor(i / NOUNS.length) + 1}`)
const THEMA: readonly [string, string][] = [
  ["JPFF", "Socialism and left-of-centre democratic ideologies"], ["JPFC", "Marxism and Communism"], ["JPA", "Political science and theory"],
  ["JPW", "Political activism"], ["KCA", "Economic theory and philosophy"], ["KCP", "Political economy"], ["NHB", "General and world history"],
  ["NHD", "European history"], ["NHK", "History of the Americas"], ["NHF", "Asian history"], ["QDTK", "Philosophy: metaphysics and ontology"],
  ["QDHR", "Western philosophy"], ["JBSF", "Gender studies, gender groups"], ["JBSL", "Ethnic studies"], ["JHBC", "Social and cultural anthropology"],
  ["JKSW", "Social welfare and social services"], ["KCZ", "Economic history"], ["NHTB", "Social and cultural history"], ["JPHV", "Political structures: democracy"],
  ["JPSH", "Espionage and secret services"],
]

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same sequence everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function isbn13(serial: number): string {
  if (!Number.isInteger(serial) || serial < 0 || serial > 89_999) throw new Error(`large-catalogue ISBN serials run from 0 to 89999, got ${serial}`)
  const twelve = ISBN_PREFIX + String(serial).padStart(5, "0")
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(twelve[i]) * (i % 2 === 0 ? 1 : 3)
  return twelve + String((10 - (sum % 10)) % 10)
}

const pick = <T>(rng: () => number, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T
const contributorName = (k: number): string => `${FIRST[k % FIRST.length]} ${LAST[(k * 7 + Math.floor(k / FIRST.length)) % LAST.length]}`
const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
const money = (amount: number): string => (Number.isInteger(amount) ? String(amount) : amount.toFixed(2))

export type LargeWork = {
  title: string
  subtitle: string
  formats: { name: string; isbn: string; gbp: number }[]
  contributors: { name: string; role: string }[]
  series?: { title: string; part: number }
  subjects: [string, string][]
  date: string
  pages: number
}

/** Work i of every large catalogue. */
export function largeWork(i: number): LargeWork {
  const rng = mulberry32(0x0b00c + i * 7919)
  const r = rng()
  const slots = r < 0.3 ? [pick(rng, [0, 0, 1, 2])] : r < 0.75 ? [0, rng() < 0.3 ? 1 : 2] : [0, 1, 2]
  const base = 7.99 + Math.floor(rng() * 23)
  const gbpFor = (slot: number) => (slot === 1 ? base + 10 : slot === 2 ? Math.max(2.99, Math.round(base / 2) - 0.01) : base)
  const people = 2 + (rng() < 0.4 ? 1 : 0)
  const first = Math.floor(rng() * 300)
  const roles = ["A01", rng() < 0.5 ? "A01" : "B01", rng() < 0.5 ? "B06" : "A24"]
  const subjects = [pick(rng, THEMA)]
  if (rng() < 0.5) subjects.push(pick(rng, THEMA))
  const year = 1990 + Math.floor(rng() * 38)
  const date = `${year}${String(1 + Math.floor(rng() * 12)).padStart(2, "0")}${String(1 + Math.floor(rng() * 28)).padStart(2, "0")}`
  const inSeries = rng() < 0.35
  return {
    title: `The ${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)}`,
    subtitle: `Essays on ${pick(rng, THEMES)}, no. ${i + 1}`,
    formats: [...new Set(slots)].sort().map((slot) => ({ name: FORMATS[slot]?.name ?? "Paperback", isbn: isbn13(i * 3 + slot), gbp: Math.round(gbpFor(slot) * 100) / 100 })),
    contributors: Array.from({ length: people }, (_, k) => ({ name: contributorName((first + k * 37) % 300), role: roles[k] ?? "A01" })),
    ...(inSeries ? { series: { title: pick(rng, SERIES), part: 1 + Math.floor(rng() * 20) } } : {}),
    subjects: [...new Map(subjects.map((s) => [s[0], s])).values()],
    date,
    pages: 96 + Math.floor(rng() * 700),
  }
}

/** The <Product> records of work i, one per format. */
export function largeWorkXml(i: number): string {
  const work = largeWork(i)
  const status = work.date > "20261201" ? "02" : "04"
  return work.formats
    .map((format) => {
      const meta = FORMATS.find((f) => f.name === format.name) ?? FORMATS[0]
      const prices = pricesFromGbp(format.gbp)
        .map((p) => `<Price><PriceType>02</PriceType><PriceAmount>${money(p.amount)}</PriceAmount><CurrencyCode>${p.currency_code.toUpperCase()}</CurrencyCode></Price>`)
        .join("")
      const contributors = work.contributors
        .map((c, k) => `<Contributor><SequenceNumber>${k + 1}</SequenceNumber><ContributorRole>${c.role}</ContributorRole><PersonName>${escape(c.name)}</PersonName></Contributor>`)
        .join("")
      const series = work.series
        ? `<Collection><CollectionType>10</CollectionType><TitleDetail><TitleType>01</TitleType><TitleElement><TitleElementLevel>02</TitleElementLevel><PartNumber>${work.series.part}</PartNumber><TitleText>${escape(work.series.title)}</TitleText></TitleElement></TitleDetail></Collection>`
        : ""
      const subjects = work.subjects
        .map(([code, heading], k) => `<Subject>${k === 0 ? "<MainSubject/>" : ""}<SubjectSchemeIdentifier>93</SubjectSchemeIdentifier><SubjectCode>${code}</SubjectCode><SubjectHeadingText>${escape(heading)}</SubjectHeadingText></Subject>`)
        .join("")
      const pages = format.name === "Ebook" ? "" : `<Extent><ExtentType>00</ExtentType><ExtentValue>${work.pages}</ExtentValue><ExtentUnit>03</ExtentUnit></Extent>`
      return `<Product><RecordReference>LARGE-${i + 1}-${meta.form}</RecordReference><NotificationType>03</NotificationType>` +
        `<ProductIdentifier><ProductIDType>15</ProductIDType><IDValue>${format.isbn}</IDValue></ProductIdentifier>` +
        `<DescriptiveDetail><ProductComposition>00</ProductComposition><ProductForm>${meta.form}</ProductForm>${meta.detail}${series}` +
        `<TitleDetail><TitleType>01</TitleType><TitleElement><TitleElementLevel>01</TitleElementLevel><TitleText>${escape(work.title)}</TitleText><Subtitle>${escape(work.subtitle)}</Subtitle></TitleElement></TitleDetail>` +
        `${contributors}<Language><LanguageRole>01</LanguageRole><LanguageCode>eng</LanguageCode></Language>${pages}${subjects}</DescriptiveDetail>` +
        `<PublishingDetail><PublishingStatus>${status}</PublishingStatus><PublishingDate><PublishingDateRole>01</PublishingDateRole><Date dateformat="00">${work.date}</Date></PublishingDate></PublishingDetail>` +
        `<ProductSupply><SupplyDetail><ProductAvailability>${status === "02" ? "10" : "21"}</ProductAvailability>${prices}</SupplyDetail></ProductSupply></Product>\n`
    })
    .join("")
}

export const LARGE_HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Synthetic catalogue for benchmarks (npm run seed:large); every name, title and ISBN is made up. -->
<ONIXMessage xmlns="http://ns.editeur.org/onix/3.0/reference" release="3.0">
<Header><Sender><SenderName>Wellred Books (synthetic catalogue)</SenderName></Sender></Header>
`
export const LARGE_FOOTER = "</ONIXMessage>\n"

/** Writes the first `titles` works to `file`, streaming; reports each tenth done. */
export async function writeLargeCatalogue(file: string, titles: number, onTenth?: (done: number) => void): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const out = fs.createWriteStream(file)
  out.write(LARGE_HEADER)
  let lastTenth = 0
  for (let i = 0; i < titles; i++) {
    if (!out.write(largeWorkXml(i))) await once(out, "drain")
    const tenth = Math.floor(((i + 1) * 10) / titles)
    if (tenth > lastTenth) {
      lastTenth = tenth
      onTenth?.(i + 1)
    }
  }
  out.end(LARGE_FOOTER)
  await once(out, "finish")
}
