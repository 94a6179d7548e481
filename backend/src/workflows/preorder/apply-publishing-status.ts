import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { forthcomingReleaseProblem, publishingStatusAction } from "../../lib/inventory/publishing-status"
import type { PublishingStatus } from "../../modules/book/constants"
import { PREORDER_MODULE } from "../../modules/preorder"
import type PreorderModuleService from "../../modules/preorder/service"
import { sendReaderEmail } from "../notifications/send-reader-email"
import { lineMail, readLineOrders } from "./lib/line-orders"
import { cancelPreorderWorkflow } from "./cancel-preorder"
import { closePreorderTermsWorkflow } from "./close-preorder-terms"
import { setPreorderTermsWorkflow } from "./set-preorder-terms"

/** Data of `book.publishing_status_changed` (emitted by upsertBookDetailsWorkflow). */
export type PublishingStatusChange = {
  product_id: string
  from: PublishingStatus | null
  to: PublishingStatus
  /** When the change was saved: part of the e-mails' idempotency keys (a redelivered event sends nothing twice). */
  changed_at: string
}

const PAGE = 500
const CANCEL_REASON = "the publication of this title has been cancelled"

type TermsRow = { id: string; variant_id: string; status: "open" | "closed"; release_date: Date; cap: number | null }

type ProductPlan = {
  product_id: string
  title: string
  publication_date: string | null
  /** Stock-tracked variants (pre-orders need stock, ADR 0004 §2). */
  variant_ids: string[]
  /** Every variant: lines may exist on any of them. */
  all_variant_ids: string[]
  open_terms_variant_ids: string[]
}

/** The product, its book's publication date and its variants' terms. Reads only. */
const readProductPreorderStateStep = createStep("read-product-preorder-state", async (change: PublishingStatusChange, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "book.publication_date", "variants.id", "variants.manage_inventory"],
    filters: { id: change.product_id },
  })
  const row = data[0] as
    | { id: string; title: string; book?: { publication_date?: Date | string | null } | null; variants?: { id: string; manage_inventory?: boolean | null }[] | null }
    | undefined
  const variants = row?.variants ?? []
  const allIds = variants.map((v) => v.id)
  const terms = allIds.length
    ? ((await container.resolve<PreorderModuleService>(PREORDER_MODULE).listPreorderTerms({ variant_id: allIds })) as unknown as TermsRow[])
    : []
  const published = row?.book?.publication_date ?? null
  const plan: ProductPlan = {
    product_id: change.product_id,
    title: row?.title ?? change.product_id,
    publication_date: published ? new Date(published).toISOString() : null,
    variant_ids: variants.filter((v) => !!v.manage_inventory).map((v) => v.id),
    all_variant_ids: allIds,
    open_terms_variant_ids: terms.filter((t) => t.status === "open").map((t) => t.variant_id),
  }
  return new StepResponse(plan)
})

type Opened = { variant_id: string; before: Omit<TermsRow, "variant_id"> | null; allow_backorder: boolean }

/**
 * forthcoming: opens terms (release date = publication date) on each stock-tracked variant without
 * open terms, through setPreorderTermsWorkflow (same checks, lock and backorder switch). A missing
 * or past publication date opens nothing and is logged. Compensation restores each variant's
 * terms and backorder flag as they were.
 */
const openForthcomingTermsStep = createStep(
  "open-forthcoming-preorder-terms",
  async (plan: ProductPlan, { container }) => {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const problem = forthcomingReleaseProblem(plan.publication_date, new Date())
    if (problem) {
      logger.warn(`"${plan.title}" is forthcoming but no pre-orders were opened: ${problem}. Set a future publication date, or open terms per variant.`)
      return new StepResponse({ opened: [] as string[], skipped_reason: problem }, [] as Opened[])
    }
    const service = container.resolve<PreorderModuleService>(PREORDER_MODULE)
    const products = container.resolve(Modules.PRODUCT)
    const todo = plan.variant_ids.filter((id) => !plan.open_terms_variant_ids.includes(id))
    const opened: Opened[] = []
    try {
      for (const variant_id of todo) {
        const [terms] = (await service.listPreorderTerms({ variant_id }, { take: 1 })) as unknown as TermsRow[]
        const [variant] = await products.listProductVariants({ id: variant_id }, { select: ["id", "allow_backorder"] })
        const before = terms ? { id: terms.id, status: terms.status, release_date: new Date(terms.release_date), cap: terms.cap ?? null } : null
        await setPreorderTermsWorkflow(container).run({ input: { variant_id, release_date: plan.publication_date ?? "" } })
        opened.push({ variant_id, before, allow_backorder: !!variant?.allow_backorder })
      }
    } catch (error) {
      await restoreOpened(container, opened)
      throw error
    }
    return new StepResponse({ opened: opened.map((o) => o.variant_id), skipped_reason: null as string | null }, opened)
  },
  async (opened, { container }) => {
    if (opened?.length) await restoreOpened(container, opened)
  }
)

async function restoreOpened(container: MedusaContainer, opened: Opened[]) {
  const service = container.resolve<PreorderModuleService>(PREORDER_MODULE)
  const products = container.resolve(Modules.PRODUCT)
  for (const o of opened) {
    if (o.before) await service.updatePreorderTerms(o.before)
    else {
      const created = await service.listPreorderTerms({ variant_id: o.variant_id })
      if (created.length) await service.deletePreorderTerms(created.map((t) => t.id))
    }
    await products.updateProductVariants(o.variant_id, { allow_backorder: o.allow_backorder })
  }
}

/** cancelled: closes the open terms through closePreorderTermsWorkflow; compensation reopens them. */
const closeProductTermsStep = createStep(
  "close-product-preorder-terms",
  async (plan: ProductPlan, { container }) => {
    const closed: string[] = []
    try {
      for (const variant_id of plan.open_terms_variant_ids) {
        await closePreorderTermsWorkflow(container).run({ input: { variant_id } })
        closed.push(variant_id)
      }
    } catch (error) {
      await reopen(container, closed)
      throw error
    }
    return new StepResponse(closed, closed)
  },
  async (closed, { container }) => {
    if (closed?.length) await reopen(container, closed)
  }
)

async function reopen(container: MedusaContainer, variantIds: string[]) {
  const service = container.resolve<PreorderModuleService>(PREORDER_MODULE)
  for (const variant_id of variantIds) {
    const [terms] = await service.listPreorderTerms({ variant_id }, { take: 1 })
    if (terms) await service.updatePreorderTerms({ id: terms.id, status: "open" })
    await container.resolve(Modules.PRODUCT).updateProductVariants(variant_id, { allow_backorder: true })
  }
}

type LineRow = { id: string; order_id: string; line_item_id: string }

/** Pending lines of the variants, a page (oldest first). */
function pendingPage(container: MedusaContainer, variantIds: string[], skip: number) {
  return container.resolve<PreorderModuleService>(PREORDER_MODULE).listPreorderLines(
    { variant_id: variantIds, status: "pending" },
    { select: ["id", "order_id", "line_item_id"], skip, take: PAGE, order: { created_at: "ASC", id: "ASC" } }
  ) as unknown as Promise<LineRow[]>
}

/**
 * postponed: one "postponed" e-mail per pending line of the product (pages of 500); terms stay
 * open. No compensation: a sent e-mail cannot be recalled; the key (line + change) makes a re-run
 * send only what is missing.
 */
const notifyPostponedStep = createStep(
  "notify-preorders-postponed",
  async (input: { plan: ProductPlan; change: PublishingStatusChange }, { container }) => {
    const { plan, change } = input
    let sent = 0
    if (plan.all_variant_ids.length === 0) return new StepResponse({ sent })
    for (let skip = 0; ; skip += PAGE) {
      const lines = await pendingPage(container, plan.all_variant_ids, skip)
      const orders = await readLineOrders(container, lines)
      for (const line of lines) {
        const mail = lineMail(orders.get(line.order_id), line.line_item_id, plan.title)
        if (!mail) continue
        const { to, ...base } = mail
        const result = await sendReaderEmail(container, {
          to,
          template: "preorder-postponed",
          data: { ...base, new_date: null },
          idempotency_key: `preorder-status:${line.id}:postponed:${change.changed_at}`,
        })
        if (result.sent) sent++
      }
      if (lines.length < PAGE) return new StepResponse({ sent })
    }
  }
)

/**
 * cancelled: every pending line of the product is cancelled and refunded through
 * cancelPreorderWorkflow (system path, `customer_id: null`): one workflow per line, each
 * compensated on its own, the money last (ADR 0004 §7). A line that fails is logged and stays
 * pending (a re-run retries it); allocated lines are not cancelled — they are reported to staff.
 */
const cancelPendingLinesStep = createStep("cancel-pending-preorders-of-title", async (plan: ProductPlan, { container }) => {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service = container.resolve<PreorderModuleService>(PREORDER_MODULE)
  const failed: string[] = []
  let cancelled = 0
  if (plan.all_variant_ids.length === 0) return new StepResponse({ cancelled, failed, allocated_kept: 0 })
  // Cancelled lines leave the pending set, so the next page starts after the ones that failed.
  for (;;) {
    const lines = await pendingPage(container, plan.all_variant_ids, failed.length)
    for (const line of lines) {
      try {
        await cancelPreorderWorkflow(container).run({ input: { line_id: line.id, customer_id: null, reason: CANCEL_REASON } })
        cancelled++
      } catch (error) {
        failed.push(line.id)
        logger.error(`"${plan.title}" was cancelled but pre-order ${line.id} could not be cancelled and refunded: ${String(error)}`)
      }
    }
    if (lines.length < PAGE) break
  }
  const [, allocatedKept] = await service.listAndCountPreorderLines({ variant_id: plan.all_variant_ids, status: "allocated" }, { take: 1 })
  if (allocatedKept > 0) {
    logger.warn(
      `"${plan.title}" was cancelled but ${allocatedKept} allocated pre-order line(s) keep their copies and were not cancelled: ship them or cancel the orders from the admin.`
    )
  }
  return new StepResponse({ cancelled, failed, allocated_kept: allocatedKept })
})

/**
 * Applies a book's new publishing status to its pre-orders (ADR 0004 §10): forthcoming opens
 * terms at the publication date, postponed e-mails waiting readers, cancelled closes the terms and
 * cancels and refunds every pending line, active changes nothing.
 */
export const applyPublishingStatusWorkflow = createWorkflow("apply-publishing-status", (change: PublishingStatusChange) => {
  const plan = readProductPreorderStateStep(change)
  const action = transform({ change }, ({ change }) => publishingStatusAction(change.to))

  const opened = when("open-terms-when-forthcoming", { action }, ({ action }) => action === "open-terms").then(() =>
    openForthcomingTermsStep(plan)
  )
  const postponed = when("notify-when-postponed", { action }, ({ action }) => action === "notify-postponed").then(() =>
    notifyPostponedStep(transform({ plan, change }, ({ plan, change }) => ({ plan, change })))
  )
  const cancelled = when("cancel-when-cancelled", { action }, ({ action }) => action === "cancel-preorders").then(() => {
    const closed = closeProductTermsStep(plan)
    const lines = cancelPendingLinesStep(plan)
    return transform({ closed, lines }, ({ closed, lines }) => ({ closed_terms: closed, ...lines }))
  })

  return new WorkflowResponse(
    transform({ change, opened, postponed, cancelled }, ({ change, opened, postponed, cancelled }) => ({
      product_id: change.product_id,
      status: change.to,
      opened_terms: opened?.opened ?? [],
      skipped_reason: opened?.skipped_reason ?? null,
      postponed_emails: postponed?.sent ?? 0,
      closed_terms: cancelled?.closed_terms ?? [],
      cancelled_lines: cancelled?.cancelled ?? 0,
      failed_lines: cancelled?.failed ?? [],
      allocated_kept: cancelled?.allocated_kept ?? 0,
    }))
  )
})
