/**
 * Fulfilment guard for pre-orders (ADR 0004 §9): Medusa's createOrderFulfillmentWorkflow (admin
 * `POST /admin/orders/:id/fulfillments`) must not fulfil an order line whose pre-order line is
 * still `pending` — no copy is set aside for it, and Medusa would happily take stock (or send
 * stock negative) for a backordered reservation.
 *
 * Medusa 2.21.2 declares only one hook on that workflow, `fulfillmentCreated`, and it runs after
 * the fulfilment, the order's fulfilled quantities, the stock adjustment and the reservation
 * updates have been written. Refusing there makes the workflow fail, and Medusa compensates every
 * earlier step: the fulfilment is cancelled and unlinked from the order, the order version
 * reverted, stock and reservations restored, and the grouped events (order.fulfillment_created…)
 * are dropped unsent. The reader-visible outcome is "nothing written"; the integration test checks
 * the order, its reservations and stock levels after a refusal.
 *
 * Allocated pre-orders and ordinary lines pass untouched. Medusa allows one handler per hook:
 * other code must not register `fulfillmentCreated` again.
 */
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { fulfilmentRefusal } from "../../lib/inventory/preorder-fulfilment"
import { PREORDER_MODULE } from "../../modules/preorder"
import type PreorderModuleService from "../../modules/preorder/service"

type ItemRow = { id: string; title?: string | null; product_title?: string | null; variant_title?: string | null }

const itemTitle = (i: ItemRow | undefined) =>
  i?.product_title ? `${i.product_title}${i.variant_title ? ` (${i.variant_title})` : ""}` : i?.title ?? "this item"

createOrderFulfillmentWorkflow.hooks.fulfillmentCreated(async ({ fulfillment }, { container }) => {
  const withItems = fulfillment.items?.length
    ? fulfillment
    : await container.resolve(Modules.FULFILLMENT).retrieveFulfillment(fulfillment.id, { relations: ["items"] })
  const itemIds = [...new Set((withItems.items ?? []).flatMap((i) => (i.line_item_id ? [i.line_item_id] : [])))]
  if (itemIds.length === 0) return new StepResponse(undefined)

  const lines = await container
    .resolve<PreorderModuleService>(PREORDER_MODULE)
    .listPreorderLines({ line_item_id: itemIds, status: "pending" }, { select: ["id", "line_item_id", "status"] })
  if (lines.length === 0) return new StepResponse(undefined)

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_line_item",
    fields: ["id", "title", "product_title", "variant_title"],
    filters: { id: lines.map((l) => l.line_item_id) },
  })
  const items = new Map((data as ItemRow[]).map((i) => [i.id, i]))
  const refusal = fulfilmentRefusal(lines.map((l) => ({ line_item_id: l.line_item_id, status: l.status, title: itemTitle(items.get(l.line_item_id)) })))
  if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
  return new StepResponse(undefined)
})
