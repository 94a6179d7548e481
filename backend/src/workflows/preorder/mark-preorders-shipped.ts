import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { linesCompletedByShipment, trackingNumbers } from "../../lib/inventory/preorder-fulfilment"
import { PREORDER_MODULE } from "../../modules/preorder"
import type PreorderModuleService from "../../modules/preorder/service"
import { sendReaderEmail } from "../notifications/send-reader-email"
import { withVariantLocks } from "../stock/lib/variant-locks"
import { lineMail, readLineOrders } from "./lib/line-orders"

/** Data of Medusa's `shipment.created` event (createOrderShipmentWorkflow): the fulfilment's id. */
export type MarkPreordersShippedInput = { fulfillment_id: string; no_notification?: boolean | null }


export type ShippedPreorderMail = {
  line_id: string
  to: string
  order_number: number | string
  customer_name: string | null
  title: string
  format: string | null
  quantity: number
}

export type ShipmentPreorders = {
  /** Allocated lines this shipment completes (to become `shipped`). */
  to_ship: { id: string; variant_id: string }[]
  /** One e-mail per pre-order line shipped with this fulfilment (sent once: idempotency key per line). */
  mails: ShippedPreorderMail[]
  tracking_numbers: string[]
  notify: boolean
}

const nothing = (notify: boolean): ShipmentPreorders => ({ to_ship: [], mails: [], tracking_numbers: [], notify })

/**
 * Reads the shipped fulfilment, the pre-order lines of its items and their orders; decides which
 * allocated lines it completes (their whole quantity shipped, per Medusa's order). Writes nothing.
 */
export const loadShipmentPreordersStep = createStep(
  "load-shipment-preorders",
  async (input: MarkPreordersShippedInput, { container }): Promise<StepResponse<ShipmentPreorders>> => {
    const notify = !input.no_notification
    const [fulfillment] = await container
      .resolve(Modules.FULFILLMENT)
      .listFulfillments({ id: input.fulfillment_id }, { relations: ["items", "labels"], take: 1 })
    if (!fulfillment?.shipped_at || fulfillment.canceled_at) return new StepResponse(nothing(notify))
    const itemIds = [...new Set((fulfillment.items ?? []).flatMap((i) => (i.line_item_id ? [i.line_item_id] : [])))]
    if (itemIds.length === 0) return new StepResponse(nothing(notify))

    const lines = await container
      .resolve<PreorderModuleService>(PREORDER_MODULE)
      .listPreorderLines({ line_item_id: itemIds }, { order: { created_at: "ASC", id: "ASC" } })
    if (lines.length === 0) return new StepResponse(nothing(notify))

    const orders = await readLineOrders(container, lines, ["items.detail.shipped_quantity"])
    const inThisFulfilment = new Map<string, number>()
    for (const i of fulfillment.items ?? []) {
      if (i.line_item_id) inThisFulfilment.set(i.line_item_id, (inThisFulfilment.get(i.line_item_id) ?? 0) + Number(i.quantity))
    }
    const shippedByItem = new Map<string, number>()
    for (const order of orders.values()) {
      for (const item of order.items ?? []) {
        const recorded = Number(item.detail?.shipped_quantity)
        shippedByItem.set(item.id, Number.isFinite(recorded) ? recorded : inThisFulfilment.get(item.id) ?? 0)
      }
    }
    const shaped = lines.map((l) => ({ id: l.id, line_item_id: l.line_item_id, variant_id: l.variant_id, status: l.status as string, quantity: Number(l.quantity) }))
    const toShip = linesCompletedByShipment(shaped, shippedByItem)
    const shipping = new Set(toShip.map((l) => l.id))

    const mails: ShippedPreorderMail[] = []
    for (const line of lines) {
      // Lines completed now, and lines a previous delivery of this event already marked (their
      // e-mail may have failed then; the idempotency key stops a second copy).
      if (!shipping.has(line.id) && line.status !== "shipped") continue
      const mail = lineMail(orders.get(line.order_id), line.line_item_id)
      if (mail) mails.push({ line_id: line.id, ...mail, quantity: Number(line.quantity) })
    }
    return new StepResponse({
      to_ship: toShip.map((l) => ({ id: l.id, variant_id: l.variant_id })),
      mails,
      tracking_numbers: trackingNumbers(fulfillment.labels ?? []),
      notify,
    })
  }
)

async function setShipped(container: MedusaContainer, lines: { id: string; variant_id: string }[], ship: boolean): Promise<string[]> {
  if (lines.length === 0) return []
  const service = container.resolve<PreorderModuleService>(PREORDER_MODULE)
  const variantIds = [...new Set(lines.map((l) => l.variant_id))]
  // Under the variants' stock locks: allocation counts allocated lines and never sees a half-done change.
  return withVariantLocks(container, variantIds, `ship-preorders:${lines[0]?.id}`, async () => {
    const current = await service.listPreorderLines({ id: lines.map((l) => l.id), status: ship ? "allocated" : "shipped" }, { select: ["id"] })
    const ids = current.map((l) => l.id)
    if (ids.length > 0) {
      await service.updatePreorderLines({
        selector: { id: ids },
        data: ship ? { status: "shipped", shipped_at: new Date() } : { status: "allocated", shipped_at: null },
      })
    }
    return ids
  })
}

/**
 * Allocated lines → `shipped` with `shipped_at`; only lines still allocated change, so a
 * redelivered event changes nothing. Compensation puts exactly the lines it changed back.
 */
export const markPreorderLinesShippedStep = createStep(
  "mark-preorder-lines-shipped",
  async (lines: { id: string; variant_id: string }[], { container }) => {
    const changed = await setShipped(container, lines, true)
    const byId = new Map(lines.map((l) => [l.id, l]))
    const undo = changed.flatMap((id) => {
      const line = byId.get(id)
      return line ? [line] : []
    })
    return new StepResponse(changed, undo)
  },
  async (undo, { container }) => {
    if (undo?.length) await setShipped(container, undo, false)
  }
)

/**
 * The "preorder-shipped" e-mails, one per line (key `preorder-shipped:<line id>`), unless staff
 * chose no notification. No compensation: a sent e-mail cannot be recalled. A failed send is
 * logged and does not undo the shipment; the next delivery of the event sends what is missing.
 */
export const sendPreorderShippedEmailsStep = createStep(
  "send-preorder-shipped-emails",
  async (input: ShipmentPreorders, { container }) => {
    if (!input.notify) return new StepResponse(0)
    let sent = 0
    for (const mail of input.mails) {
      try {
        const result = await sendReaderEmail(container, {
          to: mail.to,
          template: "preorder-shipped",
          data: {
            order_number: mail.order_number,
            customer_name: mail.customer_name,
            title: mail.title,
            format: mail.format,
            quantity: mail.quantity,
            tracking_numbers: input.tracking_numbers,
          },
          idempotency_key: `preorder-shipped:${mail.line_id}`,
          resource_type: "preorder_line",
          resource_id: mail.line_id,
        })
        if (result.sent) sent++
      } catch (error) {
        container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Pre-order ${mail.line_id} shipped, but its e-mail failed: ${String(error)}`)
      }
    }
    return new StepResponse(sent)
  }
)

/**
 * A fulfilment was marked shipped (ADR 0004 §9): the allocated pre-order lines it completes become
 * `shipped`, and each reader gets the "your copy is on its way" e-mail with the tracking numbers.
 * Idempotent: a redelivered event changes nothing and sends nothing twice.
 */
export const markPreordersShippedWorkflow = createWorkflow("mark-preorders-shipped", (input: MarkPreordersShippedInput) => {
  const shipment = loadShipmentPreordersStep(input)
  const toShip = transform({ shipment }, ({ shipment }) => shipment.to_ship)
  const shipped = markPreorderLinesShippedStep(toShip)
  const sent = sendPreorderShippedEmailsStep(shipment)
  const result = transform({ shipped, sent }, ({ shipped, sent }) => ({ shipped_lines: shipped, emails_sent: sent }))
  return new WorkflowResponse(result)
})
