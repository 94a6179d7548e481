import { useEffect, useState } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus, Users } from "@medusajs/icons"
import { Alert, Button, Container, Heading, Input, Skeleton, Table, Text } from "@medusajs/ui"
import { CreateContributorDrawer } from "../../components/contributors/create-contributor-drawer"
import { useContributors } from "../../lib/book-queries"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import { bioSnippet } from "../../lib/contributor-form"
import { errorMessage } from "../../lib/api-error"

const PAGE_SIZE = 20
const COLUMNS = 4

/** Contributors: search, page through, open one, create one. Search and page live in the URL. */
const ContributorsPage = () => {
  const [params, setParams] = useSearchParams()
  const [creating, setCreating] = useState(false)
  const [text, setText] = useState(params.get("q") ?? "")
  const page = Math.max(0, Number(params.get("page") ?? 0) || 0)
  const q = useDebouncedValue(text.trim())

  const urlQ = params.get("q") ?? ""

  // A new search goes into the URL and starts at the first page.
  useEffect(() => {
    if (q === urlQ) return
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        if (q) next.set("q", q)
        else next.delete("q")
        next.delete("page")
        return next
      },
      { replace: true }
    )
  }, [q, urlQ, setParams])

  const { data, isPending, isError, error, isPlaceholderData, refetch } = useContributors({
    q: urlQ,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
    fields: "+contributions.id",
  })
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
          <Heading level="h1">Contributors</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Authors, editors, translators and writers of introductions credited on books.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setCreating(true)}>
          <Plus />
          Create
        </Button>
      </div>
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="w-full max-w-xs">
          <Input
            type="search"
            size="small"
            placeholder="Search by name"
            aria-label="Search contributors by name"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <Text size="small" className="text-ui-fg-subtle" role="status" aria-live="polite">
          {data ? `${count} ${count === 1 ? "contributor" : "contributors"}` : ""}
        </Text>
      </div>

      {isError ? (
        <div className="px-6 py-4">
          <Alert variant="error" role="alert">
            <Text size="small">Could not load the contributors: {errorMessage(error)}</Text>
            <Button size="small" variant="secondary" className="mt-2" onClick={() => void refetch()}>
              Try again
            </Button>
          </Alert>
        </div>
      ) : (
        <div aria-busy={isPending || isPlaceholderData}>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Name</Table.HeaderCell>
                <Table.HeaderCell>Handle</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Credits</Table.HeaderCell>
                <Table.HeaderCell>Biography</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {isPending
                ? Array.from({ length: 5 }, (_, i) => (
                    <Table.Row key={i}>
                      {Array.from({ length: COLUMNS }, (_, j) => (
                        <Table.Cell key={j}>
                          <Skeleton className="h-4 w-24" />
                        </Table.Cell>
                      ))}
                    </Table.Row>
                  ))
                : data?.contributors.map((contributor) => (
                    <Table.Row key={contributor.id} className="relative">
                      <Table.Cell>
                        <Link
                          to={`/contributors/${contributor.id}`}
                          className="text-ui-fg-base font-medium after:absolute after:inset-0 focus-visible:underline"
                        >
                          {contributor.name}
                        </Link>
                      </Table.Cell>
                      <Table.Cell className="text-ui-fg-subtle">{contributor.handle}</Table.Cell>
                      <Table.Cell className="text-right tabular-nums">{contributor.contributions?.length ?? "—"}</Table.Cell>
                      <Table.Cell className="text-ui-fg-subtle max-w-md truncate">{bioSnippet(contributor.bio) || "—"}</Table.Cell>
                    </Table.Row>
                  ))}
            </Table.Body>
          </Table>
          {data && data.contributors.length === 0 && (
            <div className="flex flex-col items-center gap-y-2 px-6 py-10 text-center">
              <Text size="small" weight="plus">
                {urlQ ? `No contributor matches “${urlQ}”` : "No contributors yet"}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {urlQ ? "Check the spelling, or create the contributor." : "Create the first one to credit it on books."}
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
      <CreateContributorDrawer open={creating} onOpenChange={setCreating} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Contributors",
  icon: Users,
})

export const handle = {
  breadcrumb: () => "Contributors",
}

export default ContributorsPage
