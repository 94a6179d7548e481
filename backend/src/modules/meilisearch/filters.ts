import type { SearchTypes } from "@medusajs/framework/types"
import { IndexPlan, PlannedField, isFacetable, resolveField, toEpochMs, unsupported } from "./plan"

// Words Meilisearch's filter parser reserves; an attribute spelled like one has to be quoted.
const RESERVED = new Set([
  "AND", "OR", "IN", "NOT", "TO", "EXISTS", "IS", "NULL", "EMPTY", "CONTAINS", "STARTS", "WITH",
  "_geoRadius", "_geoBoundingBox",
])
const BARE_WORD = /^[A-Za-z0-9_.-]+$/
const BARE_NUMBER = /^-?\d+(\.\d+)?$/

/** A double-quoted filter string: backslashes and double quotes escaped with a backslash. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

export function attributeToken(attribute: string): string {
  return BARE_WORD.test(attribute) && !RESERVED.has(attribute) ? attribute : quote(attribute)
}

/**
 * Compiles the module's filter tree into a Meilisearch filter string, or undefined when nothing
 * filters. Keys at one level, and operators on one field, are ANDed. Everything Meilisearch
 * cannot evaluate exactly is refused with an INVALID_DATA error rather than approximated.
 */
export function compileFilter(
  filters: SearchTypes.SearchFilters | undefined,
  plan: IndexPlan
): string | undefined {
  if (!filters) {
    return undefined
  }
  const parts = compileBranch(filters, plan)
  return parts.length ? parts.join(" AND ") : undefined
}

function compileBranch(branch: SearchTypes.SearchFilters, plan: IndexPlan): string[] {
  const parts: string[] = []
  for (const [key, value] of Object.entries(branch)) {
    if (value === undefined || key === "q") {
      continue
    }
    if (key === "$and" || key === "$or") {
      const nested = (value as SearchTypes.SearchFilters[])
        .map((child) => group(compileBranch(child, plan), " AND "))
        .filter((expression): expression is string => !!expression)
      const joined = group(nested, key === "$and" ? " AND " : " OR ")
      if (joined) {
        parts.push(joined)
      }
      continue
    }
    if (key === "$not") {
      // A single part is a condition or an already parenthesised group.
      const nested = group(compileBranch(value as SearchTypes.SearchFilters, plan), " AND ")
      if (nested) {
        parts.push(nested.startsWith("(") ? `NOT ${nested}` : `NOT (${nested})`)
      }
      continue
    }
    if (key.startsWith("$")) {
      unsupported(`Meilisearch cannot apply "${key}" at the top of a filter; use it on a field`)
    }
    const expression = fieldExpression(key, value, plan)
    if (expression) {
      parts.push(expression)
    }
  }
  return parts
}

function fieldExpression(path: string, raw: unknown, plan: IndexPlan): string | undefined {
  const field = resolveField(plan, path, "filters")
  if (
    plan.strict &&
    path !== plan.primary_key &&
    !field.definition.filterable &&
    !isFacetable(field.definition)
  ) {
    unsupported(`Field "${path}" is not filterable on search index "${plan.index}"`)
  }

  // Shorthand: a bare value, or a list of values (membership on array fields).
  if (raw === null || typeof raw !== "object" || Array.isArray(raw) || raw instanceof Date) {
    return anyOf(field, Array.isArray(raw) ? raw : [raw])
  }

  const operators = Object.entries(raw).filter(([key]) => key.startsWith("$"))
  if (!operators.length) {
    unsupported(`Empty operator map on filter field "${path}"`)
  }
  const parts = operators
    .map(([operator, value]) => operatorExpression(field, operator, value))
    .filter((expression): expression is string => !!expression)
  return group(parts, " AND ")
}

function operatorExpression(
  field: PlannedField,
  operator: string,
  value: unknown
): string | undefined {
  const attribute = attributeToken(field.attribute)
  const list = (): unknown[] => (Array.isArray(value) ? value : [value])

  switch (operator) {
    case "$eq":
      return value === null ? absent(attribute) : `${attribute} = ${literal(field, value)}`
    case "$ne":
      // Like `!=` itself, a document without the field is "not equal".
      return value === null ? present(attribute) : `${attribute} != ${literal(field, value)}`
    case "$in":
      return anyOf(field, list())
    case "$nin":
      return noneOf(field, list())
    case "$gt":
      return comparison(field, ">", value)
    case "$gte":
      return comparison(field, ">=", value)
    case "$lt":
      return comparison(field, "<", value)
    case "$lte":
      return comparison(field, "<=", value)
    case "$exists":
      return value ? present(attribute) : absent(attribute)
    case "$contains":
      // Holding every one of the values; holding all of none is no constraint.
      requireArray(field, operator)
      return group(list().map((entry) => `${attribute} = ${literal(field, entry)}`), " AND ")
    case "$overlaps":
      requireArray(field, operator)
      return anyOf(field, list())
    case "$prefix":
      return unsupported(
        `Meilisearch cannot filter "${field.path}" by prefix ($prefix): its STARTS WITH filter is experimental and not enabled by this provider`
      )
    case "$like":
      return unsupported(
        `Meilisearch cannot filter "${field.path}" by a LIKE pattern ($like): it has no pattern filter`
      )
    default:
      return unsupported(`Meilisearch cannot apply filter operator "${operator}" on "${field.path}"`)
  }
}

/** Equal to one of the values; on an array field, holding one of them. `null` means "not set". */
function anyOf(field: PlannedField, values: unknown[]): string {
  const attribute = attributeToken(field.attribute)
  const set = values.filter((value) => value !== null && value !== undefined)
  const parts: string[] = []
  if (set.length === 1) {
    parts.push(`${attribute} = ${literal(field, set[0])}`)
  } else if (set.length > 1 || !values.length) {
    // `IN []` is valid and matches nothing, like an empty $in should.
    parts.push(`${attribute} IN [${set.map((value) => literal(field, value)).join(", ")}]`)
  }
  if (set.length !== values.length) {
    parts.push(absent(attribute))
  }
  return group(parts, " OR ") as string
}

function noneOf(field: PlannedField, values: unknown[]): string {
  const attribute = attributeToken(field.attribute)
  const set = values.filter((value) => value !== null && value !== undefined)
  const parts = [`${attribute} NOT IN [${set.map((value) => literal(field, value)).join(", ")}]`]
  if (set.length !== values.length) {
    parts.push(present(attribute))
  }
  return group(parts, " AND ") as string
}

function comparison(field: PlannedField, operator: string, value: unknown): string {
  if (typeof value === "boolean" || value === null || value === undefined) {
    unsupported(`Meilisearch cannot compare "${field.path}" with ${String(value)} using ${operator}`)
  }
  let operand = value
  if (field.is_numeric && !field.is_date && typeof value !== "number") {
    if (!isNumeric(value)) {
      unsupported(`Meilisearch cannot compare the number field "${field.path}" with "${String(value)}"`)
    }
    operand = Number(value)
  }
  return `${attributeToken(field.attribute)} ${operator} ${literal(field, operand)}`
}

/** A filter value: numbers bare, strings double-quoted and escaped, dates as epoch ms on date fields. */
function literal(field: PlannedField, value: unknown): string {
  if (field.is_date) {
    const epoch = toEpochMs(value)
    if (epoch === undefined) {
      unsupported(`Meilisearch cannot read "${String(value)}" as a date for "${field.path}"`)
    }
    return String(epoch)
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      unsupported(`Meilisearch cannot filter "${field.path}" on a non-finite number`)
    }
    const text = String(value)
    return BARE_NUMBER.test(text) ? text : quote(text)
  }
  if (typeof value === "boolean") {
    return String(value)
  }
  if (typeof value === "string") {
    return quote(value)
  }
  if (value instanceof Date) {
    return quote(value.toISOString())
  }
  return unsupported(`Meilisearch cannot filter "${field.path}" on a value of type ${typeof value}`)
}

function requireArray(field: PlannedField, operator: string): void {
  if (!field.is_array) {
    unsupported(`Operator ${operator} needs an array field, and "${field.path}" is not one`)
  }
}

function isNumeric(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))
}

// Meilisearch's EXISTS counts an explicit null as set; the module's "set" does not.
function present(attribute: string): string {
  return `(${attribute} EXISTS AND ${attribute} IS NOT NULL)`
}

function absent(attribute: string): string {
  return `(${attribute} NOT EXISTS OR ${attribute} IS NULL)`
}

function group(parts: string[], joiner: " AND " | " OR "): string | undefined {
  if (parts.length <= 1) {
    return parts[0]
  }
  return `(${parts.join(joiner)})`
}
