import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SeriesRef } from "../types"
import { findOrCreateByHandle } from "./find-or-create"

/**
 * Series as product collections, found by handle or created; returns handle → id. Compensation
 * deletes the collections it created, unless a product has joined one since.
 */
export const resolveOnixSeriesStep = createStep(
  "resolve-onix-series-step",
  async (series: SeriesRef[], { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    const { ids, created } = await findOrCreateByHandle(
      series,
      (handles) => products.listProductCollections({ handle: handles }, { select: ["id", "handle"] }),
      (ref) => products.createProductCollections({ title: ref.title, handle: ref.handle, metadata: { source: "onix" } })
    )
    return new StepResponse(ids, created)
  },
  async (created, { container }) => {
    if (!created?.length) return
    const products = container.resolve(Modules.PRODUCT)
    const members = await products.listProducts({ collection_id: created }, { select: ["id", "collection_id"], withDeleted: true })
    const used = new Set(members.map((p) => p.collection_id))
    const unused = created.filter((id) => !used.has(id))
    if (unused.length > 0) await products.deleteProductCollections(unused)
  }
)
