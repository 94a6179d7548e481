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
 * The admin route checks the same rule before Medusa writes anything (a middleware in
 * src/api/preorder-routes.ts), so staff get the 400 with no cancelled fulfilment left behind; this
 * hook stays as the backstop for any other caller of the workflow.
 *
 * Allocated pre-orders and ordinary lines pass untouched. Medusa allows one handler per hook:
 * other code must not register `fulfillmentCreated` again.
 */
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { pendingPreorderRefusal } from "../preorder/pending-preorder-refusal"

createOrderFulfillmentWorkflow.hooks.fulfillmentCreated(async ({ fulfillment }, { container }) => {
  const withItems = fulfillment.items?.length
    ? fulfillment
    : await container.resolve(Modules.FULFILLMENT).retrieveFulfillment(fulfillment.id, { relations: ["items"] })
  const refusal = await pendingPreorderRefusal(
    container,
    (withItems.items ?? []).flatMap((i) => (i.line_item_id ? [i.line_item_id] : []))
  )
  if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
  return new StepResponse(undefined)
})
