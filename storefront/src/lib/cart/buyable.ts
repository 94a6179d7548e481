import type { Format } from "../catalogue/book"
import { formatMoney } from "../catalogue/money"
import type { Publication } from "../catalogue/publication"
import { isPreorder } from "./preorder"

/** A format a reader can put in the cart: priced here, and in stock, orderable or pre-orderable. */
export function canBuy(format: Format, publication: Publication | undefined): boolean {
  if (!format.price) return false
  if (format.availability === "in_stock" || format.availability === "backorder") return true
  if (format.preorderTerms?.status === "open") return true
  return format.availability === "unpublished" && !!publication && isPreorder(publication)
}

/** The formats a listing offers for the cart, labelled "Paperback — £18.99". */
export function buyableFormats(formats: readonly Format[], publication: Publication, countryCode: string): { id: string; label: string }[] {
  return formats.flatMap((format) =>
    canBuy(format, publication) && format.price
      ? [{ id: format.id, label: `${format.name} — ${formatMoney(format.price, countryCode)}` }]
      : []
  )
}
