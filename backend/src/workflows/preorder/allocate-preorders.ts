import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { placeReservations, type PlaceableReservation } from "../../lib/inventory/preorder-fulfilment"
import { allocatableForPreorders, allocateOldestFirst } from "../../lib/inventory/sale-rules"
import { PREORDER_MODULE } from "../../modules/preorder"
import type PreorderModuleService from "../../modules/preorder/service"
import { loadSaleState } from "../stock/lib/sale-state"
import { withVariantLocks } from "../stock/lib/variant-locks"
import { savedReservation, type SavedReservation } from "./lib/reservations"

/** Pending lines are read (and allocated) in pages of this size: any number of pre-orders, bounded memory per query. */
export const ALLOCATION_PAGE = 500

export type AllocatePreordersInput = {
  /** Variants to allocate; without it, every variant whose release date is due. */
  variant_ids?: string[]
  /** Due = release date on or before this moment (default now): runs missed while the server was down catch up. */
  due_by?: Date
}

export type VariantAllocation = {
  variant_id: string
  allocated_lines: number
  allocated_quantity: number
  still_pending: number
  /** Reservations of the newly allocated lines moved to the location holding their copies. */
  moved_reservations: number
}

/** A reservation as it was before allocation moved it, and the id of its replacement. */
type MovedReservation = { replacement_id: string; original: SavedReservation }
type Undo = { allocatedIds: string[]; moves: MovedReservation[] }

async function duePreorderVariants(service: PreorderModuleService, dueBy: Date): Promise<string[]> {
  const variantIds: string[] = []
  for (let skip = 0; ; skip += ALLOCATION_PAGE) {
    const page = await service.listPreorderTerms({ release_date: { $lte: dueBy } }, { select: ["variant_id"], skip, take: ALLOCATION_PAGE, order: { id: "ASC" } })
    variantIds.push(...page.map((t) => t.variant_id))
    if (page.length < ALLOCATION_PAGE) return variantIds
  }
}

/** Every line of the variant in `status`, oldest first (created_at, then id), read page by page. */
async function linesIn(service: PreorderModuleService, variantId: string, status: "pending" | "allocated") {
  const lines: { id: string; line_item_id: string; quantity: number }[] = []
  for (let skip = 0; ; skip += ALLOCATION_PAGE) {
    const page = await service.listPreorderLines(
      { variant_id: variantId, status },
      { select: ["id", "line_item_id", "quantity"], skip, take: ALLOCATION_PAGE, order: { created_at: "ASC", id: "ASC" } }
    )
    lines.push(...page.map((l) => ({ id: l.id, line_item_id: l.line_item_id, quantity: Number(l.quantity) })))
    if (page.length < ALLOCATION_PAGE) return lines
  }
}

type ReservationRow = {
  id: string
  line_item_id?: string | null
  inventory_item_id: string
  location_id: string
  quantity: unknown
  allow_backorder?: boolean | null
  description?: string | null
  external_id?: string | null
  metadata?: Record<string, unknown> | null
}

/**
 * Moves the reservations of newly allocated lines to a location holding their copies (ADR 0004
 * §9): a pre-order reserved at London whose copies arrived in New York is then fulfilled from New
 * York with Medusa's own flow. Free copies per item and location = stocked − reservations of
 * everyone but pending pre-orders (their backordered reservations wait like the lines).
 *
 * A move is delete + create, not `updateReservationItems({ id, location_id })`: in Medusa 2.21.2
 * that update adds the quantity to the new location's reserved_quantity but never takes it off
 * the old one, so reserved_quantity would drift from the reservations. Deleting and creating go
 * through the Inventory Module's own bookkeeping on both levels.
 */
async function placeAllocatedReservations(
  container: MedusaContainer,
  inventoryItemIds: string[],
  pending: { id: string; line_item_id: string }[],
  allocated: { id: string; line_item_id: string }[],
  moves: MovedReservation[]
): Promise<number> {
  if (allocated.length === 0 || inventoryItemIds.length === 0) return 0
  const inventory = container.resolve(Modules.INVENTORY)
  const pendingReservations: ReservationRow[] = []
  for (let i = 0; i < pending.length; i += ALLOCATION_PAGE) {
    const lineItemIds = pending.slice(i, i + ALLOCATION_PAGE).map((l) => l.line_item_id)
    pendingReservations.push(...((await inventory.listReservationItems({ line_item_id: lineItemIds, inventory_item_id: inventoryItemIds })) as ReservationRow[]))
  }
  const levels = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemIds })
  const waiting = new Map<string, number>()
  const key = (item: string, location: string) => `${item}|${location}`
  for (const r of pendingReservations) waiting.set(key(r.inventory_item_id, r.location_id), (waiting.get(key(r.inventory_item_id, r.location_id)) ?? 0) + Number(r.quantity))
  const free = new Map<string, Map<string, number>>()
  for (const level of levels) {
    const promised = Number(level.reserved_quantity) - (waiting.get(key(level.inventory_item_id, level.location_id)) ?? 0)
    const byLocation = free.get(level.inventory_item_id) ?? new Map<string, number>()
    byLocation.set(level.location_id, Number(level.stocked_quantity) - Math.max(0, promised))
    free.set(level.inventory_item_id, byLocation)
  }
  const byLineItem = new Map<string, ReservationRow[]>()
  for (const r of pendingReservations) {
    if (!r.line_item_id) continue
    byLineItem.set(r.line_item_id, [...(byLineItem.get(r.line_item_id) ?? []), r])
  }
  const ordered = allocated.flatMap((l) => byLineItem.get(l.line_item_id) ?? [])
  const placeable: PlaceableReservation[] = ordered.map((r) => ({ id: r.id, inventory_item_id: r.inventory_item_id, location_id: r.location_id, quantity: Number(r.quantity) }))
  const rows = new Map(ordered.map((r) => [r.id, r]))
  const { moves: planned } = placeReservations(placeable, free)
  for (const move of planned) {
    const row = rows.get(move.id)
    if (!row?.line_item_id) continue
    const original = savedReservation(row, row.line_item_id)
    await inventory.deleteReservationItems([row.id])
    try {
      const replacement = await inventory.createReservationItems({ ...original, location_id: move.to })
      moves.push({ replacement_id: replacement.id, original })
    } catch (error) {
      await inventory.createReservationItems(original)
      throw error
    }
  }
  return planned.length
}

async function allocateVariant(container: MedusaContainer, variantId: string, undo: Undo): Promise<VariantAllocation> {
  const service = container.resolve<PreorderModuleService>(PREORDER_MODULE)
  // Under the variant's stock lock: no checkout reserves a copy while the free copies are counted.
  return withVariantLocks(container, [variantId], `allocate:${variantId}`, async () => {
    const pending = await linesIn(service, variantId, "pending")
    const pendingQuantity = pending.reduce((s, l) => s + l.quantity, 0)
    const allocatedQuantity = (await linesIn(service, variantId, "allocated")).reduce((s, l) => s + l.quantity, 0)
    const state = (await loadSaleState(container, [variantId], null)).get(variantId)
    const free = state ? allocatableForPreorders({ stocked: state.stocked, reserved: state.reserved, pending: pendingQuantity, allocated: allocatedQuantity }) : 0
    const { allocated } = allocateOldestFirst(pending, free)
    const now = new Date()
    for (let i = 0; i < allocated.length; i += ALLOCATION_PAGE) {
      const ids = allocated.slice(i, i + ALLOCATION_PAGE).map((l) => l.id)
      await service.updatePreorderLines({ selector: { id: ids, status: "pending" }, data: { status: "allocated", allocated_at: now } })
      undo.allocatedIds.push(...ids)
    }
    const moved = await placeAllocatedReservations(container, state?.inventoryItemIds ?? [], pending, allocated, undo.moves)
    return {
      variant_id: variantId,
      allocated_lines: allocated.length,
      allocated_quantity: allocated.reduce((s, l) => s + l.quantity, 0),
      still_pending: pending.length - allocated.length,
      moved_reservations: moved,
    }
  })
}

/**
 * Allocates pending pre-orders oldest first up to the copies free for them, and moves each newly
 * allocated line's reservation to a location holding its copies (its own when it can). Idempotent
 * (lines already allocated are not pending, and their copies are no longer free); compensation
 * moves the reservations back and puts the lines this run allocated back to pending.
 */
const allocatePreordersStep = createStep(
  "allocate-preorders-step",
  async (input: AllocatePreordersInput, { container }) => {
    const service = container.resolve<PreorderModuleService>(PREORDER_MODULE)
    const variantIds = input.variant_ids ?? (await duePreorderVariants(service, input.due_by ?? new Date()))
    const undo: Undo = { allocatedIds: [], moves: [] }
    const results: VariantAllocation[] = []
    try {
      for (const variantId of [...new Set(variantIds)]) results.push(await allocateVariant(container, variantId, undo))
    } catch (error) {
      await revert(container, undo)
      throw error
    }
    return new StepResponse(results, undo)
  },
  async (undo, { container }) => {
    if (undo) await revert(container, undo)
  }
)

/** Moves reservations back (newest move first), then puts the lines back to pending. */
async function revert(container: MedusaContainer, { allocatedIds: ids, moves }: Undo) {
  const inventory = container.resolve(Modules.INVENTORY)
  for (const move of [...moves].reverse()) {
    await inventory.deleteReservationItems([move.replacement_id])
    await inventory.createReservationItems(move.original)
  }
  const service = container.resolve<PreorderModuleService>(PREORDER_MODULE)
  for (let i = 0; i < ids.length; i += ALLOCATION_PAGE) {
    await service.updatePreorderLines({ selector: { id: ids.slice(i, i + ALLOCATION_PAGE) }, data: { status: "pending", allocated_at: null } })
  }
}

export const allocatePreordersWorkflow = createWorkflow("allocate-preorders", (input: AllocatePreordersInput) => {
  return new WorkflowResponse(allocatePreordersStep(input))
})
