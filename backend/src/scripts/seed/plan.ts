/**
 * The small decisions that make the seed idempotent: which wanted entities are missing,
 * and whether the store needs an update. Pure functions over plain data.
 */

/** The wanted items whose natural key is not among the existing ones, in wanted order. */
export function missingBy<T>(
  wanted: readonly T[],
  existingKeys: Iterable<string>,
  keyOf: (item: T) => string
): T[] {
  const existing = new Set(existingKeys)
  return wanted.filter((item) => !existing.has(keyOf(item)))
}

/** Formats "Regions: 7 (2 created)". */
export function progressLine(label: string, total: number, created: number, verb = "created"): string {
  return `${label}: ${total} (${created} ${verb})`
}

export type StoreCurrency = { currency_code: string; is_default: boolean; is_tax_inclusive: boolean }

export type StoreState = {
  name: string
  supported_currencies: StoreCurrency[]
  default_sales_channel_id: string | null
  default_region_id: string | null
  default_location_id: string | null
}

const currencyKey = (c: StoreCurrency) =>
  `${c.currency_code.toLowerCase()}:${c.is_default ? "default" : ""}:${c.is_tax_inclusive ? "incl" : "excl"}`

function sameCurrencies(a: readonly StoreCurrency[], b: readonly StoreCurrency[]): boolean {
  if (a.length !== b.length) return false
  const keys = new Set(a.map(currencyKey))
  return b.every((c) => keys.has(currencyKey(c)))
}

/**
 * The update that brings the store to the wanted state, or undefined when it is already
 * there. Currencies are sent as a whole (Medusa replaces the list) and only if they differ.
 */
export function storeUpdate(current: StoreState, wanted: StoreState): Partial<StoreState> | undefined {
  const update: Partial<StoreState> = {}
  if (current.name !== wanted.name) update.name = wanted.name
  if (!sameCurrencies(current.supported_currencies, wanted.supported_currencies)) {
    update.supported_currencies = wanted.supported_currencies
  }
  if (current.default_sales_channel_id !== wanted.default_sales_channel_id) {
    update.default_sales_channel_id = wanted.default_sales_channel_id
  }
  if (current.default_region_id !== wanted.default_region_id) {
    update.default_region_id = wanted.default_region_id
  }
  if (current.default_location_id !== wanted.default_location_id) {
    update.default_location_id = wanted.default_location_id
  }
  return Object.keys(update).length > 0 ? update : undefined
}

/**
 * For each group (a collection or category id), the products that should be in it and are not
 * yet, in wanted order; groups with nothing to add are left out.
 */
export function missingMemberships(
  wanted: readonly { groupId: string; productId: string }[],
  isMember: (groupId: string, productId: string) => boolean
): Map<string, string[]> {
  const add = new Map<string, string[]>()
  for (const { groupId, productId } of wanted) {
    if (isMember(groupId, productId)) continue
    add.set(groupId, [...(add.get(groupId) ?? []), productId])
  }
  return add
}
