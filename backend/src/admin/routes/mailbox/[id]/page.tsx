import { useState } from "react"
import { Link, useParams, type UIMatch } from "react-router-dom"
import { Alert, Button, Container, Heading, Skeleton, Tabs, Text } from "@medusajs/ui"
import { errorMessage, errorStatus } from "../../../lib/api-error"
import { formatSentAt, useMailboxMessage } from "../../../lib/mailbox-queries"

/**
 * One message as the reader would see it. The HTML is shown in a sandboxed iframe (srcdoc, no
 * scripts, no same-origin access), so nothing in a message can act inside the admin.
 */
const MailboxMessagePage = () => {
  const { id = "" } = useParams()
  const { data, isPending, isError, error, refetch } = useMailboxMessage(id)
  const [view, setView] = useState("html")

  if (isPending) {
    return (
      <Container className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true" aria-label="Loading message">
        <Skeleton className="h-6 w-72" />
        <Skeleton className="h-4 w-48" />
        <Skeleton className="h-64 w-full" />
      </Container>
    )
  }
  if (isError) {
    const status = errorStatus(error)
    const missing = status === 404 || status === 400
    return (
      <Container className="px-6 py-4">
        <Alert variant="error" role="alert">
          <Text size="small">{missing ? "This message is not in the mailbox." : `Could not load the message: ${errorMessage(error)}`}</Text>
          <div className="mt-2 flex gap-x-2">
            {!missing && (
              <Button size="small" variant="secondary" onClick={() => void refetch()}>
                Try again
              </Button>
            )}
            <Button size="small" variant="secondary" asChild>
              <Link to="/mailbox">Back to the mailbox</Link>
            </Button>
          </div>
        </Alert>
      </Container>
    )
  }

  const { message } = data
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h1">{message.subject}</Heading>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-ui-fg-subtle txt-small">
          <dt>From</dt>
          <dd>{message.from}</dd>
          <dt>To</dt>
          <dd>{message.to}</dd>
          <dt>Sent</dt>
          <dd>{formatSentAt(message.created_at)}</dd>
          {message.template && (
            <>
              <dt>Template</dt>
              <dd>{message.template}</dd>
            </>
          )}
        </dl>
      </div>
      <div className="px-6 py-4">
        <Tabs value={view} onValueChange={setView}>
          <Tabs.List>
            <Tabs.Trigger value="html" disabled={!message.html}>
              HTML
            </Tabs.Trigger>
            <Tabs.Trigger value="text" disabled={!message.text}>
              Plain text
            </Tabs.Trigger>
          </Tabs.List>
          <Tabs.Content value="html" className="mt-4">
            {message.html ? (
              <iframe
                title={`E-mail: ${message.subject}`}
                srcDoc={message.html}
                sandbox=""
                referrerPolicy="no-referrer"
                className="h-[70vh] w-full rounded-md border border-ui-border-base bg-white"
              />
            ) : (
              <Text size="small" className="text-ui-fg-subtle">This message has no HTML part.</Text>
            )}
          </Tabs.Content>
          <Tabs.Content value="text" className="mt-4">
            <pre className="whitespace-pre-wrap rounded-md bg-ui-bg-subtle p-4 font-mono txt-small">{message.text}</pre>
          </Tabs.Content>
        </Tabs>
      </div>
    </Container>
  )
}

function MessageBreadcrumb({ id }: { id: string }) {
  const { data } = useMailboxMessage(id)
  return <>{data?.message.subject ?? "Message"}</>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <MessageBreadcrumb id={match.params.id ?? ""} />,
}

export default MailboxMessagePage
