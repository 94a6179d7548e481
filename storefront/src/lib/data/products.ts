import "server-only"
import { cache } from "react"
import { cacheTags, catalogueRevalidateSeconds } from "../cache-tags"
import {
  isPlausibleHandle,
  reshapeBook,
  reshapeBookSummary,
  type Book,
  type BookProduct,
  type BookSummary,
} from "../catalogue/book"
import type { Region } from "../catalogue/region"
import { medusaBackendUrl } from "../sdk"
import { storeFetch } from "./store-fetch"

type ProductsResponse = { products: BookProduct[]; count: number }

const context = { backendUrl: medusaBackendUrl }

/** Prices for the region, and stock (inventory_quantity needs the publishable key's sales channel). */
const variantFields =
  "*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder,variants.preorder_terms.status,variants.preorder_terms.release_date"
/** What a card needs of the book module: the authors' names and whether the title is out yet. */
const summaryBookFields = [
  "book.subtitle",
  "book.publication_date",
  "book.publishing_status",
  "book.contributions.role",
  "book.contributions.position",
  "book.contributions.contributor.name",
  "book.contributions.contributor.handle",
].join(",")
const summaryFields = `id,handle,title,subtitle,thumbnail,metadata,variants.id,variants.title,${variantFields},${summaryBookFields}`
const bookFields = [
  "id,handle,title,subtitle,description,thumbnail,metadata,variants.id,variants.title,variants.ean",
  variantFields,
  "*book,*book.contributions,*book.contributions.contributor,*variants.book_format",
  // Categories only come back as a whole relation ("categories.name" is silently dropped).
  "collection.id,collection.title,collection.handle,*categories",
].join(",")

/** Most product ids one listing request carries (keeps the query string short). */
const idsPerRequest = 100

/**
 * Books by product id, priced for the region, as cards show them (the author page). Unpublished
 * or unsold ids are simply missing from the answer; the order is the backend's.
 */
export async function listBooksById(ids: readonly string[], region: Region, tags: readonly string[]): Promise<BookSummary[]> {
  const chunks: string[][] = []
  for (let i = 0; i < ids.length; i += idsPerRequest) chunks.push(ids.slice(i, i + idsPerRequest))
  const pages = await Promise.all(
    chunks.map((chunk) =>
      storeFetch<ProductsResponse>("/store/products", {
        query: { id: chunk, region_id: region.id, fields: summaryFields, limit: chunk.length },
        cache: "force-cache",
        next: { tags: [cacheTags.products, cacheTags.contributors, ...tags], revalidate: catalogueRevalidateSeconds },
      })
    )
  )
  return pages.flatMap(({ products }) => products.map((p) => reshapeBookSummary(p, context)))
}

/** A book by its handle, priced for the region; null when there is no such (published) book. */
export const getBook = cache(async (handle: string, region: Region): Promise<Book | null> => {
  if (!isPlausibleHandle(handle)) return null
  const { products } = await storeFetch<ProductsResponse>("/store/products", {
    query: { handle, region_id: region.id, fields: bookFields, limit: 1 },
    cache: "force-cache",
    next: {
      tags: [cacheTags.products, cacheTags.contributors, cacheTags.book(handle)],
      revalidate: catalogueRevalidateSeconds,
    },
  })
  const product = products[0]
  return product ? reshapeBook(product, context) : null
})
