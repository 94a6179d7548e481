/**
 * Normalisation of the ONIX composites that need more than a lookup: contributors, dates,
 * prices and page counts. Each returns its value plus the warnings or reasons it found.
 */
import { EXTENT_PAGE_TYPES, EXTENT_UNIT_PAGES, KNOWN_CURRENCIES, PRICE_TYPE_PREFERENCE, roleFor } from "./code-lists"
import { toPlainText } from "./plain-text"
import type { ContributorDraft, ProductDraft } from "./read-product"
import type { OnixContributor, OnixPrice } from "./types"

/** Contributors in SequenceNumber order (unnumbered ones after, as sent), one entry per known role. */
export function normaliseContributors(drafts: readonly ContributorDraft[], warnings: string[]): OnixContributor[] {
  const sequenceOf = (d: ContributorDraft): number => {
    const n = Number(d.sequence)
    return d.sequence !== undefined && Number.isFinite(n) ? n : Number.POSITIVE_INFINITY
  }
  const ordered = drafts
    .map((draft, index) => ({ draft, index }))
    .sort((a, b) => sequenceOf(a.draft) - sequenceOf(b.draft) || a.index - b.index)

  const contributors: OnixContributor[] = []
  for (const { draft } of ordered) {
    if (draft.name === undefined) {
      warnings.push(`Contributor ${draft.sequence ?? "(no SequenceNumber)"} has no name and was ignored`)
      continue
    }
    const bio = draft.bio === undefined ? undefined : toPlainText(draft.bio)
    for (const code of draft.roles) {
      const role = roleFor(code)
      if (role === undefined) {
        warnings.push(`ContributorRole ${code} for ${draft.name} is not imported and was ignored`)
        continue
      }
      contributors.push(bio === undefined ? { name: draft.name, role } : { name: draft.name, role, bio })
    }
    if (draft.roles.length === 0) warnings.push(`Contributor ${draft.name} has no ContributorRole and was ignored`)
  }
  return contributors
}

function isoDate(year: string, month: string, day: string): string | undefined {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  const iso = `${year}-${month}-${day}`
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined
}

/**
 * PublishingDate with role 01 as YYYY-MM-DD. Date formats (list 55): 00 YYYYMMDD (the default),
 * 13/14 with a time (the day is kept), 01 YYYYMM (taken as the first of the month, with a
 * warning). Other formats and impossible dates are left out with a warning.
 */
export function normalisePublishingDate(dates: ProductDraft["publishingDates"], warnings: string[]): string | undefined {
  const entry = dates.find((d) => d.role === "01")
  if (entry?.date === undefined) return undefined
  const format = entry.dateFormat ?? "00"
  const value = entry.date
  const full = /^(\d{4})(\d{2})(\d{2})(T[\d:+\-Z]*)?$/.exec(value)
  if (full && (format === "00" || format === "13" || format === "14")) {
    const iso = isoDate(full[1] ?? "", full[2] ?? "", full[3] ?? "")
    if (iso !== undefined) return iso
  }
  const month = /^(\d{4})(\d{2})$/.exec(value)
  if (month && format === "01") {
    const iso = isoDate(month[1] ?? "", month[2] ?? "", "01")
    if (iso !== undefined) {
      warnings.push(`PublishingDate ${value} gives only a month; taken as ${iso}`)
      return iso
    }
  }
  warnings.push(`PublishingDate ${value} (dateformat ${format}) is not a date the import reads; left out`)
  return undefined
}

const AMOUNT = /^-?\d+(\.\d+)?$/

/**
 * One price per currency, from the most preferred PriceType present (02, 04, 01, 03; a price
 * without a PriceType comes last). Bad amounts and unknown currencies are reasons: the record
 * is rejected rather than imported with a wrong price.
 */
export function normalisePrices(drafts: ProductDraft["prices"], reasons: string[]): OnixPrice[] {
  const rank = (priceType: string | undefined): number =>
    priceType === undefined ? PRICE_TYPE_PREFERENCE.length : PRICE_TYPE_PREFERENCE.indexOf(priceType)
  const chosen = new Map<string, { amount: number; rank: number }>()
  for (const draft of drafts) {
    const priceRank = rank(draft.priceType)
    if (priceRank < 0) continue // trade, special-sale and other price types are not shop prices
    const currency = draft.currency?.toUpperCase()
    const amountText = draft.amount
    if (currency === undefined) {
      reasons.push(`missing CurrencyCode in Price (PriceAmount ${amountText ?? "none"})`)
      continue
    }
    if (!KNOWN_CURRENCIES.has(currency)) {
      reasons.push(`unknown currency code ${draft.currency} in Price (PriceAmount ${amountText ?? "none"})`)
      continue
    }
    if (amountText === undefined || !AMOUNT.test(amountText)) {
      reasons.push(`invalid PriceAmount ${amountText ?? "(missing)"} for ${currency} in Price`)
      continue
    }
    const amount = Number(amountText)
    if (amount < 0) {
      reasons.push(`negative PriceAmount ${amountText} for ${currency} in Price`)
      continue
    }
    const current = chosen.get(currency)
    if (current === undefined || priceRank < current.rank) chosen.set(currency, { amount, rank: priceRank })
  }
  return [...chosen].map(([currency, { amount }]) => ({ currency_code: currency.toLowerCase(), amount }))
}

/** Page count from Extent 00 (main content) or 11 (content pages) in pages (unit 03). */
export function normalisePages(extents: ProductDraft["extents"], warnings: string[]): number | undefined {
  for (const type of EXTENT_PAGE_TYPES) {
    const extent = extents.find((e) => e.type === type && (e.unit ?? EXTENT_UNIT_PAGES) === EXTENT_UNIT_PAGES)
    if (extent?.value === undefined) continue
    const pages = Number(extent.value)
    if (Number.isInteger(pages) && pages > 0) return pages
    warnings.push(`ExtentValue ${extent.value} (ExtentType ${type}) is not a page count; left out`)
  }
  return undefined
}
