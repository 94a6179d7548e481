/**
 * The import's decision for one work, as a pure function of the work and what the shop holds:
 * - no variant has any of the work's ISBNs → create a product;
 * - the ISBNs belong to one product → update exactly what differs (title, subtitle,
 *   description, series, subjects, prices per currency, new formats, book details, credits,
 *   pages), or nothing at all ("unchanged");
 * - anything that cannot be done safely (ISBNs spread over several products, an ISBN that is
 *   another format in the shop, two variants of one format) → a conflict with its reasons.
 * What the file does not say (no description, no series, no pages, a currency it does not
 * price in) never removes what the shop has.
 */
import type { OnixFormat, OnixWork } from "../../lib/onix"
import { DEFAULT_LANGUAGE } from "../../modules/book/constants"
import {
  bookFormatName,
  contributorRefs,
  FORMAT_OPTION_TITLE,
  creditsOf,
  isPrint,
  seriesRef,
  subjectRefs,
} from "./refs"
import type {
  BookPlan,
  ConflictPlan,
  ExistingBook,
  ExistingProduct,
  ExistingState,
  ExistingVariant,
  NewVariant,
  Price,
  ProductChanges,
  UpdatePlan,
  WorkPlan,
} from "./types"

/** Amounts are equal when they agree to a hundredth of a cent. */
const sameAmount = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6

const sameList = <T>(a: readonly T[], b: readonly T[], key: (item: T) => string): boolean =>
  a.length === b.length && a.every((item, i) => key(item) === key(b[i] as T))

/** The work's prices for one format in the shop's currencies; the others become warnings. */
function pricesIn(format: OnixFormat, currencies: ReadonlySet<string>, warnings: string[]): Price[] {
  const skipped = format.prices.filter((p) => !currencies.has(p.currency_code))
  if (skipped.length > 0) {
    const codes = skipped.map((p) => p.currency_code.toUpperCase()).join(", ")
    warnings.push(`${format.recordReference}: prices in ${codes} not imported (the shop does not sell in them)`)
  }
  return format.prices.filter((p) => currencies.has(p.currency_code))
}

function duplicateFormats(work: OnixWork): string[] {
  const reasons: string[] = []
  for (const format of new Set(work.formats.map((f) => f.format))) {
    const same = work.formats.filter((f) => f.format === format)
    if (same.length > 1) {
      reasons.push(`${same.length} ${format} formats (${same.map((f) => `${f.isbn13} from ${f.recordReference}`).join(", ")}): a product has one variant per format`)
    }
  }
  return reasons
}

/** The book details the work asks for; what the file leaves out is kept from the shop. */
function wantedBook(work: OnixWork, book: ExistingBook | null, variants: readonly ExistingVariant[]): BookPlan {
  const pagesOf = (isbn: string) => variants.find((v) => v.ean === isbn)?.book_format?.pages ?? null
  const status = work.status ?? book?.publishing_status
  return {
    details: {
      subtitle: work.subtitle ?? null,
      publication_date: work.publicationDate ?? book?.publication_date ?? null,
      ...(status === undefined ? {} : { publishing_status: status }),
      language: work.language ?? book?.language ?? DEFAULT_LANGUAGE,
      edition: work.editionNumber !== undefined ? String(work.editionNumber) : (book?.edition ?? null),
    },
    credits: work.contributors.length > 0 ? creditsOf(work.contributors) : (book?.contributors ?? []),
    formats: work.formats.map((f) => ({ isbn: f.isbn13, format: bookFormatName(f.format), pages: f.pages ?? pagesOf(f.isbn13) })),
  }
}

/** What differs between the wanted book and the one the product has, in words. */
function bookChanges(wanted: BookPlan, book: ExistingBook | null, variants: readonly ExistingVariant[]): string[] {
  if (book === null) return ["book details added"]
  const changes: string[] = []
  const { details } = wanted
  const fields = ["subtitle", "publication_date", "publishing_status", "language", "edition"] as const
  for (const field of fields) {
    const value = details[field]
    if (value !== undefined && value !== book[field]) changes.push(`${field.replace("_", " ")}: ${book[field] ?? "none"} → ${value ?? "none"}`)
  }
  if (!sameList(wanted.credits, book.contributors, (c) => `${c.handle}/${c.role}`)) changes.push("contributors")
  for (const format of wanted.formats) {
    const current = variants.find((v) => v.ean === format.isbn)?.book_format
    if (!current || current.format !== format.format || current.pages !== format.pages) {
      changes.push(`format details of ${format.isbn}`)
    }
  }
  return changes
}

const newVariant = (format: OnixFormat, prices: Price[]): NewVariant => ({
  isbn: format.isbn13,
  format: format.format,
  prices,
  manage_inventory: isPrint(format.format),
})

function planCreate(work: OnixWork, state: ExistingState, currencies: ReadonlySet<string>, warnings: string[]): WorkPlan {
  const first = work.formats[0]?.isbn13 ?? "new"
  const handle = state.handle_taken ? `${work.handle}-${first}` : work.handle
  const variants = work.formats.map((f) => newVariant(f, pricesIn(f, currencies, warnings)))
  return {
    action: "create",
    handle,
    changes: [`new product with ${variants.map((v) => `${v.format} ${v.isbn}`).join(", ")}`],
    warnings,
    product: { title: work.title, subtitle: work.subtitle ?? null, description: work.description ?? null, handle },
    variants,
    contributors: contributorRefs(work.contributors),
    series: work.series ? seriesRef(work.series) : null,
    subjects: subjectRefs(work),
    book: wantedBook(work, null, []),
  }
}

function productChanges(work: OnixWork, product: ExistingProduct, changes: string[]): ProductChanges | null {
  const update: ProductChanges = {}
  if (work.title !== product.title) update.title = work.title
  if ((work.subtitle ?? null) !== product.subtitle) update.subtitle = work.subtitle ?? null
  if (work.description !== undefined && work.description !== product.description) update.description = work.description
  for (const field of Object.keys(update)) changes.push(field)
  return Object.keys(update).length > 0 ? update : null
}

function planUpdate(work: OnixWork, product: ExistingProduct, currencies: ReadonlySet<string>, warnings: string[]): WorkPlan {
  const changes: string[] = []
  const reasons: string[] = []
  const plan: UpdatePlan = {
    action: "update",
    handle: product.handle,
    changes,
    warnings,
    product_id: product.id,
    variant_ids: {},
    product: productChanges(work, product, changes),
    series: null,
    subjects: null,
    option_values: null,
    new_variants: [],
    price_changes: [],
    contributors: contributorRefs(work.contributors),
    book: null,
  }

  for (const format of work.formats) {
    const prices = pricesIn(format, currencies, warnings)
    const variant = product.variants.find((v) => v.ean === format.isbn13)
    if (variant) {
      if (variant.format !== null && variant.format !== format.format) {
        reasons.push(`ISBN ${format.isbn13} is the ${variant.format} of "${product.title}" in the shop but a ${format.format} in record ${format.recordReference}`)
        continue
      }
      plan.variant_ids[format.isbn13] = variant.id
      const changed = prices.filter((p) => {
        const current = variant.prices.find((c) => c.currency_code === p.currency_code)
        if (current && sameAmount(current.amount, p.amount)) return false
        changes.push(`${p.currency_code.toUpperCase()} price of ${format.isbn13}: ${current ? current.amount : "none"} → ${p.amount}`)
        return true
      })
      if (changed.length > 0) plan.price_changes.push({ variant_id: variant.id, isbn: format.isbn13, prices: changed })
      continue
    }
    const sameFormat = product.variants.find((v) => v.format === format.format)
    if (sameFormat) {
      reasons.push(`"${product.title}" already has a ${format.format} (ISBN ${sameFormat.ean ?? "none"}); ISBN ${format.isbn13} from record ${format.recordReference} cannot be a second one`)
    } else if (product.format_option === null || product.option_count !== 1) {
      reasons.push(`"${product.title}" has no single ${FORMAT_OPTION_TITLE} option, so its ${format.format} (ISBN ${format.isbn13}) cannot be added by the import; add it in the admin`)
    } else {
      plan.new_variants.push(newVariant(format, prices))
      changes.push(`new ${format.format} ${format.isbn13}`)
    }
  }
  if (reasons.length > 0) return { action: "conflict", handle: product.handle, changes: [], warnings, reasons }

  const missingValues = plan.new_variants.map((v) => v.format).filter((f) => !product.format_option?.values.includes(f))
  if (product.format_option && missingValues.length > 0) plan.option_values = { option_id: product.format_option.id, values: missingValues }

  if (work.series) {
    const series = seriesRef(work.series)
    if (series.handle !== product.collection_handle) {
      plan.series = series
      changes.push(`series: ${series.title}`)
    }
  }
  const subjects = subjectRefs(work)
  const current = product.categories.filter((c) => c.is_subject).map((c) => c.handle)
  if (subjects.length > 0 && !sameList([...current].sort(), subjects.map((s) => s.handle).sort(), (h) => h)) {
    plan.subjects = { wanted: subjects, keep_category_ids: product.categories.filter((c) => !c.is_subject).map((c) => c.id) }
    changes.push(`subjects: ${subjects.map((s) => s.name).join(", ")}`)
  }

  const book = wantedBook(work, product.book, product.variants)
  const bookDiff = bookChanges(book, product.book, product.variants)
  if (bookDiff.length > 0 || plan.new_variants.length > 0) {
    plan.book = book
    changes.push(...bookDiff)
  }
  if (changes.length === 0) return { action: "unchanged", handle: product.handle, changes, warnings, product_id: product.id }
  return plan
}

export function planWorkImport(work: OnixWork, state: ExistingState): WorkPlan {
  const warnings: string[] = []
  const currencies = new Set(state.currency_codes.map((c) => c.toLowerCase()))
  const conflict = (reasons: string[]): ConflictPlan => ({ action: "conflict", handle: work.handle, changes: [], warnings, reasons })

  const duplicates = duplicateFormats(work)
  if (duplicates.length > 0) return conflict(duplicates)
  if (state.products.length > 1) {
    const isbnsOf = (p: ExistingProduct) => work.formats.map((f) => f.isbn13).filter((isbn) => p.variants.some((v) => v.ean === isbn))
    const firstIndex = (p: ExistingProduct) => work.formats.findIndex((f) => f.isbn13 === isbnsOf(p)[0])
    const owners = [...state.products].sort((a, b) => firstIndex(a) - firstIndex(b)).map((p) => `"${p.title}" (${isbnsOf(p).join(", ")})`)
    return conflict([`the ISBNs of this work belong to different products: ${owners.join(" and ")}; merge or split them in the admin first`])
  }
  const [product] = state.products
  return product ? planUpdate(work, product, currencies, warnings) : planCreate(work, state, currencies, warnings)
}
