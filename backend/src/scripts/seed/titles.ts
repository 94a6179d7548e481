/**
 * The first demo titles (facts from shared/catalogue/README.md; descriptions are our own).
 * ISBNs are checksum-valid demo numbers, not the publisher's; each product is marked
 * `metadata.demo = true` so a real ONIX import can tell them apart. Contributors are kept
 * here for the book module's seeding; the products themselves do not carry them.
 */
import { demoIsbn13 } from "./isbn"

export type FormatName = "Paperback" | "Hardback" | "Ebook"

export type FormatSeed = {
  format: FormatName
  isbn: string
  /** Editorial price in pounds; other currencies derive from it (see prices.ts). */
  gbp: number
  /** Shipping weight in grams (0 for ebooks). */
  weight: number
  /** Copies on hand per warehouse; ebooks have none (inventory is not managed). */
  stock?: { london: number; newYork: number }
}

export type ContributorSeed = { name: string; role: "author" | "editor" | "introduction" }

export type TitleSeed = {
  title: string
  subtitle?: string
  contributors: ContributorSeed[]
  description: string
  formats: FormatSeed[]
}

const author = (name: string): ContributorSeed => ({ name, role: "author" })

export const TITLES: readonly TitleSeed[] = [
  {
    title: "Reason in Revolt",
    subtitle: "Marxist Philosophy and Modern Science",
    contributors: [author("Ted Grant"), author("Alan Woods")],
    description:
      "Ted Grant and Alan Woods set out the ideas of dialectical materialism and test them against modern science, from physics and cosmology to biology and the origins of human thought. First published by Wellred in London in 1995, the book argues that nature, like society, develops through contradiction and sudden change.",
    formats: [
      { format: "Paperback", isbn: demoIsbn13(11), gbp: 18.99, weight: 720, stock: { london: 160, newYork: 80 } },
      { format: "Ebook", isbn: demoIsbn13(13), gbp: 7.99, weight: 0 },
    ],
  },
  {
    title: "Bolshevism",
    subtitle: "The Road to Revolution",
    contributors: [author("Alan Woods")],
    description:
      "Alan Woods traces the history of the Bolshevik party from the first Marxist circles in Tsarist Russia to the revolution of 1917. Drawing on the debates of the time, the book shows how the party's ideas and organisation were built over two decades. First published by Wellred in 1999, it runs to more than 600 pages.",
    formats: [
      { format: "Paperback", isbn: demoIsbn13(21), gbp: 19.99, weight: 900, stock: { london: 120, newYork: 60 } },
      { format: "Hardback", isbn: demoIsbn13(22), gbp: 29.99, weight: 1150, stock: { london: 40, newYork: 20 } },
    ],
  },
  {
    title: "The History of Philosophy",
    subtitle: "A Marxist Perspective",
    contributors: [author("Alan Woods")],
    description:
      "A survey of Western philosophy from the ancient Greeks to the modern era, written from the standpoint of dialectical materialism. Alan Woods explains how each school of thought grew out of the society of its day and what it added to human understanding. Published by Wellred in 2021.",
    formats: [
      { format: "Paperback", isbn: demoIsbn13(31), gbp: 19.99, weight: 850, stock: { london: 140, newYork: 70 } },
      { format: "Hardback", isbn: demoIsbn13(32), gbp: 29.99, weight: 1100, stock: { london: 50, newYork: 25 } },
      { format: "Ebook", isbn: demoIsbn13(33), gbp: 9.99, weight: 0 },
    ],
  },
  {
    title: "Lenin and Trotsky",
    subtitle: "What They Really Stood For",
    contributors: [author("Alan Woods"), author("Ted Grant")],
    description:
      "Written in 1969 as a reply to Monty Johnstone's attack on Trotsky, this book sets out what Lenin and Trotsky actually argued and where they agreed. The new edition reprints Johnstone's article so readers can weigh both sides, and adds a foreword by Vsevolod Volkov, Trotsky's grandson.",
    formats: [
      { format: "Paperback", isbn: demoIsbn13(41), gbp: 12.99, weight: 420, stock: { london: 200, newYork: 100 } },
      { format: "Ebook", isbn: demoIsbn13(43), gbp: 5.99, weight: 0 },
    ],
  },
  {
    title: "In Defence of Lenin",
    subtitle: "Volume 1",
    contributors: [author("Rob Sewell"), author("Alan Woods")],
    description:
      "The first volume of a new two-volume biography of Lenin by Rob Sewell and Alan Woods, written for the centenary of his death in 1924. It answers a century of distortion with Lenin's own words and record; across both volumes the work runs to over 1,000 pages, with a chronology, an appendix of Krupskaya's writings and more than 250 images.",
    formats: [
      { format: "Paperback", isbn: demoIsbn13(51), gbp: 19.99, weight: 850, stock: { london: 180, newYork: 90 } },
      { format: "Hardback", isbn: demoIsbn13(52), gbp: 29.99, weight: 1100, stock: { london: 60, newYork: 30 } },
    ],
  },
]
