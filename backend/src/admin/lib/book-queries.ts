/**
 * Reads and writes of the book module's admin API, as TanStack Query hooks (the dashboard
 * provides the QueryClient). Query keys live here so every write refreshes what it changed.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { Book, Contributor, ContributorBody, ContributorList, UpsertBookBody, VariantSummary } from "./book-types"

export const bookKeys = {
  product: (productId: string) => ["product-book", productId] as const,
  variants: (productId: string) => ["product-book", productId, "variants"] as const,
}

export const contributorKeys = {
  all: ["contributors"] as const,
  list: (params: ContributorListParams) => ["contributors", "list", params] as const,
  detail: (id: string) => ["contributors", "detail", id] as const,
}

export type ContributorListParams = { q?: string; limit: number; offset: number; fields?: string }

/** Books the contributor is credited on (for the detail page and its delete prompt). */
const CREDIT_FIELDS = "+contributions.id,+contributions.role,+contributions.book.id,+contributions.book.product.id,+contributions.book.product.title"

export function useProductBook(productId: string) {
  return useQuery({
    queryKey: bookKeys.product(productId),
    queryFn: () => sdk.client.fetch<{ book: Book | null }>(`/admin/products/${productId}/book`),
  })
}

/**
 * Every variant of the product (id, title, ISBN), for the formats editor: the product page hands
 * widgets the product without its variants, which it pages through separately.
 */
export function useProductVariants(productId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: bookKeys.variants(productId),
    queryFn: async () => {
      const { product } = await sdk.client.fetch<{ product: { variants?: VariantSummary[] | null } }>(`/admin/products/${productId}`, {
        query: { fields: "id,variants.id,variants.title,variants.ean" },
      })
      return (product.variants ?? []).map((v) => ({ id: v.id, title: v.title ?? null, ean: v.ean ?? null }))
    },
    enabled: options.enabled ?? true,
  })
}

export function useSaveProductBook(productId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: UpsertBookBody) =>
      sdk.client.fetch<{ book: Book }>(`/admin/products/${productId}/book`, { method: "POST", body }),
    onSuccess: (data) => {
      queryClient.setQueryData(bookKeys.product(productId), data)
      void queryClient.invalidateQueries({ queryKey: bookKeys.variants(productId) })
      // Credit counts on the contributors pages change with the credits.
      void queryClient.invalidateQueries({ queryKey: contributorKeys.all })
    },
  })
}

export function useContributors(params: ContributorListParams, options: { enabled?: boolean } = {}) {
  const query: Record<string, string | number> = { limit: params.limit, offset: params.offset, order: "name" }
  if (params.q?.trim()) query.q = params.q.trim()
  if (params.fields) query.fields = params.fields
  return useQuery({
    queryKey: contributorKeys.list(params),
    queryFn: () => sdk.client.fetch<ContributorList>("/admin/contributors", { query }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  })
}

export function useContributor(id: string) {
  return useQuery({
    queryKey: contributorKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ contributor: Contributor }>(`/admin/contributors/${id}`, { query: { fields: CREDIT_FIELDS } }),
  })
}

export function useCreateContributor() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ContributorBody) =>
      sdk.client.fetch<{ contributor: Contributor }>("/admin/contributors", { method: "POST", body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: contributorKeys.all }),
  })
}

export function useUpdateContributor(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ContributorBody) =>
      sdk.client.fetch<{ contributor: Contributor }>(`/admin/contributors/${id}`, {
        method: "POST",
        body,
        query: { fields: CREDIT_FIELDS },
      }),
    onSuccess: (data) => {
      queryClient.setQueryData(contributorKeys.detail(id), data)
      void queryClient.invalidateQueries({ queryKey: contributorKeys.all })
      // Product pages show contributor names.
      void queryClient.invalidateQueries({ queryKey: ["product-book"] })
    },
  })
}

export function useDeleteContributor(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => sdk.client.fetch<{ id: string; deleted: boolean }>(`/admin/contributors/${id}`, { method: "DELETE" }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: contributorKeys.detail(id) })
      void queryClient.invalidateQueries({ queryKey: contributorKeys.all })
    },
  })
}
