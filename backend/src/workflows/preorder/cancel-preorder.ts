import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { preorderLineRefund } from "../../lib/inventory/preorder-cancel"
import { PREORDER_MODULE } from "../../modules/preorder"
import type PreorderModuleService from "../../modules/preorder/service"
import { sendReaderEmail } from "../notifications/send-reader-email"
import { withVariantLocks } from "../stock/lib/variant-locks"
import { savedReservation, type SavedReservation } from "./lib/reservations"

/**
 * `customer_id`: the signed-in reader cancelling from their account (the line must be on one of
 * their orders). `null` is the system path (the title was cancelled, ADR 0004 §10): no customer
 * check, and `reason` says why in the e-mail and on the refund.
 */
export type CancelPreorderInput = { line_id: string; customer_id: string | null; reason?: string }

const READER_REASON = "you cancelled it from your account"

type OrderShape = {
  id: string
  display_id: number | null
  customer_id: string | null
  email: string | null
  currency_code: string
  shipping_address?: { first_name?: string | null } | null
  items?: { id: string; quantity: unknown; unit_price: unknown; product_title?: string | null; variant_title?: string | null; title?: string | null }[] | null
  payment_collections?: { payments?: { id: string; amount: unknown; captured_at?: unknown; canceled_at?: unknown }[] | null }[] | null
}

export type CancellablePreorder = {
  line_id: string
  line_item_id: string
  variant_id: string
  quantity: number
  order_id: string
  order_number: number | string
  email: string | null
  customer_name: string | null
  title: string
  format: string | null
  currency_code: string
  /** What the reader paid for this line (unit price × quantity; shelf prices include tax here). */
  refund_amount: number
  payment_id: string | null
  payment_captured: boolean
  /** Why, as the e-mail and the refund note say it. */
  reason: string
  by_reader: boolean
}

/**
 * Reads the line and its order; refuses (404) a line that is not on one of the customer's orders
 * (reader path only) and (400) a line that is no longer pending. Writes nothing.
 */
export const loadCancellablePreorderStep = createStep(
  "load-cancellable-preorder",
  async (input: CancelPreorderInput, { container }): Promise<StepResponse<CancellablePreorder>> => {
    const service = container.resolve<PreorderModuleService>(PREORDER_MODULE)
    const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, `Pre-order ${input.line_id} was not found`)
    const [line] = await service.listPreorderLines({ id: input.line_id }, { take: 1 })
    if (!line) throw notFound
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "customer_id",
        "email",
        "currency_code",
        "shipping_address.first_name",
        "items.id",
        "items.quantity",
        "items.unit_price",
        "items.title",
        "items.product_title",
        "items.variant_title",
        "payment_collections.payments.id",
        "payment_collections.payments.amount",
        "payment_collections.payments.captured_at",
        "payment_collections.payments.canceled_at",
      ],
      filters: { id: line.order_id },
    })
    const order = data[0] as unknown as OrderShape | undefined
    if (!order) throw notFound
    if (input.customer_id !== null && (!order.customer_id || order.customer_id !== input.customer_id)) throw notFound
    if (line.status !== "pending") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Only a pending pre-order can be cancelled: this one is ${line.status}${line.status === "allocated" ? " (a copy is set aside for it and it ships soon)" : ""}`
      )
    }
    const item = order.items?.find((i) => i.id === line.line_item_id)
    const payment = (order.payment_collections ?? []).flatMap((c) => c.payments ?? []).find((p) => !p.canceled_at) ?? null
    return new StepResponse({
      line_id: line.id,
      line_item_id: line.line_item_id,
      variant_id: line.variant_id,
      quantity: Number(line.quantity),
      order_id: order.id,
      order_number: order.display_id ?? order.id,
      email: order.email,
      customer_name: order.shipping_address?.first_name ?? null,
      title: item?.product_title ?? item?.title ?? "your book",
      format: item?.variant_title ?? null,
      currency_code: order.currency_code,
      refund_amount: preorderLineRefund(Number(item?.unit_price ?? 0), Number(line.quantity)),
      payment_id: payment?.id ?? null,
      payment_captured: !!payment?.captured_at,
      reason: input.customer_id !== null ? READER_REASON : input.reason ?? "the publisher cancelled it",
      by_reader: input.customer_id !== null,
    })
  }
)

async function setLine(container: MedusaContainer, p: CancellablePreorder, cancel: boolean): Promise<boolean> {
  const service = container.resolve<PreorderModuleService>(PREORDER_MODULE)
  // Under the variant's stock lock: allocation and checkouts' cap claims never interleave with this.
  return withVariantLocks(container, [p.variant_id], `cancel-preorder:${p.line_id}`, async () => {
    const [line] = await service.listPreorderLines({ id: p.line_id }, { take: 1 })
    if (!line || line.status !== (cancel ? "pending" : "cancelled")) return false
    await service.updatePreorderLines({ id: p.line_id, status: cancel ? "cancelled" : "pending", cancelled_at: cancel ? new Date() : null })
    const [terms] = await service.listPreorderTerms({ variant_id: p.variant_id }, { take: 1 })
    if (terms) {
      const claimed = cancel ? Math.max(0, terms.claimed_quantity - p.quantity) : terms.claimed_quantity + p.quantity
      await service.updatePreorderTerms({ id: terms.id, claimed_quantity: claimed })
    }
    return true
  })
}

/** Marks the line cancelled and gives its quantity back to the cap; compensation restores both. */
export const cancelPreorderLineStep = createStep(
  "cancel-preorder-line",
  async (p: CancellablePreorder, { container }) => {
    if (!(await setLine(container, p, true))) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only a pending pre-order can be cancelled: this one has just changed")
    }
    return new StepResponse(undefined, p)
  },
  async (p, { container }) => {
    if (p) await setLine(container, p, false)
  }
)


/** Deletes the reservation(s) of the order line; compensation creates them again. */
export const releasePreorderReservationStep = createStep(
  "release-preorder-reservation",
  async (p: CancellablePreorder, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const reservations = await inventory.listReservationItems({ line_item_id: p.line_item_id })
    const saved: SavedReservation[] = reservations.map((r) => savedReservation(r, p.line_item_id))
    if (reservations.length > 0) await inventory.deleteReservationItems(reservations.map((r) => r.id))
    return new StepResponse(saved.length, saved)
  },
  async (saved, { container }) => {
    if (saved?.length) await container.resolve(Modules.INVENTORY).createReservationItems(saved)
  }
)

/** The "cancelled and refunded" e-mail; idempotent per line, and a failed send does not undo the cancellation. */
const sendPreorderCancelledStep = createStep("send-preorder-cancelled-email", async (p: CancellablePreorder, { container }) => {
  if (!p.email) return new StepResponse(false)
  try {
    const { sent } = await sendReaderEmail(container, {
      to: p.email,
      template: "preorder-cancelled",
      data: {
        order_number: p.order_number,
        customer_name: p.customer_name,
        title: p.title,
        format: p.format,
        quantity: p.quantity,
        refund_amount: p.refund_amount,
        currency_code: p.currency_code,
        reason: p.reason,
      },
      idempotency_key: `preorder-cancelled:${p.line_id}`,
    })
    return new StepResponse(sent)
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Pre-order ${p.line_id} cancelled, but its e-mail failed: ${String(error)}`)
    return new StepResponse(false)
  }
})

/**
 * A reader cancels one of their pending pre-orders (ADR 0004 §7), or the system cancels one
 * because its title was cancelled (§10, `customer_id: null`): the line is cancelled, its
 * reservation released, its cap claim given back, and the line's amount refunded through
 * Medusa's payment workflows. A payment that is only authorised (the system provider's default)
 * is first captured for the line's amount — pre-orders are charged at checkout — then that
 * capture is refunded, so the order's transactions show the money in and out. The money moves
 * last: every earlier step is compensated if it fails.
 */
export const cancelPreorderWorkflow = createWorkflow("cancel-preorder", (input: CancelPreorderInput) => {
  const preorder = loadCancellablePreorderStep(input)
  cancelPreorderLineStep(preorder)
  releasePreorderReservationStep(preorder)
  const money = transform({ preorder }, ({ preorder }) => ({
    payment_id: preorder.payment_id ?? "",
    amount: preorder.refund_amount,
    refundable: !!preorder.payment_id && preorder.refund_amount > 0,
    note: preorder.by_reader ? "Pre-order cancelled by the reader" : `Pre-order cancelled: ${preorder.reason}`,
    capture: !!preorder.payment_id && preorder.refund_amount > 0 && !preorder.payment_captured,
  }))
  when({ money }, ({ money }) => money.capture).then(() => {
    capturePaymentWorkflow.runAsStep({ input: { payment_id: money.payment_id, amount: money.amount } })
  })
  when({ money }, ({ money }) => money.refundable).then(() => {
    refundPaymentWorkflow.runAsStep({ input: { payment_id: money.payment_id, amount: money.amount, note: money.note } })
  })
  sendPreorderCancelledStep(preorder)
  const result = transform({ preorder }, ({ preorder }) => ({
    line_id: preorder.line_id,
    status: "cancelled" as const,
    refund_amount: preorder.refund_amount,
    currency_code: preorder.currency_code,
  }))
  return new WorkflowResponse(result)
})
