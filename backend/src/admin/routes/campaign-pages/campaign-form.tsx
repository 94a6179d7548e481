import { useState } from "react"
import { Alert, Button, Input, Label, Select, Switch, Text, Textarea } from "@medusajs/ui"
import { errorMessage } from "../../lib/api-error"
import { formProblems, moveTitle, slugFromTitle, type CampaignFormState } from "../../lib/campaign-form"
import { useProductSearch } from "../../lib/campaign-queries"
import { useDebouncedValue } from "../../lib/use-debounced-value"

type Props = {
  initial: CampaignFormState
  /** Slug typed by staff (not suggested from the title) when editing an existing campaign. */
  slugTouched: boolean
  saving: boolean
  error: unknown
  onSave: (form: CampaignFormState) => void
}

function Field({ id, label, problem, children }: { id: string; label: string; problem?: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {problem ? (
        <Text size="small" className="text-ui-fg-error" id={`${id}-error`}>
          {problem}
        </Text>
      ) : null}
    </div>
  )
}

/** Title, slug, copy, hero, dates, status, featured titles in order, discount toggle and %. */
export function CampaignForm({ initial, slugTouched: initiallyTouched, saving, error, onSave }: Props) {
  const [form, setForm] = useState(initial)
  const [slugTouched, setSlugTouched] = useState(initiallyTouched)
  const [shown, setShown] = useState(false)
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search.trim())
  const hits = useProductSearch(q)
  const problems = shown ? formProblems(form) : {}
  const set = <K extends keyof CampaignFormState>(key: K, value: CampaignFormState[K]) => setForm((f) => ({ ...f, [key]: value }))
  const invalid = (key: keyof CampaignFormState) =>
    problems[key] ? { "aria-invalid": true, "aria-describedby": `campaign-${key}-error` } : {}

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    setShown(true)
    if (Object.keys(formProblems(form)).length === 0) onSave(form)
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-4" noValidate>
      {error ? <Alert variant="error">{errorMessage(error)}</Alert> : null}
      <Field id="campaign-title" label="Title" problem={problems.title}>
        <Input
          id="campaign-title"
          value={form.title}
          {...invalid("title")}
          onChange={(e) => {
            const title = e.target.value
            setForm((f) => ({ ...f, title, slug: slugTouched ? f.slug : slugFromTitle(title) }))
          }}
        />
      </Field>
      <Field id="campaign-slug" label="Slug (used in /go/<slug> links)" problem={problems.slug}>
        <Input
          id="campaign-slug"
          value={form.slug}
          {...invalid("slug")}
          onChange={(e) => {
            setSlugTouched(true)
            set("slug", e.target.value)
          }}
        />
      </Field>
      <Field id="campaign-summary" label="Summary">
        <Textarea id="campaign-summary" value={form.summary} onChange={(e) => set("summary", e.target.value)} />
      </Field>
      <Field id="campaign-body" label="Body (Markdown: **bold**, *italic*, [links](https://…), - lists, > quotes; no HTML)">
        <Textarea id="campaign-body" rows={10} value={form.body} onChange={(e) => set("body", e.target.value)} />
      </Field>
      <Field id="campaign-hero" label="Hero image URL">
        <Input id="campaign-hero" value={form.hero_image_url} onChange={(e) => set("hero_image_url", e.target.value)} />
      </Field>
      <div className="grid grid-cols-3 gap-4">
        <Field id="campaign-starts" label="Starts" problem={problems.starts_at}>
          <Input id="campaign-starts" type="datetime-local" value={form.starts_at} {...invalid("starts_at")} onChange={(e) => set("starts_at", e.target.value)} />
        </Field>
        <Field id="campaign-ends" label="Ends" problem={problems.ends_at}>
          <Input id="campaign-ends" type="datetime-local" value={form.ends_at} {...invalid("ends_at")} onChange={(e) => set("ends_at", e.target.value)} />
        </Field>
        <Field id="campaign-status" label="Status">
          <Select value={form.status} onValueChange={(v) => set("status", v as CampaignFormState["status"])}>
            <Select.Trigger id="campaign-status">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="draft">Draft (hidden)</Select.Item>
              <Select.Item value="live">Live (between its dates)</Select.Item>
              <Select.Item value="ended">Ended</Select.Item>
            </Select.Content>
          </Select>
        </Field>
      </div>

      <fieldset className="flex flex-col gap-y-2">
        <legend className="txt-compact-small-plus">Featured titles, in order</legend>
        {problems.titles ? <Text size="small" className="text-ui-fg-error">{problems.titles}</Text> : null}
        <ol className="flex flex-col gap-y-1">
          {form.titles.map((t, i) => (
            <li key={t.product_id} className="flex items-center gap-x-2">
              <span className="flex-1">
                {i + 1}. {t.title}
              </span>
              <Button type="button" size="small" variant="transparent" disabled={i === 0} aria-label={`Move ${t.title} up`} onClick={() => set("titles", moveTitle(form.titles, i, -1))}>
                ↑
              </Button>
              <Button type="button" size="small" variant="transparent" disabled={i === form.titles.length - 1} aria-label={`Move ${t.title} down`} onClick={() => set("titles", moveTitle(form.titles, i, 1))}>
                ↓
              </Button>
              <Button type="button" size="small" variant="transparent" aria-label={`Remove ${t.title}`} onClick={() => set("titles", form.titles.filter((x) => x.product_id !== t.product_id))}>
                Remove
              </Button>
            </li>
          ))}
        </ol>
        <Label htmlFor="campaign-title-search">Add a title</Label>
        <Input id="campaign-title-search" type="search" placeholder="Search books by title" value={search} onChange={(e) => setSearch(e.target.value)} />
        {(hits.data?.products ?? [])
          .filter((p) => !form.titles.some((t) => t.product_id === p.id))
          .map((p) => (
            <Button key={p.id} type="button" size="small" variant="secondary" className="self-start" onClick={() => set("titles", [...form.titles, { product_id: p.id, title: p.title }])}>
              Add “{p.title}”
            </Button>
          ))}
      </fieldset>

      <div className="flex items-center gap-x-4">
        <div className="flex items-center gap-x-2">
          <Switch id="campaign-discount" checked={form.discount_enabled} onCheckedChange={(v) => set("discount_enabled", v)} />
          <Label htmlFor="campaign-discount">Discount on the featured titles while live</Label>
        </div>
        {form.discount_enabled ? (
          <Field id="campaign-percent" label="Percent off" problem={problems.discount_percent}>
            <Input id="campaign-percent" type="number" min={1} max={90} value={form.discount_percent} {...invalid("discount_percent")} onChange={(e) => set("discount_percent", e.target.value)} />
          </Field>
        ) : null}
      </div>
      <div className="flex justify-end">
        <Button type="submit" isLoading={saving}>
          Save
        </Button>
      </div>
    </form>
  )
}
