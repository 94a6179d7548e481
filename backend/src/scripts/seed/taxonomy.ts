/**
 * Series (product collections) and subjects (product categories) of the demo catalogue.
 * Looked up by handle. Subjects carry their Thema subject code in `metadata.thema` (and a Thema
 * place qualifier where the subject is about one country), as an ONIX feed would send them.
 */

export const SERIES = [
  {
    handle: "classics-of-marxism",
    title: "Classics of Marxism",
    description: "Wellred editions of the founding texts of Marxism.",
  },
  {
    handle: "lenin-centenary",
    title: "Lenin centenary",
    description: "Books for the #LeninLives campaign marking the centenary of Lenin's death (1924–2024).",
  },
] as const

export type SeriesHandle = (typeof SERIES)[number]["handle"]

export type SubjectSeed = {
  handle: string
  name: string
  description: string
  thema: string
  thema_qualifier?: string
}

export const SUBJECTS = [
  { handle: "philosophy", name: "Philosophy", description: "Philosophy and dialectical materialism.", thema: "QD" },
  { handle: "history", name: "History", description: "History of revolutions and workers' movements.", thema: "NH" },
  { handle: "biography", name: "Biography", description: "Lives of revolutionaries.", thema: "DNBH" },
  { handle: "marxist-theory", name: "Marxist theory", description: "Marxism and communism: theory and programme.", thema: "JPFC" },
  {
    handle: "british-labour-history",
    name: "British labour history",
    description: "The history of the labour movement in Britain.",
    thema: "NHTB",
    thema_qualifier: "1DDU",
  },
] as const satisfies readonly SubjectSeed[]

export type SubjectHandle = (typeof SUBJECTS)[number]["handle"]
