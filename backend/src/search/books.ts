/**
 * The "books" search index: one document per published work (product), built from the product,
 * its book details and ordered credits, series (collection), subjects (categories) and formats
 * (variants: ISBNs, prices, stock). Served to the storefront by `POST /store/search`
 * (see store-search.ts), on search-postgres by default or Meilisearch when configured.
 *
 * Scoping: unpublished products are never written (the transform drops them, and an update
 * that unpublishes one deletes it); `status` and `sales_channel_ids` are filterable so the
 * store route also narrows every query to published books of the publishable key's channel.
 */
import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { BOOK_GRAPH_FIELDS, PRICE_CURRENCIES, priceField, toBookDocument, type BookRow } from "./books/document"
import { BOOKS_INDEX } from "./books/index-name"
import { BOOK_INDEX_EVENTS, PRODUCT_DELETED, productIdsForEvent } from "./books/related-products"
import { reportSeedRows } from "./books/seed-progress"

const priceFields = Object.fromEntries(
  PRICE_CURRENCIES.map((currency) => [priceField(currency), search.float().sortable().filterable()])
)

const toDocuments = (rows: BookRow[]) => rows.flatMap((row) => toBookDocument(row) ?? [])

export const booksIndex = defineSearchIndex({
  name: BOOKS_INDEX,
  entity: "product",
  fields: search.define({
    // Sortable as the last sort key of a listing, so books that tie on price or date keep one
    // order and server-side pages never repeat or skip a book.
    id: search.keyword().filterable().sortable(),
    handle: search.keyword(),
    // Relevance: title and subtitle first, then people, then series and subjects, then the blurb.
    title: search.text().searchable({ weight: 3 }),
    subtitle: search.text().searchable({ weight: 3 }),
    contributors: search.text().array().searchable({ weight: 2 }).filterable().facetable(),
    series: search.text().searchable({ weight: 1.5 }).filterable().facetable(),
    subjects: search.text().array().searchable({ weight: 1.5 }).filterable().facetable(),
    description: search.text().searchable().retrievable(false),
    // Digits only; a keyword, so engines that can (Meilisearch) never typo-match it, and
    // store-search.ts turns an ISBN-shaped query into an exact filter on it.
    isbns: search.keyword().array().searchable().filterable(),
    authors: search.keyword().array(),
    formats: search.keyword().array().filterable().facetable(),
    availability: search.keyword().filterable().facetable(),
    // Open pre-order terms: the earliest release day and the print formats they are on.
    preorder_release_date: search.keyword(),
    preorder_formats: search.keyword().array(),
    publication_year: search.keyword().filterable().facetable(),
    published_at: search.date().sortable(),
    title_sort: search.keyword().sortable().retrievable(false),
    thumbnail: search.keyword(),
    status: search.keyword().filterable().retrievable(false),
    sales_channel_ids: search.keyword().array().filterable().retrievable(false),
    ...priceFields,
  }),
  events: BOOK_INDEX_EVENTS,
  consume: graphConsume({
    fields: BOOK_GRAPH_FIELDS,
    resolve_ids: (event, { container }) => productIdsForEvent(event, container.query),
    // Only the product's own deletion removes it; a deleted variant or credit changes it.
    is_delete: (event) => event.name === PRODUCT_DELETED,
    transform: (rows: BookRow[]) => toDocuments(rows),
  }),
  seed: graphSeed({
    fields: BOOK_GRAPH_FIELDS,
    batch_size: 100,
    transform: (rows: BookRow[]) => {
      reportSeedRows(rows.length)
      return toDocuments(rows)
    },
  }),
})

export default booksIndex
