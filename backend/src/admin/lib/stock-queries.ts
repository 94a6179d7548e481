/** Pre-order and stock admin API as TanStack Query hooks. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type LineCounts = { pending: number; allocated: number; shipped: number; cancelled: number }
export type PreorderSummary = {
  variant_id: string
  title: string
  product_id: string | null
  release_date: string
  status: "open" | "closed"
  cap: number | null
  claimed_quantity: number
  lines: LineCounts
}
export type PreorderLine = { id: string; order_id: string; order_display_id: number | null; email: string | null; quantity: number; status: string; created_at: string }
export type PreorderDetail = { preorder: PreorderSummary; per_day: { day: string; quantity: number }[]; lines: PreorderLine[]; count: number; offset: number; limit: number }
export type StockRow = { variant_id: string; title: string; sku: string | null; stocked: number; reserved: number; available: number; threshold: number }
export type Movement = { id: string; kind: "goods_in" | "adjustment"; quantity: number; reference: string | null; reason: string | null; actor_email: string | null; location_id: string; created_at: string }

export const usePreorders = () =>
  useQuery({ queryKey: ["preorders"], queryFn: () => sdk.client.fetch<{ preorders: PreorderSummary[] }>("/admin/preorders") })

export const usePreorder = (variantId: string, offset: number) =>
  useQuery({
    queryKey: ["preorders", variantId, offset],
    queryFn: () => sdk.client.fetch<PreorderDetail>(`/admin/preorders/${variantId}`, { query: { offset, limit: 50 } }),
  })

export const useLowStock = () => useQuery({ queryKey: ["stock", "low"], queryFn: () => sdk.client.fetch<{ variants: StockRow[] }>("/admin/stock/low") })

export type LocationStock = { location_id: string; location_name: string; stocked: number; reserved: number; available: number }
export type VariantStock = { variant_id: string; product_id: string | null; title: string; sku: string | null; threshold: number; levels: LocationStock[] }

export const useMovements = (variantId: string) =>
  useQuery({
    queryKey: ["stock", variantId],
    queryFn: () => sdk.client.fetch<{ stock: VariantStock; movements: Movement[]; count: number }>(`/admin/variants/${variantId}/stock`),
  })

export function useSetThreshold(variantId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (threshold: number) => sdk.client.fetch(`/admin/variants/${variantId}/stock/threshold`, { method: "POST", body: { threshold } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ["stock"] }),
  })
}

export const useLocations = () =>
  useQuery({ queryKey: ["stock-locations"], queryFn: () => sdk.client.fetch<{ stock_locations: { id: string; name: string }[] }>("/admin/stock-locations") })

export type StockChange =
  | { kind: "goods_in"; location_id: string; quantity: number; reference: string }
  | { kind: "adjustment"; location_id: string; quantity: number; reason: string }

export function useChangeStock(variantId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: StockChange) => sdk.client.fetch(`/admin/variants/${variantId}/stock`, { method: "POST", body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["stock"] })
      void client.invalidateQueries({ queryKey: ["preorders"] })
    },
  })
}

export function useAllocate(variantId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => sdk.client.fetch("/admin/preorders/allocate", { method: "POST", body: { variant_ids: [variantId] } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ["preorders"] }),
  })
}

export const useVariantPreorder = (variantId: string) =>
  useQuery({
    queryKey: ["preorders", "variant", variantId],
    queryFn: () => sdk.client.fetch<{ preorder: PreorderSummary | null }>(`/admin/variants/${variantId}/preorder`),
  })

/** Open, change (POST) or close (DELETE) a variant's pre-order terms. */
export function usePreorderTerms(variantId: string) {
  const client = useQueryClient()
  const onSuccess = () => void client.invalidateQueries({ queryKey: ["preorders"] })
  const save = useMutation({
    mutationFn: (body: { release_date: string; cap: number | null }) =>
      sdk.client.fetch<{ preorder: PreorderSummary | null }>(`/admin/variants/${variantId}/preorder`, { method: "POST", body }),
    onSuccess,
  })
  const close = useMutation({
    mutationFn: () => sdk.client.fetch<{ preorder: PreorderSummary | null }>(`/admin/variants/${variantId}/preorder`, { method: "DELETE" }),
    onSuccess,
  })
  return { save, close }
}
