import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { LocationName } from "../data"
import { missingBy, progressLine } from "../plan"
import { handleFor, isPrintFormat, productInput, type ProductRefs } from "../product-input"
import { TITLES } from "../titles"
import type { SeedContext } from "./context"
import type { SeededLocation } from "./stock-locations"

type VariantStock = {
  sku: string | null
  inventory_items?: ({ inventory_item_id: string } | null)[] | null
}

/** The demo titles that are missing, created by handle, in the storefront's sales channel. */
export async function ensureProducts({ container, logger }: SeedContext, refs: ProductRefs): Promise<void> {
  const productService = container.resolve(Modules.PRODUCT)
  const handles = TITLES.map(handleFor)
  const existing = await productService.listProducts({ handle: handles }, { select: ["id", "handle"] })
  const missing = missingBy(TITLES, existing.map((p) => p.handle), handleFor)
  if (missing.length > 0) {
    await createProductsWorkflow(container).run({
      input: { products: missing.map((title) => productInput(title, refs)) },
    })
  }
  logger.info(progressLine("Products", TITLES.length, missing.length))
}

const stockAt = (name: LocationName, stock: { london: number; newYork: number }) =>
  name === "London warehouse" ? stock.london : stock.newYork

/**
 * Stock for every print variant at both warehouses. Levels that already exist are left as
 * they are (staff may have changed them); only missing item/location pairs are created.
 */
export async function ensureInventoryLevels(
  { container, logger }: SeedContext,
  locations: readonly SeededLocation[]
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const inventory = container.resolve(Modules.INVENTORY)
  const printFormats = TITLES.flatMap((t) => t.formats).filter((f) => isPrintFormat(f.format))

  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { sku: printFormats.map((f) => f.isbn) },
  })
  const itemBySku = new Map<string, string>()
  for (const variant of data as VariantStock[]) {
    const itemId = variant.inventory_items?.[0]?.inventory_item_id
    if (variant.sku && itemId) itemBySku.set(variant.sku, itemId)
  }

  const itemIds = [...itemBySku.values()]
  const levels = itemIds.length > 0 ? await inventory.listInventoryLevels({ inventory_item_id: itemIds }) : []
  const existingPairs = new Set(levels.map((l) => `${l.inventory_item_id}@${l.location_id}`))

  const toCreate: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
  for (const format of printFormats) {
    const itemId = itemBySku.get(format.isbn)
    if (!itemId) throw new Error(`Variant ${format.isbn} has no inventory item; was it created with manage_inventory?`)
    if (!format.stock) throw new Error(`Print variant ${format.isbn} has no stock figures in the seed data.`)
    for (const location of locations) {
      if (existingPairs.has(`${itemId}@${location.id}`)) continue
      toCreate.push({
        inventory_item_id: itemId,
        location_id: location.id,
        stocked_quantity: stockAt(location.name, format.stock),
      })
    }
  }
  if (toCreate.length > 0) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: toCreate } })
  }
  logger.info(progressLine("Inventory levels", printFormats.length * locations.length, toCreate.length))
}
