/**
 * Whether a reader can have a book now, as the search facet shows it. Pure: the index's
 * transform reads stock and publishing status and asks these functions.
 */

export const AVAILABILITIES = ["in_stock", "preorder", "out_of_stock"] as const
export type Availability = (typeof AVAILABILITIES)[number]

/** One format (variant) of a work, as far as availability is concerned. */
export type FormatStock = {
  /** Paperback or hardback: a copy has to be on a shelf. Ebooks are not stock. */
  print: boolean
  inStock: boolean
  /** Open pre-order terms on this format: it sells as a pre-order whatever its stock. */
  preorder?: boolean
}

/**
 * A print format with open pre-order terms → "preorder" (the storefront sells it as one);
 * otherwise any print format in stock → "in_stock"; otherwise a forthcoming title (ONIX list 64)
 * → "preorder"; otherwise "out_of_stock".
 */
export function bookAvailability(input: {
  publishingStatus: string | null | undefined
  formats: readonly FormatStock[]
}): Availability {
  if (input.formats.some((format) => format.print && format.preorder)) return "preorder"
  if (input.formats.some((format) => format.print && format.inStock)) return "in_stock"
  if (input.publishingStatus === "forthcoming") return "preorder"
  return "out_of_stock"
}

export type VariantStock = {
  manage_inventory?: boolean | null
  /** The variant's inventory items: how many of each one unit takes, and what each location has. */
  inventory_items?:
    | ({
        required_quantity?: number | null
        inventory?: { location_levels?: ({ available_quantity?: number | null } | null)[] | null } | null
      } | null)[]
    | null
}

/**
 * A variant is in stock when its inventory is not managed (always available), or when every
 * inventory item it is made of has, summed over the locations, enough available units for one.
 */
export function variantInStock(variant: VariantStock): boolean {
  if (variant.manage_inventory === false) return true
  const items = (variant.inventory_items ?? []).filter((item) => item !== null)
  if (items.length === 0) return false
  return items.every((item) => {
    const available = (item.inventory?.location_levels ?? []).reduce(
      (sum, level) => sum + Math.max(0, Number(level?.available_quantity ?? 0)),
      0
    )
    return available >= Math.max(1, Number(item.required_quantity ?? 1))
  })
}

export type VariantTerms = {
  preorder_terms?: { status?: string | null; release_date?: Date | string | null } | null
}

/** The variant's pre-order release day ("2027-01-03", UTC) when its terms are open; null otherwise. */
export function openReleaseDay(variant: VariantTerms): string | null {
  const terms = variant.preorder_terms
  if (terms?.status !== "open" || !terms.release_date) return null
  const date = new Date(terms.release_date)
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10)
}
