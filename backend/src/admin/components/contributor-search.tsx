import { useId, useState, type KeyboardEvent } from "react"
import { Input, Label, Text, clx } from "@medusajs/ui"
import { useContributors } from "../lib/book-queries"
import { useDebouncedValue } from "../lib/use-debounced-value"
import { searchOptions, type SearchOption } from "../lib/search-options"
import type { Contributor } from "../lib/book-types"

type Props = {
  label: string
  onSelect: (contributor: Contributor) => void
  /** Offered as the last option when given: create a contributor named as typed. */
  onCreate?: (name: string) => void
  disabled?: boolean
}

/**
 * A combobox (WAI-ARIA 1.2 list autocomplete) over GET /admin/contributors?q=: type to search,
 * arrows to move, Enter to pick, Escape to close.
 */
export function ContributorSearch({ label, onSelect, onCreate, disabled }: Props) {
  const id = useId()
  const listId = `${id}-list`
  const [text, setText] = useState("")
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const q = useDebouncedValue(text)
  const { data, isPlaceholderData, isError } = useContributors({ q, limit: 8, offset: 0 }, { enabled: open })

  const typed = text.trim()
  const fresh = searchOptions({ typed, query: q, results: data?.contributors, placeholder: isPlaceholderData, canCreate: Boolean(onCreate) })
  const options = fresh ?? []
  const activeIndex = Math.min(active, options.length - 1)
  const optionId = (i: number) => `${id}-option-${i}`

  const choose = (option: SearchOption | undefined) => {
    if (!option) return
    if (option.kind === "contributor") onSelect(option.contributor)
    else onCreate?.(option.name)
    setText("")
    setOpen(false)
    setActive(0)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault()
      setOpen(true)
      setActive((i) => Math.min(i + 1, options.length - 1))
    } else if (event.key === "ArrowUp") {
      event.preventDefault()
      setActive((i) => Math.max(i - 1, 0))
    } else if (event.key === "Enter" && open) {
      event.preventDefault()
      choose(options[activeIndex])
    } else if (event.key === "Escape" && open) {
      // Close the list, not the drawer around it.
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
    }
  }

  const status = isError
    ? "Could not search contributors."
    : fresh === null
      ? "Searching…"
      : options.length === 0
        ? typed
          ? `No contributor matches “${typed}”.`
          : "No contributors yet."
        : null

  return (
    <div className="relative flex flex-col gap-y-2">
      <Label htmlFor={`${id}-input`} size="small" weight="plus">
        {label}
      </Label>
      <Input
        id={`${id}-input`}
        type="search"
        placeholder="Search by name…"
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        value={text}
        disabled={disabled}
        onChange={(event) => {
          setText(event.target.value)
          setActive(0)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open && (
        <div className="bg-ui-bg-base shadow-elevation-flyout absolute top-full z-10 mt-1 w-full overflow-hidden rounded-lg">
          <ul id={listId} role="listbox" aria-label={label} className="max-h-64 overflow-y-auto p-1">
            {options.map((option, i) => (
              <li
                key={option.kind === "contributor" ? option.contributor.id : "create"}
                id={optionId(i)}
                role="option"
                aria-selected={i === activeIndex}
                className={clx(
                  "txt-compact-small flex cursor-pointer items-center justify-between gap-x-2 rounded-md px-2 py-1.5",
                  i === activeIndex && "bg-ui-bg-base-hover"
                )}
                // Keep focus in the input so the blur does not close the list before the click.
                onMouseDown={(event) => event.preventDefault()}
                onMouseEnter={() => setActive(i)}
                onClick={() => choose(option)}
              >
                {option.kind === "contributor" ? (
                  <>
                    <span>{option.contributor.name}</span>
                    <span className="text-ui-fg-subtle">{option.contributor.handle}</span>
                  </>
                ) : (
                  <span>Create contributor “{option.name}”</span>
                )}
              </li>
            ))}
          </ul>
          {status && (
            <Text size="small" className="text-ui-fg-subtle px-3 py-2" role="status">
              {status}
            </Text>
          )}
        </div>
      )}
    </div>
  )
}
