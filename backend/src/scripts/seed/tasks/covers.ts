import { deleteFilesWorkflow, updateProductsWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { renderCover } from "../cover"
import { coverInputFor } from "../cover-input"
import { progressLine } from "../plan"
import { handleFor } from "../product-input"
import { TITLES } from "../titles"
import type { SeedContext } from "./context"

type ProductCover = { id: string; handle: string; thumbnail: string | null }

/**
 * A generated typographic cover for every demo title without a thumbnail: uploaded once through
 * the File Module (public, under covers/) and set as the product's thumbnail and only image.
 * A product that has a thumbnail — generated or uploaded by staff — is left alone.
 */
export async function ensureCovers({ container, logger }: SeedContext): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "thumbnail"],
    filters: { handle: TITLES.map(handleFor) },
  })
  const products = new Map((data as ProductCover[]).map((p) => [p.handle, p]))
  const bare = TITLES.flatMap((title) => {
    const product = products.get(handleFor(title))
    return product && !product.thumbnail ? [{ title, product }] : []
  })

  if (bare.length > 0) {
    const { result: files } = await uploadFilesWorkflow(container).run({
      input: {
        files: bare.map(({ title }) => ({
          filename: `covers/${handleFor(title)}.svg`,
          mimeType: "image/svg+xml",
          // Base64 survives every provider unchanged (the local one also takes UTF-8 for XML types).
          content: Buffer.from(renderCover(coverInputFor(title)), "utf8").toString("base64"),
          access: "public" as const,
        })),
      },
    })
    try {
      await updateProductsWorkflow(container).run({
        input: {
          products: bare.map(({ product }, i) => {
            const url = files[i]?.url
            if (!url) throw new Error(`Uploading the cover of "${product.handle}" returned no URL.`)
            return { id: product.id, thumbnail: url, images: [{ url }] }
          }),
        },
      })
    } catch (error) {
      // Leave no orphaned files behind; the next run uploads them again.
      await deleteFilesWorkflow(container).run({ input: { ids: files.map((f) => f.id) } })
      throw error
    }
  }
  logger.info(progressLine("Covers", TITLES.length, bare.length, "generated"))
}
