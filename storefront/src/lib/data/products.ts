import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { cacheTags, catalogueRevalidateSeconds } from "../cache-tags"
import {
  isPlausibleHandle,
  reshapeBook,
  reshapeBookSummary,
  type Book,
  type BookSummary,
} from "../catalogue/book"
import type { Region } from "../catalogue/region"
import { storeFetch } from "./store-fetch"

type ProductsResponse = { products: HttpTypes.StoreProduct[]; count: number }

/** Prices for the region, and stock (inventory_quantity needs the publishable key's sales channel). */
const variantFields =
  "*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder"
const summaryFields = `id,handle,title,subtitle,thumbnail,metadata,variants.id,variants.title,${variantFields}`
const bookFields = `id,handle,title,subtitle,description,thumbnail,metadata,variants.id,variants.title,variants.ean,${variantFields}`

export type BookPage = { books: BookSummary[]; count: number }

/** One page of the catalogue, priced for the region. */
export async function listBooks(
  region: Region,
  { limit = 24, offset = 0 }: { limit?: number; offset?: number } = {}
): Promise<BookPage> {
  const { products, count } = await storeFetch<ProductsResponse>("/store/products", {
    query: { region_id: region.id, fields: summaryFields, limit, offset, order: "title" },
    cache: "force-cache",
    next: { tags: [cacheTags.products], revalidate: catalogueRevalidateSeconds },
  })
  return { books: products.map(reshapeBookSummary), count }
}

/** A book by its handle, priced for the region; null when there is no such (published) book. */
export const getBook = cache(async (handle: string, region: Region): Promise<Book | null> => {
  if (!isPlausibleHandle(handle)) return null
  const { products } = await storeFetch<ProductsResponse>("/store/products", {
    query: { handle, region_id: region.id, fields: bookFields, limit: 1 },
    cache: "force-cache",
    next: {
      tags: [cacheTags.products, cacheTags.book(handle)],
      revalidate: catalogueRevalidateSeconds,
    },
  })
  const product = products[0]
  return product ? reshapeBook(product) : null
})
