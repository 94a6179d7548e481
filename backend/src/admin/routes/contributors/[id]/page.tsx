import { Link, useNavigate, useParams, type UIMatch } from "react-router-dom"
import { Trash } from "@medusajs/icons"
import { Alert, Badge, Button, Container, Heading, Skeleton, Text, toast, usePrompt } from "@medusajs/ui"
import { ContributorEditForm } from "../../../components/contributors/contributor-edit-form"
import { useContributor, useDeleteContributor } from "../../../lib/book-queries"
import { errorMessage, errorStatus } from "../../../lib/api-error"
import { ROLE_LABELS } from "../../../lib/book-labels"
import type { Contributor } from "../../../lib/book-types"

/** One contributor: edit, see where they are credited, delete. */
const ContributorPage = () => {
  const { id = "" } = useParams()
  const { data, isPending, isError, error, refetch } = useContributor(id)

  if (isPending) {
    return (
      <Container className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true" aria-label="Loading contributor">
        <Skeleton className="h-6 w-48" />
        <Skeleton className="h-4 w-72" />
        <Skeleton className="h-4 w-64" />
      </Container>
    )
  }
  if (isError) {
    const missing = errorStatus(error) === 404
    return (
      <Container className="px-6 py-4">
        <Alert variant="error" role="alert">
          <Text size="small">{missing ? "This contributor does not exist (any more)." : `Could not load the contributor: ${errorMessage(error)}`}</Text>
          <div className="mt-2 flex gap-x-2">
            {!missing && (
              <Button size="small" variant="secondary" onClick={() => void refetch()}>
                Try again
              </Button>
            )}
            <Button size="small" variant="secondary" asChild>
              <Link to="/contributors">Back to contributors</Link>
            </Button>
          </div>
        </Alert>
      </Container>
    )
  }
  const { contributor } = data
  return (
    <div className="flex flex-col gap-y-3">
      <ContributorHeader contributor={contributor} />
      <ContributorEditForm key={contributor.updated_at} contributor={contributor} />
      <ContributorCredits contributor={contributor} />
    </div>
  )
}

function ContributorHeader({ contributor }: { contributor: Contributor }) {
  const prompt = usePrompt()
  const navigate = useNavigate()
  const remove = useDeleteContributor(contributor.id)
  const credits = contributor.contributions?.length ?? 0

  const onDelete = async () => {
    const confirmed = await prompt({
      title: `Delete ${contributor.name}?`,
      description:
        credits > 0
          ? `${contributor.name} is credited on ${credits} ${credits === 1 ? "book" : "books"}. The shop refuses to delete a contributor who is still credited; remove those credits first.`
          : `${contributor.name} will be removed from the shop. This cannot be undone.`,
      confirmText: "Delete",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) return
    remove.mutate(undefined, {
      onSuccess: () => {
        toast.success(`${contributor.name} deleted`)
        navigate("/contributors", { replace: true })
      },
    })
  }

  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex items-start justify-between gap-x-4">
        <div className="flex items-center gap-x-3">
          {contributor.photo_url && (
            <img src={contributor.photo_url} alt="" className="h-12 w-12 rounded-full object-cover" loading="lazy" />
          )}
          <div>
            <Heading level="h1">{contributor.name}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {contributor.handle}
            </Text>
          </div>
        </div>
        <Button size="small" variant="secondary" onClick={() => void onDelete()} isLoading={remove.isPending}>
          <Trash />
          Delete
        </Button>
      </div>
      {remove.isError && (
        <Alert variant="error" role="alert" dismissible>
          <Text size="small" weight="plus">
            {contributor.name} was not deleted.
          </Text>
          <Text size="small">{errorMessage(remove.error)}</Text>
        </Alert>
      )}
    </Container>
  )
}

function ContributorCredits({ contributor }: { contributor: Contributor }) {
  const credits = contributor.contributions ?? []
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Credited on</Heading>
      </div>
      {credits.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Not credited on any book yet. Add the contributor from a product's “Book details”.
        </Text>
      ) : (
        <ul className="divide-y">
          {credits.map((credit) => {
            const product = credit.book?.product
            return (
              <li key={credit.id} className="txt-compact-small flex items-center justify-between px-6 py-3">
                {product ? (
                  <Link to={`/products/${product.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                    {product.title}
                  </Link>
                ) : (
                  <span className="text-ui-fg-muted">A book without a product</span>
                )}
                <Badge size="2xsmall" color="grey">
                  {ROLE_LABELS[credit.role]}
                </Badge>
              </li>
            )
          })}
        </ul>
      )}
    </Container>
  )
}

/** The breadcrumb shows the contributor's name (from the page's own query). */
function ContributorBreadcrumb({ id }: { id: string }) {
  const { data } = useContributor(id)
  return <span>{data?.contributor.name ?? "Contributor"}</span>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <ContributorBreadcrumb id={match.params.id ?? ""} />,
}

export default ContributorPage
