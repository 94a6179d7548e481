import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { Badge, Heading, Table, Text } from "@medusajs/ui"
import type { Book } from "../../lib/book-types"
import { FORMAT_LABELS, ROLE_LABELS, STATUS_COLORS, STATUS_LABELS, formatPublicationDate, languageLabel } from "../../lib/book-labels"

const NONE = <span className="text-ui-fg-muted">—</span>

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="text-ui-fg-subtle grid grid-cols-2 items-center px-6 py-4">
      <dt className="txt-compact-small font-medium">{label}</dt>
      <dd className="txt-compact-small">{children}</dd>
    </div>
  )
}

/** The read-only view of a product's book details. */
export function BookSummary({ book }: { book: Book }) {
  return (
    <>
      <dl className="divide-y">
        <Row label="Subtitle">{book.subtitle || NONE}</Row>
        <Row label="Publication date">{formatPublicationDate(book.publication_date) ?? NONE}</Row>
        <Row label="Publishing status">
          <Badge size="2xsmall" color={STATUS_COLORS[book.publishing_status]}>
            {STATUS_LABELS[book.publishing_status]}
          </Badge>
        </Row>
        <Row label="Language">{languageLabel(book.language)}</Row>
        <Row label="Edition">{book.edition || NONE}</Row>
      </dl>

      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Heading level="h3">Contributors</Heading>
        {book.contributors.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">
            No contributors credited yet.
          </Text>
        ) : (
          <ol className="flex flex-col gap-y-1">
            {book.contributors.map((credit) => (
              <li key={`${credit.contributor_id}/${credit.role}`} className="txt-compact-small flex items-center gap-x-2">
                <Link to={`/contributors/${credit.contributor_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                  {credit.name}
                </Link>
                <Badge size="2xsmall" color="grey">
                  {ROLE_LABELS[credit.role]}
                </Badge>
              </li>
            ))}
          </ol>
        )}
      </div>

      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Heading level="h3">Formats</Heading>
        {book.formats.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">
            No variant is marked as a format yet.
          </Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Format</Table.HeaderCell>
                <Table.HeaderCell>ISBN</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Pages</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {book.formats.map((format) => (
                <Table.Row key={format.variant_id}>
                  <Table.Cell>{FORMAT_LABELS[format.format]}</Table.Cell>
                  <Table.Cell className="font-mono">{format.isbn ?? NONE}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{format.pages ?? NONE}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </div>
    </>
  )
}
