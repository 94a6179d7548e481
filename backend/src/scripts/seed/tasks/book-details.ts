import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { BookFormatName, ContributorRole, PublishingStatus } from "../../../modules/book/constants"
import { upsertBookDetailsWorkflow } from "../../../workflows/book/upsert-book-details"
import { isoDate, sameBook, wantedBook, type BookState } from "../book-plan"
import { progressLine } from "../plan"
import { handleFor } from "../product-input"
import { TITLES } from "../titles"
import type { SeedContext } from "./context"

type ProductBookRow = {
  id: string
  handle: string
  variants?: { id: string; sku: string | null; book_format?: { format: BookFormatName; pages: number | null } | null }[] | null
  book?: {
    subtitle: string | null
    publication_date: Date | string | null
    publishing_status: PublishingStatus
    language: string
    edition: string | null
    contributions?: { role: ContributorRole; position: number; contributor?: { handle: string } | null }[] | null
  } | null
}

const FIELDS = [
  "id",
  "handle",
  "variants.id",
  "variants.sku",
  "variants.book_format.format",
  "variants.book_format.pages",
  "book.subtitle",
  "book.publication_date",
  "book.publishing_status",
  "book.language",
  "book.edition",
  "book.contributions.role",
  "book.contributions.position",
  "book.contributions.contributor.handle",
]

/** What is stored for a product, in the seed's comparable shape (null when it has no book). */
function storedBook(row: ProductBookRow): BookState | null {
  if (!row.book) return null
  const contributions = [...(row.book.contributions ?? [])].sort((a, b) => a.position - b.position)
  return {
    subtitle: row.book.subtitle,
    publication_date: isoDate(row.book.publication_date),
    publishing_status: row.book.publishing_status,
    language: row.book.language,
    edition: row.book.edition,
    credits: contributions.map((c) => ({ handle: c.contributor?.handle ?? "", role: c.role })),
    formats: (row.variants ?? []).flatMap((v) =>
      v.sku && v.book_format ? [{ sku: v.sku, format: v.book_format.format, pages: v.book_format.pages }] : []
    ),
  }
}

function lookup(map: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = map.get(key)
  if (!id) throw new Error(`The seed cannot find ${what} "${key}".`)
  return id
}

/**
 * Book details, ordered credits and formats (with pages) of every demo title, written through
 * upsert-book-details only where they are missing or differ from the seed data; a forthcoming
 * title keeps its stored release date (see book-plan.ts).
 */
export async function ensureBookDetails(
  { container, logger }: SeedContext,
  contributorIds: ReadonlyMap<string, string>,
  now = new Date()
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: FIELDS, filters: { handle: TITLES.map(handleFor) } })
  const products = new Map((data as ProductBookRow[]).map((row) => [row.handle, row]))

  let written = 0
  for (const title of TITLES) {
    const row = products.get(handleFor(title))
    if (!row) throw new Error(`Product "${handleFor(title)}" is missing; ensureProducts runs first.`)
    const stored = storedBook(row)
    const wanted = wantedBook(title, stored, now)
    if (stored && sameBook(wanted, stored)) continue

    const variantIds = new Map((row.variants ?? []).flatMap((v) => (v.sku ? [[v.sku, v.id] as const] : [])))
    await upsertBookDetailsWorkflow(container).run({
      input: {
        product_id: row.id,
        details: {
          subtitle: wanted.subtitle,
          publication_date: wanted.publication_date ? new Date(wanted.publication_date) : null,
          publishing_status: wanted.publishing_status,
          language: wanted.language,
          edition: wanted.edition,
        },
        contributors: wanted.credits.map((c) => ({ contributor_id: lookup(contributorIds, c.handle, "contributor"), role: c.role })),
        formats: wanted.formats.map((f) => ({ variant_id: lookup(variantIds, f.sku, "variant"), format: f.format, pages: f.pages })),
      },
    })
    written++
  }
  logger.info(progressLine("Book details", TITLES.length, written, "written"))
}
