/** The import's closing report: failed records with their RecordReference and reason, then the totals. */
import type { OnixImportSummary } from "../../workflows/import-onix/run-onix-import"

export const summaryLine = (s: Pick<OnixImportSummary, "created" | "updated" | "unchanged" | "failed">): string =>
  `created ${s.created} · updated ${s.updated} · unchanged ${s.unchanged} · failed ${s.failed}`

const MAX_WARNINGS = 20

export function reportLines(summary: OnixImportSummary): string[] {
  const lines: string[] = []
  for (const failure of summary.failures) {
    const what = failure.kind === "rejected" ? "rejected" : `failed${failure.title ? ` ("${failure.title}")` : ""}`
    lines.push(`✗ ${failure.record_references.join(", ")} ${what}: ${failure.reason}`)
  }
  for (const warning of summary.warnings.slice(0, MAX_WARNINGS)) lines.push(`! ${warning}`)
  if (summary.warnings.length > MAX_WARNINGS) lines.push(`! … and ${summary.warnings.length - MAX_WARNINGS} more warnings (write them all with --json <file>)`)
  const seconds = summary.duration_ms / 1000
  const rate = seconds > 0 ? ` (${(summary.works / seconds).toFixed(1)} works/s)` : ""
  lines.push(`${summary.records.total} records, ${summary.works} works in ${seconds.toFixed(1)} s${rate}`)
  lines.push(summaryLine(summary))
  return lines
}
