import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Meilisearch has no date type: ranges, sorting and range/stats facets only work on numbers. Every
 * `date` field is therefore also written as epoch milliseconds under this root (`_date_ms.<path>`),
 * and filters, sorts and facets on the field use that copy. The document itself stays as written,
 * so hits return dates exactly as the seed produced them.
 */
export const DATE_ATTRIBUTE_ROOT = "_date_ms"

const FIELD_NAME = /^[A-Za-z0-9_-]+$/

/** A leaf field of an index definition, flattened to its dotted path. */
export type PlannedField = {
  path: string
  /** The attribute Meilisearch filters, sorts and facets on (the date copy for date fields). */
  attribute: string
  definition: SearchTypes.SearchFieldDefinition
  is_array: boolean
  is_date: boolean
  is_numeric: boolean
}

export type IndexPlan = {
  index: string
  primary_key: string
  /** Leaf fields in declaration order. Vector fields are left out (see `buildPlan`). */
  fields: Map<string, PlannedField>
  /** Vector fields the definition declares but Meilisearch is not asked to hold. */
  ignored_vectors: string[]
  /**
   * False when the plan was rebuilt from the engine alone (a delete that arrived without its
   * definition): field names are then not checked against the definition.
   */
  strict: boolean
}

/** The error every translation step throws for something Meilisearch cannot do. */
export function unsupported(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

export function isSearchable(field: SearchTypes.SearchFieldDefinition): boolean {
  return field.searchable === true || typeof field.searchable === "object"
}

export function searchWeight(field: SearchTypes.SearchFieldDefinition): number {
  return typeof field.searchable === "object" ? field.searchable.weight ?? 1 : 1
}

export function isFacetable(field: SearchTypes.SearchFieldDefinition): boolean {
  return field.facetable === true || typeof field.facetable === "object"
}

/** Flattens a definition into leaf fields; refuses names Meilisearch's filter and sort syntax cannot hold. */
export function buildPlan(
  definition: Pick<SearchTypes.ResolvedSearchIndexDefinition, "name" | "fields" | "primary_key">
): IndexPlan {
  const fields = new Map<string, PlannedField>()
  const ignoredVectors: string[] = []

  const walk = (
    group: Record<string, SearchTypes.SearchFieldDefinition>,
    prefix: string,
    inArray: boolean
  ): void => {
    for (const [name, field] of Object.entries(group)) {
      if (!FIELD_NAME.test(name)) {
        unsupported(
          `Meilisearch cannot hold field "${prefix}${name}" of search index "${definition.name}": use letters, digits, "_" or "-" in field names`
        )
      }
      const path = `${prefix}${name}`
      const isArray = inArray || field.array === true
      if (field.type === "object") {
        walk(field.fields ?? {}, `${path}.`, isArray)
        continue
      }
      if (field.type === "vector") {
        ignoredVectors.push(path)
        continue
      }
      const isDate = field.type === "date"
      fields.set(path, {
        path,
        attribute: isDate ? `${DATE_ATTRIBUTE_ROOT}.${path}` : path,
        definition: field,
        is_array: isArray,
        is_date: isDate,
        is_numeric: isDate || field.type === "integer" || field.type === "float",
      })
    }
  }
  walk(definition.fields, "", false)

  return {
    index: definition.name,
    primary_key: definition.primary_key,
    fields,
    ignored_vectors: ignoredVectors,
    strict: true,
  }
}

/** A plan for an index whose definition this process has not seen: only the primary key is known. */
export function loosePlan(index: string, primaryKey: string): IndexPlan {
  return { index, primary_key: primaryKey, fields: new Map(), ignored_vectors: [], strict: false }
}

/**
 * The field a filter, sort or facet names. Unknown fields are refused on a strict plan (the module
 * validates them too, but a delete reaches the provider unvalidated).
 */
export function resolveField(plan: IndexPlan, path: string, usage: string): PlannedField {
  const planned = plan.fields.get(path)
  if (planned) {
    return planned
  }
  if (plan.strict) {
    unsupported(`Unknown field "${path}" used in ${usage} on search index "${plan.index}"`)
  }
  return {
    path,
    attribute: path,
    definition: { type: "keyword" },
    is_array: false,
    is_date: false,
    is_numeric: false,
  }
}

/** Epoch milliseconds for a date value (Date, ISO string or number); undefined when unreadable. */
export function toEpochMs(value: unknown): number | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : value.getTime()
  }
  if (typeof value === "number") {
    return Number.isFinite(value) ? value : undefined
  }
  if (typeof value === "string") {
    const parsed = Date.parse(value)
    return Number.isNaN(parsed) ? undefined : parsed
  }
  return undefined
}
