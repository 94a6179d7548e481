import { Input, Textarea } from "@medusajs/ui"
import { FormField } from "../form-field"
import { suggestedHandle, type ContributorDraft, type ContributorProblems } from "../../lib/contributor-form"

type Props = {
  draft: ContributorDraft
  onChange: (draft: ContributorDraft) => void
  problems: ContributorProblems
  /** Create: a blank handle becomes the slug of the name. Edit: a blank handle is kept as it was. */
  mode: "create" | "edit"
  disabled?: boolean
}

/** Name, handle, bio and photo URL of a contributor, labelled and with their errors. */
export function ContributorFields({ draft, onChange, problems, mode, disabled }: Props) {
  const set = (key: keyof ContributorDraft) => (value: string) => onChange({ ...draft, [key]: value })
  const handleHint =
    mode === "create"
      ? `Used in the shop's web address. Leave blank for “${suggestedHandle(draft.name) || "name-of-contributor"}”.`
      : "Used in the shop's web address; changing it changes the contributor's page address."
  return (
    <div className="flex flex-col gap-y-4">
      <FormField label="Name" error={problems.name}>
        <Input value={draft.name} disabled={disabled} autoComplete="off" onChange={(e) => set("name")(e.target.value)} />
      </FormField>
      <FormField label="Handle" optional={mode === "create"} hint={handleHint} error={problems.handle}>
        <Input
          value={draft.handle}
          disabled={disabled}
          autoComplete="off"
          placeholder={mode === "create" ? suggestedHandle(draft.name) : undefined}
          onChange={(e) => set("handle")(e.target.value)}
        />
      </FormField>
      <FormField label="Biography" optional>
        <Textarea value={draft.bio} rows={6} disabled={disabled} onChange={(e) => set("bio")(e.target.value)} />
      </FormField>
      <FormField label="Photo URL" optional hint="A full web address of a portrait." error={problems.photo_url}>
        <Input
          type="url"
          value={draft.photo_url}
          disabled={disabled}
          placeholder="https://"
          onChange={(e) => set("photo_url")(e.target.value)}
        />
      </FormField>
    </div>
  )
}
