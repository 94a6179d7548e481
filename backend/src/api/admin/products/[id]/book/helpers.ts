import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

type ProductBookRow = {
  id: string
  book?: {
    id: string
    subtitle: string | null
    publication_date: string | Date | null
    publishing_status: string
    language: string
    edition: string | null
    contributions?: { role: string; position: number; contributor?: { id: string; name: string; handle: string } | null }[]
  } | null
  variants?: { id: string; title: string | null; ean: string | null; book_format?: { id: string; format: string; pages: number | null } | null }[]
}

const FIELDS = [
  "id",
  "book.id",
  "book.subtitle",
  "book.publication_date",
  "book.publishing_status",
  "book.language",
  "book.edition",
  "book.contributions.role",
  "book.contributions.position",
  "book.contributions.contributor.id",
  "book.contributions.contributor.name",
  "book.contributions.contributor.handle",
  "variants.id",
  "variants.title",
  "variants.ean",
  "variants.book_format.id",
  "variants.book_format.format",
  "variants.book_format.pages",
]

/** The admin view of a product's book: details, contributors in order, formats per variant. */
export function toAdminBook(row: ProductBookRow) {
  const { book } = row
  if (!book) return null
  const contributors = [...(book.contributions ?? [])]
    .sort((a, b) => a.position - b.position)
    .map((c) => ({ contributor_id: c.contributor?.id, name: c.contributor?.name, handle: c.contributor?.handle, role: c.role, position: c.position }))
  const formats = (row.variants ?? [])
    .filter((v) => v.book_format)
    .map((v) => ({ id: v.book_format?.id, variant_id: v.id, variant_title: v.title, isbn: v.ean, format: v.book_format?.format, pages: v.book_format?.pages ?? null }))
  return {
    id: book.id,
    product_id: row.id,
    subtitle: book.subtitle,
    publication_date: book.publication_date,
    publishing_status: book.publishing_status,
    language: book.language,
    edition: book.edition,
    contributors,
    formats,
  }
}

/** The book of a product (null when it has none yet); 404 naming the id when the product is unknown. */
export async function fetchAdminBook(scope: MedusaContainer, productId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: FIELDS, filters: { id: productId } })
  const row = (data as ProductBookRow[])[0]
  if (!row) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product with id "${productId}"`)
  }
  return toAdminBook(row)
}
