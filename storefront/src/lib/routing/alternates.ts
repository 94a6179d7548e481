import type { Region } from "../catalogue/region"

/**
 * hreflang alternates for a page that exists in every country ("en-GB" → "/gb/books/x"), with
 * x-default pointing at the default country's copy.
 */
export function countryAlternates(
  regions: readonly Region[],
  pathAfterCountry: string,
  defaultCountry: string
): Record<string, string> {
  const suffix = pathAfterCountry === "/" ? "" : pathAfterCountry
  const languages: Record<string, string> = {}
  for (const region of regions) {
    for (const country of region.countries) {
      languages[`en-${country.code.toUpperCase()}`] = `/${country.code}${suffix}`
    }
  }
  languages["x-default"] = `/${defaultCountry.toLowerCase()}${suffix}`
  return languages
}
