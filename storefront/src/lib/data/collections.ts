import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { cacheTags, catalogueRevalidateSeconds } from "../cache-tags"
import { isPlausibleHandle } from "../catalogue/book"
import { reshapeSeries, type Series } from "../catalogue/series"
import { storeFetch } from "./store-fetch"

/**
 * Series are Medusa product collections. Read through the store API, cached under the global
 * `products` tag (a series changes with the products in it), refreshed every few minutes anyway.
 */
type CollectionsResponse = { collections: HttpTypes.StoreCollection[]; count: number }

const fields = "id,title,handle,metadata,created_at"
const perRequest = 100

/** Every series, by title (paged through 100 at a time, however many there are). */
export async function listSeries(): Promise<Series[]> {
  const read = (offset: number) =>
    storeFetch<CollectionsResponse>("/store/collections", {
      query: { fields, limit: perRequest, offset, order: "title" },
      cache: "force-cache",
      next: { tags: [cacheTags.products], revalidate: catalogueRevalidateSeconds },
    })
  const first = await read(0)
  const rest: CollectionsResponse[] = []
  for (let offset = perRequest; offset < first.count; offset += perRequest) rest.push(await read(offset))
  return [first, ...rest].flatMap(({ collections }) => collections.flatMap((c) => reshapeSeries(c) ?? []))
}

/** One series by handle, or null when there is none. */
export const getSeries = cache(async (handle: string): Promise<Series | null> => {
  if (!isPlausibleHandle(handle)) return null
  const { collections } = await storeFetch<CollectionsResponse>("/store/collections", {
    query: { fields, handle, limit: 1 },
    cache: "force-cache",
    next: { tags: [cacheTags.products], revalidate: catalogueRevalidateSeconds },
  })
  const found = collections[0]
  return found ? reshapeSeries(found) : null
})
