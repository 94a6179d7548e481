/**
 * What the shop holds for a batch of works, in a few queries: the products their ISBNs belong
 * to (with prices, book details, credits, series, subjects and options) and whether the handles
 * of the unmatched ones are taken. Read by the workflow for one work and by the runner to skip
 * works that are unchanged without starting a workflow.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { OnixWork } from "../../lib/onix"
import type { BookFormatName, ContributorRole, PublishingStatus } from "../../modules/book/constants"
import { FORMAT_OPTION_TITLE, formatFromLabel } from "./refs"
import type { ExistingProduct, ExistingState } from "./types"

type ProductRow = {
  id: string
  title: string
  subtitle: string | null
  description: string | null
  handle: string
  collection?: { handle: string } | null
  categories?: { id: string; handle: string; metadata: Record<string, unknown> | null }[] | null
  options?: { id: string; title: string; values?: { value: string }[] | null }[] | null
  variants?: {
    id: string
    ean: string | null
    sku: string | null
    title: string | null
    options?: { value: string; option_id: string | null }[] | null
    prices?: { currency_code: string; amount: number; rules_count: number | null; price_list_id: string | null }[] | null
    book_format?: { format: BookFormatName; pages: number | null } | null
  }[]
  book?: {
    subtitle: string | null
    publication_date: string | Date | null
    publishing_status: PublishingStatus
    language: string
    edition: string | null
    contributions?: { role: ContributorRole; position: number; contributor?: { handle: string } | null }[] | null
  } | null
}

const PRODUCT_FIELDS = [
  "id", "title", "subtitle", "description", "handle", "collection.handle",
  "categories.id", "categories.handle", "categories.metadata",
  "options.id", "options.title", "options.values.value",
  "variants.id", "variants.ean", "variants.sku", "variants.title", "variants.options.value", "variants.options.option_id",
  "variants.prices.currency_code", "variants.prices.amount", "variants.prices.rules_count", "variants.prices.price_list_id",
  "variants.book_format.format", "variants.book_format.pages",
  "book.subtitle", "book.publication_date", "book.publishing_status", "book.language", "book.edition",
  "book.contributions.role", "book.contributions.position", "book.contributions.contributor.handle",
]

const isoDate = (value: string | Date | null): string | null => (value === null ? null : new Date(value).toISOString().slice(0, 10))

/** The product as the planner compares it. Only plain prices count: no rules, no price list. */
export function toExistingProduct(row: ProductRow): ExistingProduct {
  const formatOption = (row.options ?? []).find((o) => o.title === FORMAT_OPTION_TITLE)
  const book = row.book
  return {
    id: row.id,
    title: row.title,
    subtitle: row.subtitle,
    description: row.description,
    handle: row.handle,
    collection_handle: row.collection?.handle ?? null,
    categories: (row.categories ?? []).map((c) => ({ id: c.id, handle: c.handle, is_subject: typeof c.metadata?.subject_scheme === "string" })),
    format_option: formatOption ? { id: formatOption.id, values: (formatOption.values ?? []).map((v) => v.value) } : null,
    option_count: (row.options ?? []).length,
    variants: (row.variants ?? []).map((v) => ({
      id: v.id,
      ean: v.ean,
      sku: v.sku,
      title: v.title,
      format:
        formatFromLabel(v.options?.find((o) => formatOption && o.option_id === formatOption.id)?.value) ??
        formatFromLabel(v.book_format?.format) ??
        formatFromLabel(v.title),
      prices: (v.prices ?? [])
        .filter((p) => !p.rules_count && !p.price_list_id)
        .map((p) => ({ currency_code: p.currency_code, amount: Number(p.amount) })),
      book_format: v.book_format ? { format: v.book_format.format, pages: v.book_format.pages } : null,
    })),
    book: book
      ? {
          subtitle: book.subtitle,
          publication_date: isoDate(book.publication_date),
          publishing_status: book.publishing_status,
          language: book.language,
          edition: book.edition,
          contributors: [...(book.contributions ?? [])]
            .sort((a, b) => a.position - b.position)
            .map((c) => ({ handle: c.contributor?.handle ?? "", role: c.role })),
        }
      : null,
  }
}

const CHUNK = 200

const chunks = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK))

export async function readShopStates(
  container: MedusaContainer,
  works: readonly OnixWork[],
  currencyCodes: readonly string[]
): Promise<ExistingState[]> {
  const productService = container.resolve(Modules.PRODUCT)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const isbns = works.flatMap((w) => w.formats.map((f) => f.isbn13))
  const productOf = new Map<string, string>()
  for (const part of chunks(isbns)) {
    const variants = await productService.listProductVariants({ ean: part }, { select: ["ean", "product_id"], take: null })
    for (const v of variants) if (v.ean && v.product_id) productOf.set(v.ean, v.product_id)
  }
  const products = new Map<string, ExistingProduct>()
  for (const ids of chunks([...new Set(productOf.values())])) {
    const { data } = await query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: ids } })
    for (const row of data as ProductRow[]) products.set(row.id, toExistingProduct(row))
  }
  const owners = (work: OnixWork) => [...new Set(work.formats.map((f) => productOf.get(f.isbn13)).filter((id): id is string => !!id))]
  const unmatched = works.filter((w) => owners(w).length === 0).map((w) => w.handle)
  const taken = new Set<string>()
  for (const handles of chunks(unmatched)) {
    const rows = await productService.listProducts({ handle: handles }, { select: ["handle"], take: null })
    for (const row of rows) taken.add(row.handle)
  }
  return works.map((work) => ({
    products: owners(work).map((id) => products.get(id)).filter((p): p is ExistingProduct => !!p),
    handle_taken: taken.has(work.handle),
    currency_codes: currencyCodes,
  }))
}
