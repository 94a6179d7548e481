/**
 * The shop's fixed demo set-up as plain data: store, regions, tax, warehouses, shipping.
 * Natural keys (names, country codes) are what the seed looks entities up by, so renaming
 * something here creates a new entity on the next run rather than editing the old one.
 */
import type { CurrencyCode } from "./prices"

export const STORE_NAME = "Wellred Books"
export const SALES_CHANNEL = {
  name: "Wellred Storefront",
  description: "The Wellred Books web shop",
}
export const DEFAULT_REGION_NAME = "United Kingdom"
export const DEFAULT_LOCATION_NAME = "London warehouse"

export const PAYMENT_PROVIDER_ID = "pp_system_default"
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"

/**
 * The payment providers every region offers: Medusa's system provider always (the labelled
 * test payment), and Stripe (registered with id "stripe" in medusa-config) when its key is set.
 */
export function regionPaymentProviders(env: Readonly<Record<string, string | undefined>>): string[] {
  return env.STRIPE_API_KEY ? [PAYMENT_PROVIDER_ID, STRIPE_PROVIDER_ID] : [PAYMENT_PROVIDER_ID]
}
export const TAX_PROVIDER_ID = "tp_system"
export const FULFILLMENT_PROVIDER_ID = "manual_manual"

export type LocationName = "London warehouse" | "New York warehouse"

export type RegionSeed = {
  name: string
  currency_code: CurrencyCode
  countries: string[]
  /**
   * Shelf prices include tax where readers expect VAT/GST in the sticker price (UK, EU,
   * Sweden, Switzerland, Australia); US and Canadian prices are shown before sales tax.
   */
  is_tax_inclusive: boolean
  ships_from: LocationName
  shipping: { standard: number; express: number }
  delivery: { standard: string; express: string }
}

export const REGIONS: readonly RegionSeed[] = [
  {
    name: "United Kingdom",
    currency_code: "gbp",
    countries: ["gb"],
    is_tax_inclusive: true,
    ships_from: "London warehouse",
    shipping: { standard: 3.95, express: 7.95 },
    delivery: { standard: "2–4 working days", express: "Next working day" },
  },
  {
    name: "United States",
    currency_code: "usd",
    countries: ["us"],
    is_tax_inclusive: false,
    ships_from: "New York warehouse",
    shipping: { standard: 5.95, express: 14.95 },
    delivery: { standard: "3–7 working days", express: "1–2 working days" },
  },
  {
    name: "Europe",
    currency_code: "eur",
    countries: ["de", "fr", "es", "it", "nl", "be", "at", "ie", "pt", "fi"],
    is_tax_inclusive: true,
    ships_from: "London warehouse",
    shipping: { standard: 9.95, express: 19.95 },
    delivery: { standard: "5–10 working days", express: "2–4 working days" },
  },
  {
    name: "Canada",
    currency_code: "cad",
    countries: ["ca"],
    is_tax_inclusive: false,
    ships_from: "New York warehouse",
    shipping: { standard: 9.95, express: 24.95 },
    delivery: { standard: "5–10 working days", express: "2–4 working days" },
  },
  {
    name: "Australia",
    currency_code: "aud",
    countries: ["au"],
    is_tax_inclusive: true,
    ships_from: "London warehouse",
    shipping: { standard: 19.95, express: 39.95 },
    delivery: { standard: "10–20 working days", express: "4–7 working days" },
  },
  {
    name: "Sweden",
    currency_code: "sek",
    countries: ["se"],
    is_tax_inclusive: true,
    ships_from: "London warehouse",
    shipping: { standard: 99, express: 199 },
    delivery: { standard: "5–10 working days", express: "2–4 working days" },
  },
  {
    name: "Switzerland",
    currency_code: "chf",
    countries: ["ch"],
    is_tax_inclusive: true,
    ships_from: "London warehouse",
    shipping: { standard: 11.95, express: 24.95 },
    delivery: { standard: "5–10 working days", express: "2–4 working days" },
  },
]

/** Store currencies follow the regions: GBP is the default, inclusiveness as per region. */
export const STORE_CURRENCIES = REGIONS.map((region) => ({
  currency_code: region.currency_code,
  is_default: region.currency_code === "gbp",
  is_tax_inclusive: region.is_tax_inclusive,
}))

export type BookTaxRate = { rate: number; name: string }

const books = (rate: number): BookTaxRate => ({ rate, name: rate === 0 ? "Books (zero-rated)" : "Books" })

/**
 * Default tax rate per country, which for a bookshop is the rate on printed books.
 * UK: printed books and ebooks are zero-rated. The rest are DEMO figures (reduced book
 * rates or general GST as of 2025) — check them with an adviser before taking real money.
 * Ebook-specific rates, where they differ, belong in tax-rate rules on the ebook product
 * type, not here.
 */
export const BOOK_TAX_RATES: Readonly<Record<string, BookTaxRate>> = {
  gb: books(0),
  // US sales tax is set per state and not modelled in the demo.
  us: { rate: 0, name: "No sales tax collected (demo)" },
  de: books(7),
  fr: books(5.5),
  es: books(4),
  it: books(4),
  nl: books(9),
  be: books(6),
  at: books(10),
  ie: books(0),
  pt: books(6),
  fi: books(14),
  // Canada: federal GST only; provincial HST/PST is not modelled in the demo.
  ca: books(5),
  au: books(10),
  se: books(6),
  ch: books(2.6),
}

export type StockLocationSeed = {
  name: LocationName
  fulfillment_set_name: string
  address: {
    address_1: string
    city: string
    postal_code: string
    province?: string
    country_code: string
  }
}

/** Demo addresses (no real premises). */
export const STOCK_LOCATIONS: readonly StockLocationSeed[] = [
  {
    name: "London warehouse",
    fulfillment_set_name: "London warehouse shipping",
    address: { address_1: "1 Example Yard", city: "London", postal_code: "E1 6AN", country_code: "gb" },
  },
  {
    name: "New York warehouse",
    fulfillment_set_name: "New York warehouse shipping",
    address: {
      address_1: "100 Example Avenue",
      city: "New York",
      postal_code: "10001",
      province: "NY",
      country_code: "us",
    },
  },
]

export const SHIPPING_OPTION_KINDS = [
  { name: "Standard", code: "standard" },
  { name: "Express", code: "express" },
] as const
