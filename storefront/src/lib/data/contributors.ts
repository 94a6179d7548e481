import "server-only"
import { cache } from "react"
import { cacheTags, catalogueRevalidateSeconds } from "../cache-tags"
import { isPlausibleHandle, type BookSummary } from "../catalogue/book"
import { orderLike, reshapeContributor, type Contributor, type RawContributor } from "../catalogue/contributor"
import type { Region } from "../catalogue/region"
import { medusaBackendUrl } from "../sdk"
import { listBooksById } from "./products"
import { storeFetch } from "./store-fetch"

const isNotFound = (error: unknown) =>
  error instanceof Error && "status" in error && (error as { status?: unknown }).status === 404

/**
 * A contributor (the author page) by handle, with the books of theirs this shop sells; null for
 * an unknown handle. Cached under `author:<handle>`, `products` (their list of books changes
 * whenever a product's credits do) and `contributors`.
 */
export const getContributor = cache(async (handle: string): Promise<Contributor | null> => {
  if (!isPlausibleHandle(handle)) return null
  try {
    const { contributor } = await storeFetch<{ contributor: RawContributor }>(
      `/store/contributors/${encodeURIComponent(handle)}`,
      {
        cache: "force-cache",
        next: {
          tags: [cacheTags.author(handle), cacheTags.products, cacheTags.contributors],
          revalidate: catalogueRevalidateSeconds,
        },
      }
    )
    return reshapeContributor(contributor, { backendUrl: medusaBackendUrl })
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
})

/**
 * The contributor's books that are on sale in the region, as cards show them, in the
 * contributor's order. Cached under `author:<handle>` as well as `products`.
 */
export async function listContributorBooks(contributor: Contributor, region: Region): Promise<BookSummary[]> {
  const ids = contributor.books.map((b) => b.productId)
  if (ids.length === 0) return []
  const books = await listBooksById(ids, region, [cacheTags.author(contributor.handle)])
  return orderLike(books, contributor.books)
}
