/**
 * Demo titles of the classics of Marxism in Wellred editions. The README gives no contributors
 * for The Revolutionary Philosophy of Marxism ("selected writings"): crediting the four
 * classic authors there is a demo choice.
 */
import { demoIsbn13 } from "./isbn"
import { author, introduction, type TitleSeed } from "./title-types"

const FOUR_CLASSICS = [author("Karl Marx"), author("Friedrich Engels"), author("V. I. Lenin"), author("Leon Trotsky")]

export const CLASSIC_TITLES: readonly TitleSeed[] = [
  {
    title: "Writings on Britain",
    contributors: [author("Leon Trotsky"), introduction("Rob Sewell")],
    description:
      "Leon Trotsky's writings on Britain, gathered from three volumes into one, with an introduction by Rob Sewell. Written mostly in the 1920s, they include his analysis of the Labour Party and the trade union leadership in the years around the General Strike of 1926.",
    formats: [
      { format: "Paperback", isbn: demoIsbn13(81), gbp: 24.99, weight: 980, pages: 640, stock: { london: 80, newYork: 30 } },
      { format: "Hardback", isbn: demoIsbn13(82), gbp: 34.99, weight: 1250, pages: 640, stock: { london: 40, newYork: 20 } },
    ],
    series: "classics-of-marxism",
    subjects: ["british-labour-history", "marxist-theory"],
  },
  {
    title: "The Civil War in France",
    contributors: [author("Karl Marx"), introduction("Friedrich Engels")],
    description:
      "Karl Marx's address on the Paris Commune of 1871, written for the International Working Men's Association while the Commune was being crushed. This Wellred edition adds related texts by Engels, Lenin and Trotsky, and a new introduction.",
    formats: [
      { format: "Paperback", isbn: demoIsbn13(91), gbp: 9.99, weight: 260, pages: 192, stock: { london: 150, newYork: 75 } },
      { format: "Ebook", isbn: demoIsbn13(93), gbp: 4.99, weight: 0, pages: 192 },
    ],
    series: "classics-of-marxism",
    subjects: ["marxist-theory", "history"],
  },
  {
    title: "Anti-Dühring",
    contributors: [author("Friedrich Engels")],
    description:
      "Friedrich Engels's polemic against the German philosopher Eugen Dühring, first published in 1878, became one of the fullest statements of the Marxist outlook. Its three parts deal with philosophy, political economy and socialism. Part of it was later published on its own as Socialism: Utopian and Scientific.",
    formats: [
      { format: "Paperback", isbn: demoIsbn13(111), gbp: 14.99, weight: 560, pages: 416, stock: { london: 110, newYork: 50 } },
      { format: "Ebook", isbn: demoIsbn13(113), gbp: 6.99, weight: 0, pages: 416 },
    ],
    series: "classics-of-marxism",
    subjects: ["philosophy", "marxist-theory"],
  },
  {
    title: "History of the Russian Revolution",
    contributors: [author("Leon Trotsky")],
    description:
      "Leon Trotsky's account of the Russian Revolution of 1917, from the February days that brought down the Tsar to the October insurrection. Written in exile in the early 1930s by one of the revolution's leaders, it was first published in three volumes, all of which this Wellred edition contains.",
    formats: [
      { format: "Paperback", isbn: demoIsbn13(121), gbp: 29.99, weight: 1450, pages: 1296, stock: { london: 90, newYork: 45 } },
      { format: "Hardback", isbn: demoIsbn13(122), gbp: 44.99, weight: 1800, pages: 1296, stock: { london: 40, newYork: 20 } },
      { format: "Ebook", isbn: demoIsbn13(123), gbp: 12.99, weight: 0, pages: 1296 },
    ],
    series: "classics-of-marxism",
    subjects: ["history"],
  },
  {
    title: "Classics of Marxism, Volume 1",
    contributors: FOUR_CLASSICS,
    description:
      "The first volume of Wellred's Classics of Marxism series brings together writings by Karl Marx, Friedrich Engels, V. I. Lenin and Leon Trotsky. It offers some of the movement's founding texts in a single affordable book.",
    formats: [
      { format: "Paperback", isbn: demoIsbn13(131), gbp: 12.99, weight: 480, pages: 336, stock: { london: 200, newYork: 100 } },
      { format: "Ebook", isbn: demoIsbn13(133), gbp: 5.99, weight: 0, pages: 336 },
    ],
    series: "classics-of-marxism",
    subjects: ["marxist-theory"],
  },
  {
    title: "The Revolutionary Philosophy of Marxism",
    contributors: FOUR_CLASSICS,
    description:
      "Selected writings on dialectical materialism, the philosophy of Marxism. The texts set out a materialist view of nature, history and human thought, and why Marxists treat philosophy as a guide to changing the world.",
    formats: [
      { format: "Paperback", isbn: demoIsbn13(141), gbp: 11.99, weight: 380, pages: 272, stock: { london: 100, newYork: 50 } },
      { format: "Ebook", isbn: demoIsbn13(143), gbp: 5.99, weight: 0, pages: 272 },
    ],
    series: "classics-of-marxism",
    subjects: ["philosophy", "marxist-theory"],
  },
]
