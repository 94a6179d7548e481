import { Badge, Heading, Table, Text } from "@medusajs/ui"
import type { ImportAnswer } from "./upload-onix"

const TOTALS = [
  { key: "created", label: "Created", color: "green" },
  { key: "updated", label: "Updated", color: "blue" },
  { key: "unchanged", label: "Unchanged", color: "grey" },
  { key: "failed", label: "Failed", color: "red" },
] as const

const MAX_WARNINGS = 50

/** The totals of one import, then every failed record with its RecordReference and reason. */
export const ImportResult = ({ answer }: { answer: ImportAnswer }) => {
  const { summary } = answer
  return (
    <div className="flex flex-col gap-y-4 px-6 py-4">
      <Text size="small" className="text-ui-fg-subtle">
        {answer.file}: {summary.records.total} records, {summary.works} works in {(summary.duration_ms / 1000).toFixed(1)} s
      </Text>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Result</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Works</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {TOTALS.map(({ key, label, color }) => (
            <Table.Row key={key}>
              <Table.Cell>
                <Badge size="2xsmall" color={color}>{label}</Badge>
              </Table.Cell>
              <Table.Cell className="text-right">{summary[key]}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {summary.failures.length > 0 ? (
        <div className="flex flex-col gap-y-2">
          <Heading level="h2">Failed records</Heading>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>RecordReference</Table.HeaderCell>
                <Table.HeaderCell>ISBN</Table.HeaderCell>
                <Table.HeaderCell>Reason</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {summary.failures.map((failure, i) => (
                <Table.Row key={`${i}-${failure.record_references.join(",")}`}>
                  <Table.Cell className="whitespace-nowrap">{failure.record_references.join(", ")}</Table.Cell>
                  <Table.Cell className="whitespace-nowrap">{failure.isbns.join(", ") || "—"}</Table.Cell>
                  <Table.Cell className="whitespace-normal py-2">
                    <Badge size="2xsmall" color={failure.kind === "rejected" ? "orange" : "red"} className="mr-2">
                      {failure.kind === "rejected" ? "Rejected" : "Not imported"}
                    </Badge>
                    {failure.reason}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      ) : (
        <Text size="small">Every record was imported.</Text>
      )}
      {summary.warnings.length > 0 && (
        <details>
          <summary className="cursor-pointer text-ui-fg-subtle txt-small">{summary.warnings.length} warnings</summary>
          <ul className="mt-2 list-disc pl-5 txt-small text-ui-fg-subtle">
            {summary.warnings.slice(0, MAX_WARNINGS).map((warning, i) => (
              <li key={i}>{warning}</li>
            ))}
            {summary.warnings.length > MAX_WARNINGS && <li>… and {summary.warnings.length - MAX_WARNINGS} more</li>}
          </ul>
        </details>
      )}
    </div>
  )
}
