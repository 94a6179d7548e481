import { indexRegionsByCountry, type Country, type Region } from "../catalogue/region"

/** A region in the country picker: its currency and the countries it sells to. */
export type RegionChoice = { id: string; name: string; currencyCode: string; countries: Country[] }

/**
 * Country → region → currency, for the picker: regions by name, each with the countries it
 * sells to by name. A country two regions claim is listed under the one that sells there
 * (the first, as everywhere else); regions left without countries are dropped.
 */
export function regionChoices(regions: readonly Region[]): RegionChoice[] {
  const sellsTo = indexRegionsByCountry(regions)
  return regions
    .map((region) => ({
      id: region.id,
      name: region.name,
      currencyCode: region.currencyCode,
      countries: region.countries
        .filter((country) => sellsTo.get(country.code)?.id === region.id)
        .sort((a, b) => a.name.localeCompare(b.name, "en")),
    }))
    .filter((choice) => choice.countries.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name, "en"))
}
