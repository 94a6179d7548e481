/** The contributor form (create and edit) as plain data: checks and the POST body. Pure. */
import { HANDLE_PATTERN, slugify } from "../../lib/slug"
import type { Contributor, ContributorBody } from "./book-types"

export type ContributorDraft = { name: string; handle: string; bio: string; photo_url: string }
export type ContributorProblems = Partial<Record<keyof ContributorDraft, string>>

export function toContributorDraft(contributor?: Contributor): ContributorDraft {
  return {
    name: contributor?.name ?? "",
    handle: contributor?.handle ?? "",
    bio: contributor?.bio ?? "",
    photo_url: contributor?.photo_url ?? "",
  }
}

/** The handle the API will give a new contributor when none is typed. */
export function suggestedHandle(name: string): string {
  return slugify(name)
}

function isAbsoluteHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === "http:" || url.protocol === "https:"
  } catch {
    return false
  }
}

export function contributorProblems(draft: ContributorDraft): ContributorProblems {
  const problems: ContributorProblems = {}
  if (!draft.name.trim()) problems.name = "Enter the contributor's name."
  const handle = draft.handle.trim()
  if (handle && !HANDLE_PATTERN.test(handle)) {
    problems.handle = "Use lower-case letters and digits joined by single hyphens, e.g. friedrich-engels."
  }
  const photo = draft.photo_url.trim()
  if (photo && !isAbsoluteHttpUrl(photo)) problems.photo_url = "Use a full web address, e.g. https://example.org/photo.jpg."
  return problems
}

/** A blank handle is left out: the API derives one from the name (create) or keeps the old one (edit). */
export function toContributorBody(draft: ContributorDraft): ContributorBody {
  const handle = draft.handle.trim()
  return {
    name: draft.name.trim(),
    ...(handle ? { handle } : {}),
    bio: draft.bio.trim() || null,
    photo_url: draft.photo_url.trim() || null,
  }
}

/** The first sentence-ish of a bio, for table cells. */
export function bioSnippet(bio: string | null, max = 90): string {
  const text = (bio ?? "").replace(/\s+/g, " ").trim()
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`
}
