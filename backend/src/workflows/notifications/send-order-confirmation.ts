import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ORDER_EMAIL_FIELDS, orderConfirmationData, type OrderForEmail } from "./order-email-data"
import { readerEmailNotification } from "./reader-email"
import type { SendReaderEmailResult } from "./send-reader-email"

export type SendOrderConfirmationInput = { order_id: string }

/** The key that makes the confirmation go out once per order, however often order.placed arrives. */
export const orderConfirmationKey = (orderId: string) => `order-confirmation:${orderId}`

/**
 * The order confirmation e-mail: reads the order (lines, formats, pre-order dates, totals,
 * address) and sends it through the Notification Module's "email" channel.
 *
 * Idempotent per order: the notification carries `order-confirmation:<order id>` as its
 * idempotency key, which the module stores (unique) and skips when the event is delivered
 * again. Sending uses Medusa's `sendNotificationsStep`, deliberately without compensation — a
 * sent e-mail cannot be unsent. An order without an e-mail address sends nothing.
 */
export const sendOrderConfirmationWorkflow = createWorkflow(
  "send-order-confirmation",
  (input: SendOrderConfirmationInput) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ORDER_EMAIL_FIELDS,
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    })
    const notifications = transform({ orders }, ({ orders }) => {
      const order = orders[0] as unknown as OrderForEmail | undefined
      if (!order?.email) return []
      return [
        readerEmailNotification({
          to: order.email,
          template: "order-confirmation",
          data: orderConfirmationData(order),
          idempotency_key: orderConfirmationKey(order.id),
          trigger_type: "order.placed",
          resource_type: "order",
          resource_id: order.id,
        }),
      ]
    })
    const created = sendNotificationsStep(notifications)
    const result = transform({ created }, ({ created }): SendReaderEmailResult => ({
      sent: created.length > 0,
      notification_id: created[0]?.id ?? null,
    }))
    return new WorkflowResponse(result)
  }
)
