import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError, readDocumentPath, setDocumentPath } from "@medusajs/framework/utils"
import { DATE_ATTRIBUTE_ROOT, IndexPlan, toEpochMs } from "./plan"

/**
 * The documents as Meilisearch stores them: unchanged, plus the epoch-millisecond copy of every
 * date field under `_date_ms` (see `DATE_ATTRIBUTE_ROOT`). A document without its primary key is
 * refused here, naming the index, rather than as an opaque failed task.
 */
export function toMeilisearchDocuments(
  documents: SearchTypes.SearchDocument[],
  plan: IndexPlan
): Record<string, unknown>[] {
  const dateFields = [...plan.fields.values()].filter((field) => field.is_date)

  return documents.map((document) => {
    const key = document[plan.primary_key]
    if (key === undefined || key === null || key === "") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `A document written to search index "${plan.index}" is missing its primary key "${plan.primary_key}"`
      )
    }
    if (!dateFields.length) {
      return document
    }

    const dates: Record<string, unknown> = {}
    for (const field of dateFields) {
      const values = readDocumentPath(document, field.path.split("."))
        .map(toEpochMs)
        .filter((value): value is number => value !== undefined)
      if (values.length) {
        setDocumentPath(dates, field.path, field.is_array ? values : values[0])
      }
    }
    return { ...document, [DATE_ATTRIBUTE_ROOT]: dates }
  })
}
