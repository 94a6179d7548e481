/**
 * Demo titles by Wellred's own authors (the first five were the seed's original titles; their
 * handles and ISBNs must not change). In Defence of Lenin is forthcoming: no copies on hand yet.
 */
import { demoIsbn13 } from "./isbn"
import { author, introduction, type TitleSeed } from "./title-types"

export const WELLRED_AUTHOR_TITLES: readonly TitleSeed[] = [
  {
    title: "Reason in Revolt",
    subtitle: "Marxist Philosophy and Modern Science",
    contributors: [author("Ted Grant"), author("Alan Woods")],
    description:
      "Ted Grant and Alan Woods set out the ideas of dialectical materialism and test them against modern science, from physics and cosmology to biology and the origins of human thought. First published by Wellred in London in 1995, the book argues that nature, like society, develops through contradiction and sudden change.",
    formats: [
      { format: "Paperback", isbn: demoIsbn13(11), gbp: 18.99, weight: 720, pages: 440, stock: { london: 160, newYork: 80 } },
      { format: "Ebook", isbn: demoIsbn13(13), gbp: 7.99, weight: 0, pages: 440 },
    ],
    subjects: ["philosophy", "marxist-theory"],
  },
  {
    title: "Bolshevism",
    subtitle: "The Road to Revolution",
    contributors: [author("Alan Woods")],
    description:
      "Alan Woods traces the history of the Bolshevik party from the first Marxist circles in Tsarist Russia to the revolution of 1917. Drawing on the debates of the time, the book shows how the party's ideas and organisation were built over two decades. First published by Wellred in 1999, it runs to more than 600 pages.",
    formats: [
      { format: "Paperback", isbn: demoIsbn13(21), gbp: 19.99, weight: 900, pages: 636, stock: { london: 120, newYork: 60 } },
      { format: "Hardback", isbn: demoIsbn13(22), gbp: 29.99, weight: 1150, pages: 636, stock: { london: 40, newYork: 20 } },
    ],
    series: "lenin-centenary",
    subjects: ["history"],
  },
  {
    title: "The History of Philosophy",
    subtitle: "A Marxist Perspective",
    contributors: [author("Alan Woods")],
    description:
      "A survey of Western philosophy from the ancient Greeks to the modern era, written from the standpoint of dialectical materialism. Alan Woods explains how each school of thought grew out of the society of its day and what it added to human understanding. Published by Wellred in 2021.",
    formats: [
      { format: "Paperback", isbn: demoIsbn13(31), gbp: 19.99, weight: 850, pages: 560, stock: { london: 140, newYork: 70 } },
      { format: "Hardback", isbn: demoIsbn13(32), gbp: 29.99, weight: 1100, pages: 560, stock: { london: 50, newYork: 25 } },
      { format: "Ebook", isbn: demoIsbn13(33), gbp: 9.99, weight: 0, pages: 560 },
    ],
    published: "2021-09-26",
    subjects: ["philosophy"],
  },
  {
    title: "Lenin and Trotsky",
    subtitle: "What They Really Stood For",
    contributors: [author("Alan Woods"), author("Ted Grant"), introduction("Vsevolod Volkov")],
    description:
      "Written in 1969 as a reply to Monty Johnstone's attack on Trotsky, this book sets out what Lenin and Trotsky actually argued and where they agreed. The new edition reprints Johnstone's article so readers can weigh both sides, and adds a foreword by Vsevolod Volkov, Trotsky's grandson.",
    formats: [
      { format: "Paperback", isbn: demoIsbn13(41), gbp: 12.99, weight: 420, pages: 256, stock: { london: 200, newYork: 100 } },
      { format: "Ebook", isbn: demoIsbn13(43), gbp: 5.99, weight: 0, pages: 256 },
    ],
    edition: "New edition",
    series: "lenin-centenary",
    subjects: ["marxist-theory", "history"],
  },
  {
    title: "In Defence of Lenin",
    subtitle: "Volume 1",
    contributors: [author("Rob Sewell"), author("Alan Woods")],
    description:
      "The first volume of a new two-volume biography of Lenin by Rob Sewell and Alan Woods, written for the centenary of his death in 1924. It answers a century of distortion with Lenin's own words and record; across both volumes the work runs to over 1,000 pages, with a chronology, an appendix of Krupskaya's writings and more than 250 images.",
    formats: [
      { format: "Paperback", isbn: demoIsbn13(51), gbp: 19.99, weight: 850, pages: 528, stock: { london: 0, newYork: 0 } },
      { format: "Hardback", isbn: demoIsbn13(52), gbp: 29.99, weight: 1100, pages: 528, stock: { london: 0, newYork: 0 } },
    ],
    forthcomingWeeks: 6,
    series: "lenin-centenary",
    subjects: ["biography", "history"],
  },
  {
    title: "The Chartist Revolution",
    contributors: [author("Rob Sewell")],
    description:
      "A history of Chartism, the movement of working people in Britain in the 1830s and 1840s that demanded the vote through the People's Charter. Rob Sewell follows it through its mass petitions, strikes and meetings, and the arguments within it about how the Charter could be won.",
    formats: [
      { format: "Paperback", isbn: demoIsbn13(71), gbp: 19.99, weight: 780, pages: 480, stock: { london: 120, newYork: 40 } },
      { format: "Ebook", isbn: demoIsbn13(73), gbp: 9.99, weight: 0, pages: 480 },
    ],
    subjects: ["british-labour-history", "history"],
  },
  {
    title: "In the Cause of Labour",
    contributors: [author("Rob Sewell")],
    description:
      "Rob Sewell's history of British trade unionism, from the first combinations of workers to the modern labour movement. The book shows how unions were built in the face of employers and the law, and what their struggles won for working people.",
    formats: [
      { format: "Paperback", isbn: demoIsbn13(61), gbp: 14.99, weight: 640, pages: 400, stock: { london: 100, newYork: 30 } },
      { format: "Ebook", isbn: demoIsbn13(63), gbp: 7.99, weight: 0, pages: 400 },
    ],
    subjects: ["british-labour-history", "history"],
  },
  {
    title: "The Revolutionary Legacy of Rosa Luxemburg",
    contributors: [author("Marie Frederiksen")],
    description:
      "Marie Frederiksen looks at the life and ideas of Rosa Luxemburg, the Polish-born revolutionary who became a leading figure of the left in the German labour movement. The book discusses her writings on reform and revolution and on the mass strike, through to her murder in Berlin in January 1919.",
    formats: [
      { format: "Paperback", isbn: demoIsbn13(101), gbp: 12.99, weight: 420, pages: 256, stock: { london: 90, newYork: 45 } },
      { format: "Ebook", isbn: demoIsbn13(103), gbp: 5.99, weight: 0, pages: 256 },
    ],
    subjects: ["biography", "marxist-theory"],
  },
]
