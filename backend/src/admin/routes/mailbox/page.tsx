import { Link, useSearchParams } from "react-router-dom"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Envelope } from "@medusajs/icons"
import { Alert, Button, Container, Heading, Skeleton, Table, Text } from "@medusajs/ui"
import { errorMessage } from "../../lib/api-error"
import { formatSentAt, useMailbox } from "../../lib/mailbox-queries"

const PAGE_SIZE = 20
const COLUMNS = 3

/** The dev mailbox: every e-mail the shop would have sent to readers, newest first. */
const MailboxPage = () => {
  const [params, setParams] = useSearchParams()
  const page = Math.max(0, Number(params.get("page") ?? 0) || 0)
  const { data, isPending, isError, error, isPlaceholderData, refetch, isFetching } = useMailbox(PAGE_SIZE, page * PAGE_SIZE)
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))
  const goTo = (next: number) => {
    const search = new URLSearchParams(params)
    if (next > 0) search.set("page", String(next))
    else search.delete("page")
    setParams(search)
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h1">Mailbox</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {data?.transport === "smtp"
              ? `E-mail goes out via SMTP (SMTP_URL is set), from ${data.from}.`
              : "E-mails the shop sent to readers — order confirmations, pre-order news — kept here instead of being delivered."}
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => void refetch()} isLoading={isFetching && !isPending}>
          Refresh
        </Button>
      </div>

      {isError ? (
        <div className="px-6 py-4">
          <Alert variant="error" role="alert">
            <Text size="small">Could not load the mailbox: {errorMessage(error)}</Text>
            <Button size="small" variant="secondary" className="mt-2" onClick={() => void refetch()}>
              Try again
            </Button>
          </Alert>
        </div>
      ) : data?.transport === "smtp" ? (
        <div className="flex flex-col items-center gap-y-2 px-6 py-10 text-center">
          <Text size="small" weight="plus">Mail goes out via SMTP</Text>
          <Text size="small" className="text-ui-fg-subtle">
            Readers receive their e-mails directly, so nothing is kept here. Unset SMTP_URL to collect mail in the dev mailbox instead.
          </Text>
        </div>
      ) : (
        <div aria-busy={isPending || isPlaceholderData}>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Sent</Table.HeaderCell>
                <Table.HeaderCell>To</Table.HeaderCell>
                <Table.HeaderCell>Subject</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {isPending
                ? Array.from({ length: 5 }, (_, i) => (
                    <Table.Row key={i}>
                      {Array.from({ length: COLUMNS }, (_, j) => (
                        <Table.Cell key={j}>
                          <Skeleton className="h-4 w-32" />
                        </Table.Cell>
                      ))}
                    </Table.Row>
                  ))
                : data?.messages.map((message) => (
                    <Table.Row key={message.id} className="relative">
                      <Table.Cell className="whitespace-nowrap tabular-nums">{formatSentAt(message.created_at)}</Table.Cell>
                      <Table.Cell className="text-ui-fg-subtle">{message.to}</Table.Cell>
                      <Table.Cell>
                        <Link
                          to={`/mailbox/${message.id}`}
                          className="text-ui-fg-base font-medium after:absolute after:inset-0 focus-visible:underline"
                        >
                          {message.subject}
                        </Link>
                      </Table.Cell>
                    </Table.Row>
                  ))}
            </Table.Body>
          </Table>
          {data && data.messages.length === 0 && (
            <div className="flex flex-col items-center gap-y-2 px-6 py-10 text-center">
              <Text size="small" weight="plus">No e-mails yet</Text>
              <Text size="small" className="text-ui-fg-subtle max-w-lg">
                When a reader places an order, the confirmation they would receive appears here. This is the dev mailbox:
                messages are kept as files{data.directory ? ` in ${data.directory}` : ""} and not delivered. Set SMTP_URL
                (e.g. smtps://user:password@smtp.example.com:465) and MAIL_FROM to send real e-mail.
              </Text>
            </div>
          )}
          {count > 0 && (
            <Table.Pagination
              count={count}
              pageSize={PAGE_SIZE}
              pageIndex={page}
              pageCount={pageCount}
              canPreviousPage={page > 0}
              canNextPage={page + 1 < pageCount}
              previousPage={() => goTo(page - 1)}
              nextPage={() => goTo(page + 1)}
            />
          )}
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Mailbox",
  icon: Envelope,
})

export const handle = {
  breadcrumb: () => "Mailbox",
}

export default MailboxPage
