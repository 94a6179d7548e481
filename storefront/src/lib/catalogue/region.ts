import type { HttpTypes } from "@medusajs/types"

export type Country = {
  /** ISO 3166-1 alpha-2, lower case, as used in URLs ("gb"). */
  code: string
  /** "United Kingdom" */
  name: string
}

export type Region = {
  id: string
  name: string
  /** ISO 4217, upper case ("GBP"). */
  currencyCode: string
  countries: Country[]
}

export function reshapeRegion(region: HttpTypes.StoreRegion): Region {
  const countries: Country[] = []
  for (const country of region.countries ?? []) {
    const code = country.iso_2?.toLowerCase()
    if (!code) continue
    countries.push({ code, name: country.display_name || titleCase(country.name) || code.toUpperCase() })
  }
  countries.sort((a, b) => a.name.localeCompare(b.name, "en"))
  return {
    id: region.id,
    name: region.name,
    currencyCode: region.currency_code.toUpperCase(),
    countries,
  }
}

/** country code → the region that sells there. A country in two regions keeps the first. */
export function indexRegionsByCountry(regions: readonly Region[]): Map<string, Region> {
  const index = new Map<string, Region>()
  for (const region of regions) {
    for (const country of region.countries) {
      if (!index.has(country.code)) index.set(country.code, region)
    }
  }
  return index
}

export function countryName(region: Region, countryCode: string): string {
  return region.countries.find((c) => c.code === countryCode)?.name ?? countryCode.toUpperCase()
}

function titleCase(name: string | undefined): string {
  if (!name) return ""
  return name.toLowerCase().replace(/\b\p{L}/gu, (letter) => letter.toUpperCase())
}

export type CountryChoice = Country & { currencyCode: string }

/** Every country the shop sells to, by name, with the currency its prices are in. */
export function countryChoices(regions: readonly Region[]): CountryChoice[] {
  return [...indexRegionsByCountry(regions).entries()]
    .map(([code, region]) => ({ code, name: countryName(region, code), currencyCode: region.currencyCode }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"))
}
