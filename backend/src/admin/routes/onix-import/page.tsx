import { useState, type FormEvent } from "react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUpTray, Spinner } from "@medusajs/icons"
import { Alert, Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { ImportResult } from "./import-result"
import { uploadOnix, type ImportAnswer } from "./upload-onix"

type State =
  | { status: "idle" }
  | { status: "importing"; file: string }
  | { status: "done"; answer: ImportAnswer }
  | { status: "error"; message: string }

/** ONIX import: choose an ONIX 3.0 file, import it, read what was created, updated or refused. */
const OnixImportPage = () => {
  const [file, setFile] = useState<File | null>(null)
  const [state, setState] = useState<State>({ status: "idle" })
  const importing = state.status === "importing"

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!file || importing) return
    setState({ status: "importing", file: file.name })
    try {
      setState({ status: "done", answer: await uploadOnix(file) })
    } catch (error) {
      setState({ status: "error", message: error instanceof Error ? error.message : "The import failed." })
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">ONIX import</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Import an ONIX 3.0 file (reference tags). Each work becomes a product with a variant per format; works already in the
          shop are matched by ISBN and updated in place. Importing the same file again changes nothing.
        </Text>
      </div>
      <form onSubmit={submit} className="flex flex-col gap-y-3 px-6 py-4">
        <Label htmlFor="onix-file">ONIX file</Label>
        <Input
          id="onix-file"
          type="file"
          accept=".xml,.onx,application/xml,text/xml"
          disabled={importing}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <div className="flex items-center gap-x-3">
          <Button type="submit" size="small" disabled={!file} isLoading={importing}>
            Import
          </Button>
          {state.status === "importing" && (
            <Text size="small" className="flex items-center gap-x-2 text-ui-fg-subtle">
              <Spinner className="animate-spin" /> Importing {state.file}… a large file takes a few minutes.
            </Text>
          )}
        </div>
      </form>
      {state.status === "idle" && (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-muted">
            No import yet. Choose a file above; the results appear here. Files over 50 MB: use npm run import:onix.
          </Text>
        </div>
      )}
      {state.status === "error" && (
        <div className="px-6 py-4">
          <Alert variant="error">{state.message}</Alert>
        </div>
      )}
      {state.status === "done" && <ImportResult answer={state.answer} />}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "ONIX import",
  icon: ArrowUpTray,
})

export default OnixImportPage
