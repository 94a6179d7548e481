/**
 * The store's view of a contributor: only the books a reader of this sales channel can buy
 * (published products in one of the publishable key's sales channels), newest first.
 */
type ProductRow = {
  id: string
  handle: string
  title: string
  status: string
  sales_channels?: ({ id: string } | null)[] | null
}

export type StoreContributorRow = {
  id: string
  name: string
  handle: string
  bio: string | null
  photo_url: string | null
  contributions?: {
    role: string
    book?: { publication_date: string | Date | null; product?: ProductRow | null } | null
  }[] | null
}

export type StoreContributorBook = { product_id: string; handle: string; title: string; role: string }

const time = (date: string | Date | null | undefined): number => (date ? new Date(date).getTime() : -Infinity)

export function toStoreContributor(row: StoreContributorRow, salesChannelIds: readonly string[]) {
  const channels = new Set(salesChannelIds)
  const visible = (row.contributions ?? []).filter((c) => {
    const product = c.book?.product
    return product?.status === "published" && (product.sales_channels ?? []).some((sc) => !!sc && channels.has(sc.id))
  })
  visible.sort(
    (a, b) =>
      time(b.book?.publication_date) - time(a.book?.publication_date) ||
      (a.book?.product?.title ?? "").localeCompare(b.book?.product?.title ?? "")
  )
  const books: StoreContributorBook[] = visible.map((c) => ({
    product_id: c.book?.product?.id ?? "",
    handle: c.book?.product?.handle ?? "",
    title: c.book?.product?.title ?? "",
    role: c.role,
  }))
  return { id: row.id, name: row.name, handle: row.handle, bio: row.bio, photo_url: row.photo_url, books }
}

export const STORE_CONTRIBUTOR_FIELDS = [
  "id",
  "name",
  "handle",
  "bio",
  "photo_url",
  "contributions.role",
  "contributions.book.publication_date",
  "contributions.book.product.id",
  "contributions.book.product.handle",
  "contributions.book.product.title",
  "contributions.book.product.status",
  "contributions.book.product.sales_channels.id",
]
