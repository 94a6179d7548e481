import type { Logger, SearchTypes } from "@medusajs/framework/types"
import {
  AbstractSearchProviderService,
  MedusaError,
  extractPrimaryKeyFilter,
} from "@medusajs/framework/utils"
import {
  type EnqueuedTaskPromise,
  type Meilisearch,
  type MultiSearchQuery,
  type TaskWait,
  createClient,
  isNotFound,
  readIndexes,
  settleTask,
  toMedusaError,
  waitForTaskId,
} from "./client"
import { toMeilisearchDocuments } from "./documents"
import { compileFilter } from "./filters"
import { type IndexPlan, buildPlan, loosePlan } from "./plan"
import { buildSearchQuery } from "./query"
import { toSearchResult } from "./results"
import { type MeilisearchLimits, assertIndexSupported, buildSettings } from "./settings"

/** Provider options (medusa-config passes `host` and `apiKey` when MEILISEARCH_HOST is set). */
export type MeilisearchProviderOptions = {
  host: string
  apiKey?: string
  /** How long a write may take to be applied before it counts as failed. Default 120 s. */
  taskTimeoutMs?: number
  /** How often a pending write is polled. Default 50 ms. */
  taskPollIntervalMs?: number
  /** The deepest hit reachable with skip + take (pagination.maxTotalHits). Default 10,000. */
  maxTotalHits?: number
  /** Values returned per facet (faceting.maxValuesPerFacet). Default 1,000. */
  maxValuesPerFacet?: number
}

type InjectedDependencies = { logger?: Logger }

/**
 * Meilisearch behind Medusa's Search Module. Translation is done by pure functions (settings,
 * filters, query, results); this class makes the calls, and every write waits for its task, so a
 * resolved write is in the index and a failed one is an error naming the index.
 */
export class MeilisearchSearchProvider extends AbstractSearchProviderService {
  static override identifier = "meilisearch"

  protected readonly client_: Meilisearch
  protected readonly logger_?: Logger
  protected readonly wait_: TaskWait
  protected readonly limits_: MeilisearchLimits
  /** Plans by physical index, kept from the definitions seen, for deletes that arrive without one. */
  protected readonly plans_ = new Map<string, IndexPlan>()

  constructor({ logger }: InjectedDependencies, options: MeilisearchProviderOptions) {
    super()
    if (!options?.host) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        "The Meilisearch search provider needs a `host` option (MEILISEARCH_HOST)"
      )
    }
    this.logger_ = logger
    this.client_ = createClient({ host: options.host, apiKey: options.apiKey })
    this.wait_ = {
      timeout: options.taskTimeoutMs ?? 120_000,
      interval: options.taskPollIntervalMs ?? 50,
    }
    this.limits_ = {
      max_total_hits: options.maxTotalHits ?? 10_000,
      max_values_per_facet: options.maxValuesPerFacet ?? 1_000,
    }
  }

  override async upsertIndex({
    index,
  }: {
    index: SearchTypes.ResolvedSearchIndexDefinition
  }): Promise<SearchTypes.SearchTask> {
    const plan = this.planFor(index, index.physical_name)
    assertIndexSupported(plan)
    if (plan.ignored_vectors.length) {
      const ignored = plan.ignored_vectors.join(", ")
      this.logger_?.warn(
        `The Meilisearch search provider does not index vector fields; ignoring ${ignored} on search index "${index.name}"`
      )
    }
    const uid = index.physical_name

    const existing = await this.client_.getRawIndex(uid).catch((error: unknown) => {
      const wrapped = toMedusaError(error, { index: uid, action: "read the index" })
      if (isNotFound(wrapped)) {
        return undefined
      }
      throw wrapped
    })
    const create = () => this.client_.createIndex(uid, { primaryKey: index.primary_key })
    if (!existing) {
      await this.settle(create(), uid, "create the index")
    } else if (existing.primaryKey && existing.primaryKey !== index.primary_key) {
      // Only a fresh version is ever pointed at here, so rebuilding it loses nothing.
      await this.settle(this.client_.deleteIndex(uid), uid, "delete the index")
      await this.settle(create(), uid, "create the index")
    }
    const settings = this.client_.index(uid).updateSettings(buildSettings(index, plan, this.limits_))
    return await this.settle(settings, uid, "update the settings")
  }

  override async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    this.plans_.delete(index)
    try {
      return await this.settle(this.client_.deleteIndex(index), index, "delete the index")
    } catch (error) {
      // Already gone is what was asked for.
      if (isNotFound(error)) {
        return { index, status: "succeeded" }
      }
      throw error
    }
  }

  override async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const indexes = await readIndexes(this.client_)
    return indexes.map((index) => ({ ...index, provider: MeilisearchSearchProvider.identifier }))
  }

  override async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    if (!documents.length) {
      return { index, status: "succeeded" }
    }
    const plan = this.planFor(definition, index)
    const prepared = toMeilisearchDocuments(documents, plan)
    return await this.settle(
      this.client_.index(index).addDocuments(prepared, { primaryKey: plan.primary_key }),
      index,
      `add ${documents.length} document(s)`
    )
  }

  override async deleteDocuments({
    index,
    filters,
  }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const plan = this.plans_.get(index) ?? (await this.planFromEngine(index))
    const ids = extractPrimaryKeyFilter(filters, { primary_key: plan.primary_key })
    if (ids) {
      if (!ids.length) {
        return { index, status: "succeeded" }
      }
      return await this.settle(
        this.client_.index(index).deleteDocuments(ids),
        index,
        `delete ${ids.length} document(s)`
      )
    }
    const filter = compileFilter(filters, plan)
    if (!filter) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Deleting from search index "${index}" needs at least one filter`
      )
    }
    return await this.settle(
      this.client_.index(index).deleteDocuments({ filter }),
      index,
      "delete documents by filter"
    )
  }

  override async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const write = this.client_.index(index).deleteAllDocuments()
    return await this.settle(write, index, "clear the index")
  }

  override async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const query = this.translate(input)
    const response = await this.client_
      .index(query.index)
      .search(null, query.params)
      .catch((error: unknown) => {
        throw toMedusaError(error, { index: query.index, action: "search" })
      })
    return toSearchResult(response, query, input, this.limits_)
  }

  /** Several queries (the module's disjunctive facets among them) in one multi-search request. */
  override async searchMany(
    inputs: SearchTypes.ProviderSearchQuery[]
  ): Promise<SearchTypes.SearchResult[]> {
    if (inputs.length <= 1) {
      return await Promise.all(inputs.map((input) => this.search(input)))
    }
    const translated = inputs.map((input) => ({ input, query: this.translate(input) }))
    const { results } = await this.client_
      .multiSearch({
        queries: translated.map(
          ({ query }): MultiSearchQuery => ({ indexUid: query.index, ...query.params })
        ),
      })
      .catch((error: unknown) => {
        throw toMedusaError(error, { action: "run a multi-search" })
      })
    return translated.map(({ input, query }, position) => {
      const response = results[position]
      if (!response) {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Meilisearch answered ${results.length} of ${inputs.length} queries of a multi-search`
        )
      }
      return toSearchResult(response, query, input, this.limits_)
    })
  }

  /** For a task returned earlier: writes here already wait, so this only reads its final state. */
  async waitForTask(
    task: SearchTypes.SearchTask,
    options?: { timeout_ms?: number }
  ): Promise<SearchTypes.SearchTask> {
    if (task.id === undefined || task.status === "succeeded" || task.status === "failed") {
      return task
    }
    const wait = { ...this.wait_, timeout: options?.timeout_ms ?? this.wait_.timeout }
    return await waitForTaskId(this.client_, task.id, task.index ?? "(unknown)", wait)
  }

  protected translate(input: SearchTypes.ProviderSearchQuery) {
    const plan = this.planFor(input.index, input.index.physical_name)
    return buildSearchQuery(input, plan, this.limits_)
  }

  protected planFor(
    definition: SearchTypes.ResolvedSearchIndexDefinition,
    physical: string
  ): IndexPlan {
    const plan = buildPlan(definition)
    this.plans_.set(physical, plan)
    return plan
  }

  /** A delete for an index this process has not seen a definition for: ask for its primary key. */
  protected async planFromEngine(index: string): Promise<IndexPlan> {
    const info = await this.client_.getRawIndex(index).catch((error: unknown) => {
      throw toMedusaError(error, { index, action: "read the index" })
    })
    return loosePlan(index, info.primaryKey ?? "id")
  }

  protected async settle(
    write: EnqueuedTaskPromise,
    index: string,
    action: string
  ): Promise<SearchTypes.SearchTask> {
    return await settleTask(this.client_, write, { index, action }, this.wait_)
  }
}

export default MeilisearchSearchProvider
