import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SubjectRef } from "../types"
import { findOrCreateByHandle } from "./find-or-create"

/**
 * Subjects as product categories (the Thema/BISAC code in metadata), found by handle or created;
 * returns handle → id. Compensation deletes the categories it created that hold no products.
 */
export const resolveOnixSubjectsStep = createStep(
  "resolve-onix-subjects-step",
  async (subjects: SubjectRef[], { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    const { ids, created } = await findOrCreateByHandle(
      subjects,
      (handles) => products.listProductCategories({ handle: handles }, { select: ["id", "handle"] }),
      (ref) =>
        products.createProductCategories({ name: ref.name, handle: ref.handle, metadata: ref.metadata, is_active: true, is_internal: false })
    )
    return new StepResponse(ids, created)
  },
  async (created, { container }) => {
    if (!created?.length) return
    const products = container.resolve(Modules.PRODUCT)
    const categories = await products.listProductCategories({ id: created }, { relations: ["products"] })
    const unused = categories.filter((c) => (c.products ?? []).length === 0).map((c) => c.id)
    if (unused.length > 0) await products.deleteProductCategories(unused)
  }
)
