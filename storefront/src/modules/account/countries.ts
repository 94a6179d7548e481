import type { CountryChoice } from "@/lib/catalogue/region"

/** A lookup from country code to the name the shop uses, for printing addresses. */
export function countryNamer(choices: readonly CountryChoice[]): (code: string) => string {
  const names = new Map(choices.map((choice) => [choice.code, choice.name]))
  return (code) => names.get(code) ?? code.toUpperCase()
}
