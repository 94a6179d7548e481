/**
 * Turns a demo title into the input of Medusa's createProductsWorkflow. Pure, so the
 * shape of what the seed writes (handle, ISBNs, prices, inventory flags) is unit-tested.
 */
import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import { pricesFromGbp } from "./prices"
import { slugify } from "../../lib/slug"
import type { FormatName, TitleSeed } from "./titles"

export const FORMAT_OPTION_TITLE = "Format"

/** Print formats are stocked and shipped; ebooks are not. */
export const isPrintFormat = (format: FormatName): boolean => format !== "Ebook"

export const handleFor = (title: TitleSeed): string => slugify(title.title)

export type ProductRefs = { salesChannelId: string; shippingProfileId: string }

export function productInput(title: TitleSeed, refs: ProductRefs): CreateProductWorkflowInputDTO {
  return {
    title: title.title,
    subtitle: title.subtitle ?? null,
    handle: handleFor(title),
    description: title.description,
    status: ProductStatus.PUBLISHED,
    metadata: { demo: true },
    options: [{ title: FORMAT_OPTION_TITLE, values: title.formats.map((f) => f.format) }],
    variants: title.formats.map((format) => ({
      title: format.format,
      sku: format.isbn,
      ean: format.isbn,
      weight: format.weight,
      manage_inventory: isPrintFormat(format.format),
      allow_backorder: false,
      options: { [FORMAT_OPTION_TITLE]: format.format },
      prices: pricesFromGbp(format.gbp),
    })),
    sales_channels: [{ id: refs.salesChannelId }],
    shipping_profile_id: refs.shippingProfileId,
  }
}
