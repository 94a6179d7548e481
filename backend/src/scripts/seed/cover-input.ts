/** From a demo title to what its generated cover shows. Pure. */
import { paletteFor, type CoverInput } from "./cover"
import { handleFor } from "./product-input"
import { SERIES } from "./taxonomy"
import type { TitleSeed } from "./titles"

/** What goes on a title's cover: its authors (else everyone credited) and its series. */
export function coverInputFor(title: TitleSeed): CoverInput {
  const authors = title.contributors.filter((c) => c.role === "author")
  return {
    title: title.title,
    subtitle: title.subtitle,
    contributors: (authors.length > 0 ? authors : title.contributors).map((c) => c.name),
    series: SERIES.find((s) => s.handle === title.series)?.title,
    palette: paletteFor(handleFor(title)),
  }
}
