import { useEffect, useRef, useState } from "react"
import { ArrowDownMini, ArrowUpMini, XMarkMini } from "@medusajs/icons"
import { IconButton, Select, Text, clx } from "@medusajs/ui"
import { CONTRIBUTOR_ROLES, type Contributor, type ContributorRole } from "../../lib/book-types"
import { ROLE_LABELS } from "../../lib/book-labels"
import { moveItem, type CreditDraft, type DraftProblem } from "../../lib/book-form"
import { ContributorSearch } from "../contributor-search"

type Props = {
  credits: CreditDraft[]
  onChange: (credits: CreditDraft[]) => void
  problems: DraftProblem[]
  /** Creates a contributor named as typed and resolves to it (the caller reports failures). */
  onCreateContributor: (name: string) => Promise<Contributor | undefined>
  disabled?: boolean
}

let nextKey = 0
const newKey = () => `new-${++nextKey}`

/** The ordered list of credits: add from search, set the role, move up/down, remove. */
export function CreditsEditor({ credits, onChange, problems, onCreateContributor, disabled }: Props) {
  const [announcement, setAnnouncement] = useState("")
  const [focusTarget, setFocusTarget] = useState<{ key: string; direction: "up" | "down" } | null>(null)
  const buttons = useRef(new Map<string, HTMLButtonElement | null>())

  // After a move, keep focus on the moved credit's button (or its twin when that one is now disabled).
  useEffect(() => {
    if (!focusTarget) return
    const { key, direction } = focusTarget
    const preferred = buttons.current.get(`${key}:${direction}`)
    const other = buttons.current.get(`${key}:${direction === "up" ? "down" : "up"}`)
    ;(preferred && !preferred.disabled ? preferred : other)?.focus()
    setFocusTarget(null)
  }, [focusTarget])

  const add = (contributor: Contributor) => {
    const role: ContributorRole = "author"
    onChange([...credits, { key: newKey(), contributor_id: contributor.id, name: contributor.name, handle: contributor.handle, role }])
    setAnnouncement(`${contributor.name} added as ${ROLE_LABELS[role].toLowerCase()}, position ${credits.length + 1}.`)
  }

  const move = (index: number, direction: "up" | "down") => {
    const to = direction === "up" ? index - 1 : index + 1
    const credit = credits[index]
    if (!credit) return
    onChange(moveItem(credits, index, to))
    setFocusTarget({ key: credit.key, direction })
    setAnnouncement(`${credit.name} moved to position ${to + 1} of ${credits.length}.`)
  }

  const remove = (index: number) => {
    const credit = credits[index]
    onChange(credits.filter((_, i) => i !== index))
    if (credit) setAnnouncement(`${credit.name} removed.`)
  }

  const setRole = (index: number, role: ContributorRole) =>
    onChange(credits.map((c, i) => (i === index ? { ...c, role } : c)))

  return (
    <div className="flex flex-col gap-y-3">
      {credits.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          No contributors yet. Search below to add the author first.
        </Text>
      ) : (
        <ol className="flex flex-col gap-y-2" aria-label="Contributors in display order">
          {credits.map((credit, index) => {
            const problem = problems.find((p) => p.field === `credit:${credit.key}`)
            return (
              <li
                key={credit.key}
                className={clx(
                  "bg-ui-bg-component shadow-borders-base flex flex-col gap-y-1 rounded-lg px-3 py-2",
                  problem && "shadow-borders-error"
                )}
              >
                <div className="flex items-center gap-x-2">
                  <Text size="small" className="text-ui-fg-muted w-5 tabular-nums" aria-hidden>
                    {index + 1}.
                  </Text>
                  <div className="min-w-0 flex-1">
                    <Text size="small" weight="plus" className="truncate">
                      {credit.name}
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-subtle truncate">
                      {credit.handle}
                    </Text>
                  </div>
                  <div className="w-36">
                    <Select size="small" value={credit.role} onValueChange={(v) => setRole(index, v as ContributorRole)} disabled={disabled}>
                      <Select.Trigger aria-label={`Role of ${credit.name}`}>
                        <Select.Value />
                      </Select.Trigger>
                      <Select.Content>
                        {CONTRIBUTOR_ROLES.map((role) => (
                          <Select.Item key={role} value={role}>
                            {ROLE_LABELS[role]}
                          </Select.Item>
                        ))}
                      </Select.Content>
                    </Select>
                  </div>
                  <IconButton
                    size="small"
                    variant="transparent"
                    type="button"
                    aria-label={`Move ${credit.name} up`}
                    disabled={disabled || index === 0}
                    ref={(el) => void buttons.current.set(`${credit.key}:up`, el)}
                    onClick={() => move(index, "up")}
                  >
                    <ArrowUpMini />
                  </IconButton>
                  <IconButton
                    size="small"
                    variant="transparent"
                    type="button"
                    aria-label={`Move ${credit.name} down`}
                    disabled={disabled || index === credits.length - 1}
                    ref={(el) => void buttons.current.set(`${credit.key}:down`, el)}
                    onClick={() => move(index, "down")}
                  >
                    <ArrowDownMini />
                  </IconButton>
                  <IconButton
                    size="small"
                    variant="transparent"
                    type="button"
                    aria-label={`Remove ${credit.name}`}
                    disabled={disabled}
                    onClick={() => remove(index)}
                  >
                    <XMarkMini />
                  </IconButton>
                </div>
                {problem && (
                  <Text size="xsmall" className="text-ui-fg-error">
                    {problem.message}
                  </Text>
                )}
              </li>
            )
          })}
        </ol>
      )}
      <ContributorSearch
        label="Add a contributor"
        disabled={disabled}
        onSelect={add}
        onCreate={async (name) => {
          const created = await onCreateContributor(name)
          if (created) add(created)
        }}
      />
      <div aria-live="polite" className="sr-only">
        {announcement}
      </div>
    </div>
  )
}
