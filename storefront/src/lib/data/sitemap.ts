import "server-only"
import { cacheTags, catalogueRevalidateSeconds } from "../cache-tags"
import { storeFetch } from "./store-fetch"

/**
 * What only the sitemap reads: every contributor's handle (author pages), paged through the
 * store API 200 at a time. Cached under the global catalogue tags.
 */
type ContributorsResponse = { contributors: { handle?: string | null }[]; count: number }

const perRequest = 200

export async function listContributorHandles(): Promise<string[]> {
  const read = (offset: number) =>
    storeFetch<ContributorsResponse>("/store/contributors", {
      query: { fields: "handle", limit: perRequest, offset },
      cache: "force-cache",
      next: { tags: [cacheTags.contributors, cacheTags.products], revalidate: catalogueRevalidateSeconds },
    })
  const first = await read(0)
  const offsets: number[] = []
  for (let offset = perRequest; offset < first.count; offset += perRequest) offsets.push(offset)
  const rest: ContributorsResponse[] = []
  // A few requests at a time, however many contributors there are.
  for (let i = 0; i < offsets.length; i += 4) rest.push(...(await Promise.all(offsets.slice(i, i + 4).map(read))))
  return [first, ...rest].flatMap(({ contributors }) => contributors.flatMap((c) => (c.handle ? [c.handle] : [])))
}
