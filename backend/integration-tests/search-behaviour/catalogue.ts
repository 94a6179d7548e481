/**
 * The truth the search answers are checked against: the catalogue as the database holds it
 * (read through `query.graph`), and the few books the suite adds itself.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow, createSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"
import { SALES_CHANNEL } from "../../src/scripts/seed/data"

export type CatalogueBook = {
  id: string
  title: string
  status: string
  sales_channels?: { id: string }[] | null
  collection?: { title: string } | null
  book?: { publishing_status?: string | null; contributions?: { contributor?: { name: string } | null }[] | null } | null
  variants?: {
    id: string
    title: string | null
    ean: string | null
    manage_inventory: boolean
    book_format?: { format: string } | null
    prices?: { amount: number; currency_code: string; price_list_id: string | null; rules_count: number | null }[] | null
    inventory_items?: { inventory_item_id: string }[] | null
  }[]
}

const FIELDS = [
  "id",
  "title",
  "status",
  "sales_channels.id",
  "collection.title",
  "book.publishing_status",
  "book.contributions.contributor.name",
  "variants.id",
  "variants.title",
  "variants.ean",
  "variants.manage_inventory",
  "variants.book_format.format",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.price_list_id",
  "variants.prices.rules_count",
  "variants.inventory_items.inventory_item_id",
]

export async function storefrontChannelId(container: MedusaContainer): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { name: SALES_CHANNEL.name } })
  const id = (data[0] as { id?: string } | undefined)?.id
  if (!id) throw new Error(`no sales channel named ${SALES_CHANNEL.name}`)
  return id
}

/** Every book a reader of the storefront may find: published, in the storefront's channel. */
export async function readerCatalogue(container: MedusaContainer): Promise<CatalogueBook[]> {
  const channelId = await storefrontChannelId(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: FIELDS, filters: { status: ProductStatus.PUBLISHED } })
  return (data as CatalogueBook[]).filter((book) => book.sales_channels?.some((channel) => channel?.id === channelId))
}

export const contributorNames = (book: CatalogueBook): string[] =>
  (book.book?.contributions ?? []).flatMap((credit) => credit.contributor?.name ?? [])

export const formatsOf = (book: CatalogueBook): string[] =>
  (book.variants ?? []).map((variant) => (variant.book_format?.format ?? variant.title ?? "").toLowerCase())

/** The lowest base price of a book in a currency, as the shop sells it. */
export function lowestPrice(book: CatalogueBook, currency: string): number | null {
  const amounts = (book.variants ?? [])
    .flatMap((variant) => variant.prices ?? [])
    .filter((price) => price.currency_code === currency && !price.price_list_id && !(price.rules_count ?? 0))
    .map((price) => Number(price.amount))
  return amounts.length ? Math.min(...amounts) : null
}

/** A word no demo title, blurb or name contains, so a hit can only be the book made for it. */
export const DRAFT_WORD = "quixotry"
export const OTHER_CHANNEL_WORD = "zugzwang"

export type SuiteBooks = { draftId: string; otherChannelId: string }

/**
 * Two books no reader of the storefront may ever see: a draft in the storefront's channel,
 * and a published book sold only through another sales channel.
 */
export async function createHiddenBooks(container: MedusaContainer): Promise<SuiteBooks> {
  const storefront = await storefrontChannelId(container)
  const { result: channels } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Trade counter (search suite)" }] },
  })
  const trade = channels[0]
  if (!trade) throw new Error("could not create the second sales channel")
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: `The ${DRAFT_WORD} proofs`,
          handle: "search-suite-draft",
          status: ProductStatus.DRAFT,
          description: `An unpublished book about ${DRAFT_WORD}.`,
          sales_channels: [{ id: storefront }],
          options: [{ title: "Format", values: ["Paperback"] }],
        },
        {
          title: `The ${OTHER_CHANNEL_WORD} trade edition`,
          handle: "search-suite-trade-only",
          status: ProductStatus.PUBLISHED,
          description: `Sold at the trade counter only: ${OTHER_CHANNEL_WORD}.`,
          sales_channels: [{ id: trade.id }],
          options: [{ title: "Format", values: ["Paperback"] }],
        },
      ],
    },
  })
  const [draft, other] = products
  if (!draft || !other) throw new Error("could not create the hidden books")
  return { draftId: draft.id, otherChannelId: other.id }
}
