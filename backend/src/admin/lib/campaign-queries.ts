/** The campaign admin API (/admin/campaign-pages) as TanStack Query hooks. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { AdminCampaign, ChartDay } from "./campaign-form"
import { sdk } from "./sdk"

export type CampaignReport = {
  clicks: number
  carts: number
  orders: number
  units: number
  revenue: { currency_code: string; amount: number }[]
  series: ChartDay[]
}

const keys = {
  all: ["campaign-pages"] as const,
  detail: (id: string) => ["campaign-pages", id] as const,
  report: (id: string) => ["campaign-pages", id, "report"] as const,
}

export const useCampaigns = () =>
  useQuery({
    queryKey: keys.all,
    queryFn: () => sdk.client.fetch<{ campaigns: AdminCampaign[] }>("/admin/campaign-pages"),
  })

export const useCampaign = (id: string | undefined) =>
  useQuery({
    queryKey: keys.detail(id ?? ""),
    queryFn: () => sdk.client.fetch<{ campaign: AdminCampaign }>(`/admin/campaign-pages/${id}`),
    enabled: !!id,
  })

export const useCampaignReport = (id: string | undefined) =>
  useQuery({
    queryKey: keys.report(id ?? ""),
    queryFn: () => sdk.client.fetch<{ report: CampaignReport }>(`/admin/campaign-pages/${id}/report`),
    enabled: !!id,
  })

export function useSaveCampaign(id: string | undefined) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: object) =>
      sdk.client.fetch<{ campaign: AdminCampaign }>(id ? `/admin/campaign-pages/${id}` : "/admin/campaign-pages", {
        method: "POST",
        body,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

export function useDeleteCampaign(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => sdk.client.fetch(`/admin/campaign-pages/${id}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

export type ProductHit = { id: string; title: string }

/** Products matching a search, for the featured-titles picker. */
export const useProductSearch = (q: string) =>
  useQuery({
    queryKey: ["campaign-product-search", q],
    queryFn: () =>
      sdk.client.fetch<{ products: ProductHit[] }>("/admin/products", { query: { q, limit: 8, fields: "id,title" } }),
    enabled: q.length >= 2,
  })
