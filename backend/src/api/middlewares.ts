import {
  allowFields,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { storeSearchRoutes } from "../search/store-search"
import { resolveProductHandles } from "./store/product-handles"
import { preorderRoutes } from "./preorder-routes"
import { campaignRoutes } from "./campaign-routes"
import { assertIsbnDrafts } from "../workflows/hooks/assert-variant-isbns"
import { ADMIN_VARIANT_WRITE_ROUTES, type IsbnDraft } from "../workflows/hooks/isbn-drafts"
import {
  AdminCreateContributor,
  AdminGetContributorParams,
  AdminGetContributorsParams,
  AdminUpdateContributor,
} from "./admin/contributors/validators"
import { listContributorsQueryConfig, retrieveContributorQueryConfig } from "./admin/contributors/query-config"
import { AdminUpsertBookDetails } from "./admin/products/[id]/book/validators"
import { STORE_CONTRIBUTOR_LIST_FIELDS, StoreGetContributorsParams } from "./store/contributors/validators"

/**
 * Book data a storefront may ask for on products: the relations with a star
 * (`fields=*book,*book.contributions,*book.contributions.contributor,*variants.book_format`) or
 * single fields (`+book.subtitle,+book.contributions.contributor.name`).
 */
const STORE_PRODUCT_BOOK_FIELDS = [
  "book",
  "book.contributions",
  "book.contributions.contributor",
  "variants.book_format",
  ...["id", "subtitle", "publication_date", "publishing_status", "language", "edition"].map((f) => `book.${f}`),
  ...["id", "role", "position"].map((f) => `book.contributions.${f}`),
  ...["id", "name", "handle", "bio", "photo_url"].map((f) => `book.contributions.contributor.${f}`),
  ...["id", "format", "pages"].map((f) => `variants.book_format.${f}`),
]

/**
 * The ISBN rule, checked on the admin request before Medusa's workflow writes anything: the
 * core product update cannot roll variant changes back when its hook fails (see
 * workflows/hooks/product-isbns.ts), so the rule must hold before the write.
 */
const checkIsbns =
  (drafts: (body: unknown, params: Record<string, string | undefined>) => IsbnDraft[]) =>
  async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      await assertIsbnDrafts(req.scope, drafts(req.body, req.params))
      next()
    } catch (error) {
      next(error)
    }
  }

const isbnRoutes = ADMIN_VARIANT_WRITE_ROUTES.map(({ matcher, drafts }) => ({
  matcher,
  method: ["POST" as const],
  middlewares: [checkIsbns(drafts)],
}))

export default defineMiddlewares({
  routes: [
    ...isbnRoutes,
    ...storeSearchRoutes,
    ...preorderRoutes,
    ...campaignRoutes,
    // Without a method, so they sort before Medusa's own /store/products query validation.
    { matcher: "/store/products", middlewares: [allowFields(STORE_PRODUCT_BOOK_FIELDS), resolveProductHandles] },
    { matcher: "/store/products/:id", middlewares: [allowFields(STORE_PRODUCT_BOOK_FIELDS)] },
    {
      matcher: "/store/contributors",
      method: ["GET"],
      middlewares: [
        validateAndTransformQuery(StoreGetContributorsParams, {
          defaults: STORE_CONTRIBUTOR_LIST_FIELDS,
          allowed: STORE_CONTRIBUTOR_LIST_FIELDS,
          isList: true,
        }),
      ],
    },
    {
      matcher: "/admin/contributors",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(AdminGetContributorsParams, listContributorsQueryConfig)],
    },
    {
      matcher: "/admin/contributors",
      method: ["POST"],
      middlewares: [
        validateAndTransformBody(AdminCreateContributor),
        validateAndTransformQuery(AdminGetContributorParams, retrieveContributorQueryConfig),
      ],
    },
    {
      matcher: "/admin/contributors/:id",
      method: ["GET", "DELETE"],
      middlewares: [validateAndTransformQuery(AdminGetContributorParams, retrieveContributorQueryConfig)],
    },
    {
      matcher: "/admin/contributors/:id",
      method: ["POST"],
      middlewares: [
        validateAndTransformBody(AdminUpdateContributor),
        validateAndTransformQuery(AdminGetContributorParams, retrieveContributorQueryConfig),
      ],
    },
    {
      matcher: "/admin/products/:id/book",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpsertBookDetails)],
    },
  ],
})
