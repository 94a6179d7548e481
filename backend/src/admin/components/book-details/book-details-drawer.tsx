import { useEffect, useId, useRef, useState } from "react"
import { Alert, Button, Drawer, Heading, Input, Label, Select, Skeleton, Text, toast } from "@medusajs/ui"
import { PUBLISHING_STATUSES, type Book, type Contributor, type PublishingStatus, type VariantSummary } from "../../lib/book-types"
import { STATUS_LABELS } from "../../lib/book-labels"
import { draftProblems, toDraft, toUpsertBody, type BookDraft } from "../../lib/book-form"
import { useCreateContributor, useProductVariants, useSaveProductBook } from "../../lib/book-queries"
import { errorMessage } from "../../lib/api-error"
import { FormField } from "../form-field"
import { CreditsEditor } from "./credits-editor"
import { FormatsEditor } from "./formats-editor"

type Props = {
  productId: string
  productTitle: string
  book: Book | null
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** The edit drawer of a product's book details; the form is mounted afresh on every open. */
export function BookDetailsDrawer({ open, onOpenChange, ...rest }: Props) {
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content aria-describedby={undefined}>{open && <BookDetailsLoader {...rest} onDone={() => onOpenChange(false)} />}</Drawer.Content>
    </Drawer>
  )
}

type FormProps = Omit<Props, "open" | "onOpenChange"> & { onDone: () => void }

/** The form starts from the product's variants, so it waits for them. */
function BookDetailsLoader(props: FormProps) {
  const { data: variants, isPending, isError, error, refetch } = useProductVariants(props.productId)
  if (variants) return <BookDetailsForm {...props} variants={variants} />
  return (
    <>
      <Drawer.Header>
        <Drawer.Title asChild>
          <Heading>{props.book ? "Edit book details" : "Add book details"}</Heading>
        </Drawer.Title>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-3">
        {isPending && (
          <div className="flex flex-col gap-y-3" aria-busy="true" aria-label="Loading the product's variants">
            <Skeleton className="h-8 w-full" />
            <Skeleton className="h-8 w-full" />
            <Skeleton className="h-8 w-2/3" />
          </div>
        )}
        {isError && (
          <Alert variant="error" role="alert">
            <Text size="small">Could not load the product's variants: {errorMessage(error)}</Text>
            <Button size="small" variant="secondary" className="mt-2" onClick={() => void refetch()}>
              Try again
            </Button>
          </Alert>
        )}
      </Drawer.Body>
    </>
  )
}

function BookDetailsForm({ productId, productTitle, book, variants, onDone }: FormProps & { variants: VariantSummary[] }) {
  const [draft, setDraft] = useState<BookDraft>(() => toDraft(book, variants))
  const [showProblems, setShowProblems] = useState(false)
  const save = useSaveProductBook(productId)
  const createContributor = useCreateContributor()
  const statusId = useId()

  const problems = draftProblems(draft)
  const visibleProblems = showProblems ? problems : []
  const fieldError = (field: string) => visibleProblems.find((p) => p.field === field)?.message
  const set = <K extends keyof BookDraft>(key: K, value: BookDraft[K]) => setDraft((d) => ({ ...d, [key]: value }))
  const busy = save.isPending
  const alertRef = useRef<HTMLDivElement>(null)
  const failed = save.isError || (showProblems && problems.length > 0)
  const [attempt, setAttempt] = useState(0)

  // Save is at the bottom of a long form: bring the error at its top into view.
  useEffect(() => {
    if (failed) alertRef.current?.scrollIntoView({ block: "nearest", behavior: "smooth" })
  }, [failed, attempt])

  const onSubmit = () => {
    setShowProblems(true)
    setAttempt((n) => n + 1)
    if (problems.length > 0) return
    save.mutate(toUpsertBody(draft), {
      onSuccess: () => {
        toast.success("Book details saved", { description: productTitle })
        onDone()
      },
    })
  }

  const onCreateContributor = async (name: string): Promise<Contributor | undefined> => {
    try {
      const { contributor } = await createContributor.mutateAsync({ name, bio: null, photo_url: null })
      toast.success(`Contributor “${contributor.name}” created`)
      return contributor
    } catch (error) {
      toast.error("Could not create the contributor", { description: errorMessage(error) })
      return undefined
    }
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
          <Heading>{book ? "Edit book details" : "Add book details"}</Heading>
        </Drawer.Title>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-8 overflow-y-auto">
        <div ref={alertRef} className="flex flex-col gap-y-2 empty:hidden">
          {save.isError && (
            <Alert variant="error" role="alert">
              <Text size="small" weight="plus">
                The book details were not saved.
              </Text>
              <Text size="small">{errorMessage(save.error)}</Text>
            </Alert>
          )}
          {showProblems && problems.length > 0 && (
            <Alert variant="error" role="alert">
              Please correct the {problems.length === 1 ? "field" : `${problems.length} fields`} marked below.
            </Alert>
          )}
        </div>

        <section aria-labelledby={`${statusId}-details`} className="flex flex-col gap-y-4">
          <Heading level="h3" id={`${statusId}-details`}>
            Details
          </Heading>
          <FormField label="Subtitle" optional>
            <Input value={draft.subtitle} disabled={busy} onChange={(e) => set("subtitle", e.target.value)} />
          </FormField>
          <div className="grid grid-cols-2 gap-4">
            <FormField label="Publication date" optional error={fieldError("publication_date")}>
              <Input type="date" value={draft.publication_date} disabled={busy} onChange={(e) => set("publication_date", e.target.value)} />
            </FormField>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor={statusId} size="small" weight="plus">
                Publishing status
              </Label>
              <Select value={draft.publishing_status} onValueChange={(v) => set("publishing_status", v as PublishingStatus)} disabled={busy}>
                <Select.Trigger id={statusId}>
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {PUBLISHING_STATUSES.map((status) => (
                    <Select.Item key={status} value={status}>
                      {STATUS_LABELS[status]}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <FormField label="Language" hint="ISO 639-2 code, e.g. eng, ger, fre" error={fieldError("language")}>
              <Input
                value={draft.language}
                maxLength={3}
                autoComplete="off"
                disabled={busy}
                onChange={(e) => set("language", e.target.value.toLowerCase())}
              />
            </FormField>
            <FormField label="Edition" optional hint="e.g. Second edition">
              <Input value={draft.edition} disabled={busy} onChange={(e) => set("edition", e.target.value)} />
            </FormField>
          </div>
        </section>

        <section aria-labelledby={`${statusId}-credits`} className="flex flex-col gap-y-4">
          <div>
            <Heading level="h3" id={`${statusId}-credits`}>
              Contributors
            </Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Shown on the book page in this order.
            </Text>
          </div>
          <CreditsEditor
            credits={draft.credits}
            onChange={(credits) => set("credits", credits)}
            problems={visibleProblems}
            onCreateContributor={onCreateContributor}
            disabled={busy}
          />
        </section>

        <section aria-labelledby={`${statusId}-formats`} className="flex flex-col gap-y-4">
          <Heading level="h3" id={`${statusId}-formats`}>
            Formats
          </Heading>
          <FormatsEditor formats={draft.formats} onChange={(formats) => set("formats", formats)} problems={visibleProblems} disabled={busy} />
        </section>
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button" disabled={busy}>
            Cancel
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={busy}>
          Save
        </Button>
      </Drawer.Footer>
    </form>
  )
}
