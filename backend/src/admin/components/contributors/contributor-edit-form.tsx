import { useState } from "react"
import { Alert, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { ContributorFields } from "./contributor-fields"
import { contributorProblems, toContributorBody, toContributorDraft, type ContributorDraft } from "../../lib/contributor-form"
import { useUpdateContributor } from "../../lib/book-queries"
import { errorMessage } from "../../lib/api-error"
import type { Contributor } from "../../lib/book-types"

/** The edit form of one contributor; the page re-mounts it (by key) after each save. */
export function ContributorEditForm({ contributor }: { contributor: Contributor }) {
  const initial = toContributorDraft(contributor)
  const [draft, setDraft] = useState<ContributorDraft>(initial)
  const [submitted, setSubmitted] = useState(false)
  const update = useUpdateContributor(contributor.id)
  const problems = contributorProblems(draft)
  const dirty = (Object.keys(initial) as (keyof ContributorDraft)[]).some((key) => initial[key] !== draft[key])

  const onSubmit = () => {
    setSubmitted(true)
    if (Object.keys(problems).length > 0) return
    update.mutate(toContributorBody(draft), {
      onSuccess: ({ contributor: saved }) => toast.success(`${saved.name} saved`),
    })
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Details</Heading>
      </div>
      <form
        className="flex flex-col gap-y-6 px-6 py-4"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          onSubmit()
        }}
      >
        {update.isError && (
          <Alert variant="error" role="alert">
            <Text size="small" weight="plus">
              The changes were not saved.
            </Text>
            <Text size="small">{errorMessage(update.error)}</Text>
          </Alert>
        )}
        <ContributorFields mode="edit" draft={draft} onChange={setDraft} problems={submitted ? problems : {}} disabled={update.isPending} />
        <div className="flex justify-end gap-x-2">
          <Button
            size="small"
            variant="secondary"
            type="button"
            disabled={!dirty || update.isPending}
            onClick={() => {
              setDraft(initial)
              setSubmitted(false)
              update.reset()
            }}
          >
            Discard changes
          </Button>
          <Button size="small" type="submit" disabled={!dirty} isLoading={update.isPending}>
            Save
          </Button>
        </div>
      </form>
    </Container>
  )
}
