import { Input, Select, Table, Text } from "@medusajs/ui"
import { BOOK_FORMATS, type BookFormatName } from "../../lib/book-types"
import { FORMAT_LABELS } from "../../lib/book-labels"
import type { DraftProblem, FormatDraft } from "../../lib/book-form"

type Props = {
  formats: FormatDraft[]
  onChange: (formats: FormatDraft[]) => void
  problems: DraftProblem[]
  disabled?: boolean
}

const NONE = "none"

/** One row per variant: which format it is and its page count. */
export function FormatsEditor({ formats, onChange, problems, disabled }: Props) {
  if (formats.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        This product has no variants yet. Add a variant per format (paperback, hardback, ebook) first.
      </Text>
    )
  }
  const update = (variantId: string, change: Partial<FormatDraft>) =>
    onChange(formats.map((f) => (f.variant_id === variantId ? { ...f, ...change } : f)))

  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Variant</Table.HeaderCell>
          <Table.HeaderCell>Format</Table.HeaderCell>
          <Table.HeaderCell>Pages</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {formats.map((format) => {
          const problem = problems.find((p) => p.field === `format:${format.variant_id}`)
          const problemId = `format-problem-${format.variant_id}`
          return (
            <Table.Row key={format.variant_id} className="align-top">
              <Table.Cell className="py-2">
                <Text size="small" weight="plus">
                  {format.variant_title}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {format.isbn ? `ISBN ${format.isbn}` : "No ISBN"}
                </Text>
              </Table.Cell>
              <Table.Cell className="py-2">
                <Select
                  size="small"
                  value={format.format || NONE}
                  onValueChange={(v) => update(format.variant_id, { format: v === NONE ? "" : (v as BookFormatName) })}
                  disabled={disabled}
                >
                  <Select.Trigger aria-label={`Format of ${format.variant_title}`}>
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {!format.saved && <Select.Item value={NONE}>Not a book format</Select.Item>}
                    {BOOK_FORMATS.map((name) => (
                      <Select.Item key={name} value={name}>
                        {FORMAT_LABELS[name]}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </Table.Cell>
              <Table.Cell className="py-2">
                <Input
                  size="small"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  step={1}
                  className="w-24"
                  aria-label={`Pages of ${format.variant_title}`}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? problemId : undefined}
                  value={format.pages}
                  disabled={disabled}
                  onChange={(event) => update(format.variant_id, { pages: event.target.value })}
                />
                {problem && (
                  <Text id={problemId} size="xsmall" className="text-ui-fg-error mt-1">
                    {problem.message}
                  </Text>
                )}
              </Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}
