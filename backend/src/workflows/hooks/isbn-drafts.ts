/**
 * The variants an admin request is about to write, read from its raw JSON body so the ISBN rule
 * can refuse it before any workflow runs. Pure and defensive: the body is not validated yet.
 */
import type { VariantIsbn } from "./isbn-rule"

/** A variant as a request describes it; missing names are looked up before messages are written. */
export type IsbnDraft = VariantIsbn & { product_id?: string | null }

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value)
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : [])
const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined)

/** Only variants that set an ean are drafts; the others cannot break the rule. */
function variantDraft(variant: Json, product: { id?: string; title?: string }): IsbnDraft[] {
  const ean = text(variant.ean)
  if (ean === undefined || ean.trim() === "") return []
  return [
    {
      id: text(variant.id),
      title: text(variant.title),
      ean,
      product_id: product.id,
      product_title: product.title,
    },
  ]
}

const productVariants = (product: Json, id?: string): IsbnDraft[] =>
  objects(product.variants).flatMap((v) => variantDraft(v, { id: id ?? text(product.id), title: text(product.title) }))

/** POST /admin/products */
export const draftsFromProductCreate = (body: unknown): IsbnDraft[] => (isObject(body) ? productVariants(body) : [])

/** POST /admin/products/:id */
export const draftsFromProductUpdate = (body: unknown, productId: string): IsbnDraft[] =>
  isObject(body) ? productVariants(body, productId) : []

/** POST /admin/products/batch */
export const draftsFromProductBatch = (body: unknown): IsbnDraft[] =>
  isObject(body)
    ? [...objects(body.create).flatMap((p) => productVariants(p)), ...objects(body.update).flatMap((p) => productVariants(p))]
    : []

/** POST /admin/products/:id/variants */
export const draftsFromVariantCreate = (body: unknown, productId: string): IsbnDraft[] =>
  isObject(body) ? variantDraft({ ...body, id: undefined }, { id: productId }) : []

/** POST /admin/products/:id/variants/:variant_id */
export const draftsFromVariantUpdate = (body: unknown, productId: string, variantId: string): IsbnDraft[] =>
  isObject(body) ? variantDraft({ ...body, id: variantId }, { id: productId }) : []

/** POST /admin/products/:id/variants/batch */
export const draftsFromVariantBatch = (body: unknown, productId: string): IsbnDraft[] =>
  isObject(body)
    ? [
        ...objects(body.create).flatMap((v) => variantDraft({ ...v, id: undefined }, { id: productId })),
        ...objects(body.update).flatMap((v) => variantDraft(v, { id: productId })),
      ]
    : []

type Params = Record<string, string | undefined>

/** Every admin route of Medusa that writes variants, with how to read the drafts from its body. */
export const ADMIN_VARIANT_WRITE_ROUTES: { matcher: string; drafts: (body: unknown, params: Params) => IsbnDraft[] }[] = [
  { matcher: "/admin/products", drafts: (body) => draftsFromProductCreate(body) },
  { matcher: "/admin/products/batch", drafts: (body) => draftsFromProductBatch(body) },
  { matcher: "/admin/products/:id", drafts: (body, p) => draftsFromProductUpdate(body, p.id ?? "") },
  { matcher: "/admin/products/:id/variants", drafts: (body, p) => draftsFromVariantCreate(body, p.id ?? "") },
  { matcher: "/admin/products/:id/variants/batch", drafts: (body, p) => draftsFromVariantBatch(body, p.id ?? "") },
  {
    matcher: "/admin/products/:id/variants/:variant_id",
    drafts: (body, p) => draftsFromVariantUpdate(body, p.id ?? "", p.variant_id ?? ""),
  },
]
