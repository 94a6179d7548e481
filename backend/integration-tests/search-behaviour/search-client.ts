/**
 * The books index as the storefront sees it: `POST /store/search` with the storefront's
 * publishable key, answered with the engine's hits, facets and counts.
 */
export type BookHit = {
  id: string
  document: {
    title: string
    handle: string
    contributors?: string[]
    formats?: string[]
    availability?: string
    series?: string | null
    subjects?: string[]
    publication_year?: string | null
    published_at?: string | null
    price_gbp?: number | null
    isbns?: string[]
  } & Record<string, unknown>
}

export type FacetValues = { type: "value"; values: { value: string; count: number }[] }

export type BookResult = {
  hits: BookHit[]
  facets?: Record<string, FacetValues>
  metadata: { count: number | null; skip: number; take: number }
}

export type SearchRequest = {
  q?: string
  filters?: Record<string, unknown>
  order?: Record<string, "ASC" | "DESC">
  facets?: string[]
  take?: number
  skip?: number
}

type Response<T> = { data: T; status: number }
export type HttpApi = {
  get: <T = unknown>(url: string, config?: object) => Promise<Response<T>>
  post: <T = unknown>(url: string, body?: object, config?: object) => Promise<Response<T>>
}

/** The facet fields the storefront shows. */
export const FACET_FIELDS = ["formats", "availability", "series", "subjects", "contributors", "publication_year"]

/** The request body the storefront sends: typo tolerance on, as every caller should. */
export function bookSearchBody(request: SearchRequest) {
  const q = request.q?.trim()
  return {
    entity: "books",
    filters: { ...(q ? { q } : {}), ...request.filters },
    pagination: { take: request.take ?? 50, skip: request.skip ?? 0, ...(request.order ? { order: request.order } : {}) },
    search_options: {
      ...(q ? { typo_tolerance: true } : {}),
      // Every value of every facet: the suite compares them with the hits.
      ...(request.facets ? { facets: request.facets.map((field) => ({ field, limit: 100 })) } : {}),
    },
  }
}

export function searchClient(api: HttpApi, publishableKey: () => string) {
  const headers = () => ({ headers: { "x-publishable-api-key": publishableKey() } })
  return {
    async search(request: SearchRequest): Promise<BookResult> {
      const { data } = await api.post<{ results: BookResult[] }>("/store/search", bookSearchBody(request), headers())
      const [result] = data.results
      if (!result) throw new Error("POST /store/search answered without a result")
      return result
    },
    /** The raw answer, for requests that are meant to fail. */
    async post(body: object): Promise<Response<unknown>> {
      return api.post("/store/search", body, { ...headers(), validateStatus: () => true })
    },
  }
}

/** Polls until `check` passes (the index is written by subscribers, a moment after the change). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
}
