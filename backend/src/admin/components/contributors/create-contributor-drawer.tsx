import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { Alert, Button, Drawer, Heading, Text, toast } from "@medusajs/ui"
import { ContributorFields } from "./contributor-fields"
import { contributorProblems, toContributorBody, toContributorDraft, type ContributorDraft } from "../../lib/contributor-form"
import { useCreateContributor } from "../../lib/book-queries"
import { errorMessage } from "../../lib/api-error"

type Props = { open: boolean; onOpenChange: (open: boolean) => void }

/** "Create contributor": a drawer with the form; on success, opens the new contributor. */
export function CreateContributorDrawer({ open, onOpenChange }: Props) {
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content aria-describedby={undefined}>{open && <CreateContributorForm onDone={() => onOpenChange(false)} />}</Drawer.Content>
    </Drawer>
  )
}

function CreateContributorForm({ onDone }: { onDone: () => void }) {
  const [draft, setDraft] = useState<ContributorDraft>(() => toContributorDraft())
  const [submitted, setSubmitted] = useState(false)
  const create = useCreateContributor()
  const navigate = useNavigate()
  const problems = contributorProblems(draft)

  const onSubmit = () => {
    setSubmitted(true)
    if (Object.keys(problems).length > 0) return
    create.mutate(toContributorBody(draft), {
      onSuccess: ({ contributor }) => {
        toast.success(`Contributor “${contributor.name}” created`)
        onDone()
        navigate(`/contributors/${contributor.id}`)
      },
    })
  }

  return (
    <form
      className="flex flex-1 flex-col overflow-hidden"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit()
      }}
    >
      <Drawer.Header>
        <Drawer.Title asChild>
          <Heading>Create contributor</Heading>
        </Drawer.Title>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
        {create.isError && (
          <Alert variant="error" role="alert">
            <Text size="small" weight="plus">
              The contributor was not created.
            </Text>
            <Text size="small">{errorMessage(create.error)}</Text>
          </Alert>
        )}
        <ContributorFields
          mode="create"
          draft={draft}
          onChange={setDraft}
          problems={submitted ? problems : {}}
          disabled={create.isPending}
        />
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button" disabled={create.isPending}>
            Cancel
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={create.isPending}>
          Create
        </Button>
      </Drawer.Footer>
    </form>
  )
}
