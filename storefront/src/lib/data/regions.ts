import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { cacheTags, catalogueRevalidateSeconds } from "../cache-tags"
import { indexRegionsByCountry, reshapeRegion, type Region } from "../catalogue/region"
import { memoiseAsync } from "../util/memoise-async"
import { storeFetch } from "./store-fetch"

type RegionsResponse = { regions: HttpTypes.StoreRegion[] }

const regionQuery = { fields: "id,name,currency_code,*countries", limit: 100 }

/** Every region the shop sells in, from Next's data cache (tag "regions"). */
export async function listRegions(): Promise<Region[]> {
  const { regions } = await storeFetch<RegionsResponse>("/store/regions", {
    query: regionQuery,
    cache: "force-cache",
    next: { tags: [cacheTags.regions], revalidate: catalogueRevalidateSeconds },
  })
  return regions.map(reshapeRegion)
}

/** The region selling to a country ("gb"), or null when the shop does not sell there. */
export const getRegionForCountry = cache(async (countryCode: string): Promise<Region | null> => {
  return indexRegionsByCountry(await listRegions()).get(countryCode) ?? null
})

/**
 * The countries the shop sells to, for the proxy. Next's data cache does not work in the proxy,
 * so the list is kept in this process's memory and refreshed in the background once it is a
 * minute old (requests never wait for the refresh).
 */
export const listCountryCodes = memoiseAsync(
  async (): Promise<ReadonlySet<string>> => {
    const { regions } = await storeFetch<RegionsResponse>("/store/regions", {
      query: regionQuery,
      cache: "no-store",
      signal: AbortSignal.timeout(3000),
    })
    return new Set(indexRegionsByCountry(regions.map(reshapeRegion)).keys())
  },
  { ttlMs: 60_000, staleWhileRevalidate: true }
)
